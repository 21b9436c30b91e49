// std.ndll miscellany (neko libs/std/misc.c): IEEE float bytes, GC and JIT switches,
// print redirection, closure comparison and the stable in-place merge sort.

import { isArray, isFunctionOf, isIntArg, isString, numberArg } from "../builtins/check.js";
import type { BuiltinTable } from "../builtins/table.js";
import type { PrintSink, VM } from "../interp/vm.js";
import { str } from "../value/string.js";
import { isPositiveNaN, readFloat32, readFloat64, writeFloat32, writeFloat64 } from "./common.js";
import { NekoFunction, NekoObject, NekoString, type Value } from "../value/value.js";

const scratch = new DataView(new ArrayBuffer(8));

function isBool(v: Value): v is boolean {
  return v === true || v === false;
}

/** The printer each VM had before its first print_redirect (neko's default printer). */
const defaultPrinters = new WeakMap<VM, PrintSink>();

/** Per-VM switches that neko keeps in its VM struct. */
const trusted = new WeakMap<VM, boolean>();

/** Sort arr[0..len) with cmp as neko's merge_sort: insertion sort below 12, then in-place merging. */
class MergeSort {
  constructor(readonly vm: VM, readonly arr: Value[], readonly cmp: Value) {}

  compare(a: number, b: number): number {
    const x = this.arr[a], y = this.arr[b];
    const vm = this.vm;
    const f = this.cmp;
    const csp = vm.csp;
    const sp = vm.sp;
    const th = vm.vthis;
    const env = vm.env;
    const use = vm.jsUse;
    // callShort, with the call made here: this site sees only sort comparators, which V8
    // can then inline
    const v = vm.enterShort(f, 2) ? vm.leaveShort(f.jit(th, f.env, x, y), use, csp, sp, th, env) : vm.call(f, [x, y]);
    return typeof v === "number" && isIntArg(v) ? v : -1;
  }

  swap(a: number, b: number): void {
    const t = this.arr[a];
    this.arr[a] = this.arr[b];
    this.arr[b] = t;
  }

  lower(from: number, to: number, val: number): number {
    let len = to - from;
    while (len > 0) {
      const half = len >> 1;
      const mid = from + half;
      if (this.compare(mid, val) < 0) {
        from = mid + 1;
        len = len - half - 1;
      } else len = half;
    }
    return from;
  }

  upper(from: number, to: number, val: number): number {
    let len = to - from;
    while (len > 0) {
      const half = len >> 1;
      const mid = from + half;
      if (this.compare(val, mid) < 0) len = half;
      else {
        from = mid + 1;
        len = len - half - 1;
      }
    }
    return from;
  }

  rotate(from: number, mid: number, to: number): void {
    if (from === mid || mid === to) return;
    let a = to - from, b = mid - from;
    while (b !== 0) {
      const r = a % b;
      a = b;
      b = r;
    }
    const arr = this.arr;
    const shift = mid - from;
    for (let n = a - 1; n >= 0; n--) {
      const val = arr[from + n];
      let p1 = from + n, p2 = from + n + shift;
      while (p2 !== from + n) {
        arr[p1] = arr[p2];
        p1 = p2;
        if (to - p2 > shift) p2 += shift;
        else p2 = from + (shift - (to - p2));
      }
      arr[p1] = val;
    }
  }

  merge(from: number, pivot: number, to: number, len1: number, len2: number): void {
    if (len1 === 0 || len2 === 0) return;
    if (len1 + len2 === 2) {
      if (this.compare(pivot, from) < 0) this.swap(pivot, from);
      return;
    }
    let firstCut: number, secondCut: number, len11: number, len22: number;
    if (len1 > len2) {
      len11 = len1 >> 1;
      firstCut = from + len11;
      secondCut = this.lower(pivot, to, firstCut);
      len22 = secondCut - pivot;
    } else {
      len22 = len2 >> 1;
      secondCut = pivot + len22;
      firstCut = this.upper(from, pivot, secondCut);
      len11 = firstCut - from;
    }
    this.rotate(firstCut, pivot, secondCut);
    const newMid = firstCut + len22;
    this.merge(from, firstCut, newMid, len11, len22);
    this.merge(newMid, secondCut, to, len1 - len11, len2 - len22);
  }

  sort(from: number, to: number): void {
    if (to - from < 12) {
      if (to <= from) return;
      for (let i = from + 1; i < to; i++)
        for (let j = i; j > from; j--) {
          if (this.compare(j, j - 1) < 0) this.swap(j - 1, j);
          else break;
        }
      return;
    }
    const middle = (from + to) >> 1;
    this.sort(from, middle);
    this.sort(middle, to);
    this.merge(from, middle, to, middle - from, to - middle);
  }
}

function sameClosure(_vm: VM, a: Value, b: Value): Value {
  if (!(a instanceof NekoFunction) || !(b instanceof NekoFunction)) return false;
  if (a === b) return true;
  // two primitive values never share their name string (neko's f->module): only a === b
  if (a.prim !== null || b.prim !== null) return false;
  if (a.nargs !== b.nargs || a.addr !== b.addr || a.module !== b.module) return false;
  if (a.env.length !== b.env.length) return false;
  for (let i = 0; i < a.env.length; i++) if (a.env[i] !== b.env[i]) return false;
  return true;
}

export const miscPrimitives: BuiltinTable = {
  float_bytes: [
    2,
    (_vm: VM, n: Value, be: Value) => {
      const x = numberArg(n);
      if (x === undefined || !isBool(be)) return undefined;
      writeFloat32(scratch, 0, x, isPositiveNaN(n), !be);
      return new NekoString(new Uint8Array(scratch.buffer.slice(0, 4)));
    },
  ],
  double_bytes: [
    2,
    (_vm: VM, n: Value, be: Value) => {
      const x = numberArg(n);
      if (x === undefined || !isBool(be)) return undefined;
      writeFloat64(scratch, 0, x, isPositiveNaN(n), !be);
      return new NekoString(new Uint8Array(scratch.buffer.slice(0, 8)));
    },
  ],
  float_of_bytes: [
    2,
    (_vm: VM, s: Value, be: Value) => {
      if (!isString(s) || !isBool(be) || s.b.length !== 4) return undefined;
      return readFloat32(new DataView(s.b.buffer, s.b.byteOffset, 4), 0, !be);
    },
  ],
  double_of_bytes: [
    2,
    (_vm: VM, s: Value, be: Value) => {
      if (!isString(s) || !isBool(be) || s.b.length !== 8) return undefined;
      return readFloat64(new DataView(s.b.buffer, s.b.byteOffset, 8), 0, !be);
    },
  ],
  run_gc: [1, (_vm: VM, b: Value) => (isBool(b) ? null : undefined)],
  gc_stats: [
    0,
    (vm: VM) => {
      const o = new NekoObject();
      vm.setNamed(o, "heap", 131072);
      vm.setNamed(o, "free", 0);
      return o;
    },
  ],
  // neko 2.3 has no JIT on 64-bit hosts: enabling is accepted and ignored
  enable_jit: [
    1,
    (_vm: VM, b: Value) => {
      if (b === null) return false;
      return isBool(b) ? null : undefined;
    },
  ],
  test: [
    0,
    (vm: VM) => {
      vm.print(str("Calling a function inside std library...\n").b);
      return null;
    },
  ],
  print_redirect: [
    1,
    (vm: VM, f: Value) => {
      if (f === null) {
        const d = defaultPrinters.get(vm);
        if (d !== undefined) vm.print = d;
        return null;
      }
      if (!isFunctionOf(f, 1)) return undefined;
      if (!defaultPrinters.has(vm)) defaultPrinters.set(vm, vm.print);
      vm.print = (bytes: Uint8Array) => {
        vm.call(f, [new NekoString(bytes.slice())]);
      };
      return null;
    },
  ],
  set_trusted: [
    1,
    (vm: VM, b: Value) => {
      if (!isBool(b)) return undefined;
      trusted.set(vm, b);
      return null;
    },
  ],
  same_closure: [2, sameClosure],
  merge_sort: [
    3,
    (vm: VM, arr: Value, len: Value, cmp: Value) => {
      if (!isArray(arr) || !isIntArg(len) || !isFunctionOf(cmp, 2)) return undefined;
      // neko reads past the array for a length beyond its size; we refuse instead
      if (len > arr.length) return undefined;
      new MergeSort(vm, arr, cmp).sort(0, len);
      return null;
    },
  ],
};
