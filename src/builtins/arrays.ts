// neko vm/builtins.c: array builtins ($array, $amake, $acopy, $asize, $asub, $ablit, $aconcat).

import type { VM } from "../interp/vm.js";
import { allocArray, EMPTY_ARRAY, type Value } from "../value/value.js";
import { isArray, isIntArg } from "./check.js";
import type { BuiltinTable } from "./table.js";

/** neko max_array_size: (1 << 28) - 1 elements. */
export const MAX_ARRAY_SIZE = (1 << 28) - 1;

/** alloc_array with neko's size limit (negative sizes are huge unsigned values). */
export function newArray(vm: VM, n: number): Value[] {
  if (n < 0 || n > MAX_ARRAY_SIZE) throw vm.failure("max_array_size reached", "alloc.c", 211);
  if (n > vm.maxAlloc) vm.checkAlloc(n);
  return allocArray(n);
}

export const arrayBuiltins: BuiltinTable = {
  array: [-1, (_vm: VM, args: Value[]) => (args.length === 0 ? EMPTY_ARRAY : args.slice())],
  amake: [1, (vm: VM, n: Value) => (isIntArg(n) ? newArray(vm, n) : undefined)],
  acopy: [1, (vm: VM, a: Value) => (isArray(a) ? (a.length === 0 ? EMPTY_ARRAY : a.slice()) : undefined)],
  asize: [1, (_vm: VM, a: Value) => (isArray(a) ? a.length : undefined)],
  asub: [
    3,
    (_vm: VM, a: Value, p: Value, l: Value) => {
      if (!isArray(a) || !isIntArg(p) || !isIntArg(l)) return undefined;
      if (p < 0 || l < 0 || p + l > a.length) return undefined;
      return l === 0 ? EMPTY_ARRAY : a.slice(p, p + l);
    },
  ],
  ablit: [
    5,
    (_vm: VM, dst: Value, dp: Value, src: Value, sp: Value, l: Value) => {
      if (!isArray(dst) || !isIntArg(dp) || !isArray(src) || !isIntArg(sp) || !isIntArg(l)) return undefined;
      if (dp < 0 || sp < 0 || l < 0 || dp + l > dst.length || sp + l > src.length) return undefined;
      if (dst === src && dp > sp) for (let i = l - 1; i >= 0; i--) dst[dp + i] = src[sp + i];
      else for (let i = 0; i < l; i++) dst[dp + i] = src[sp + i];
      return null;
    },
  ],
  aconcat: [
    1,
    (vm: VM, arrs: Value) => {
      if (!isArray(arrs)) return undefined;
      let tot = 0;
      for (const a of arrs) {
        if (!isArray(a)) return undefined;
        tot += a.length;
      }
      const all = newArray(vm, tot);
      let k = 0;
      for (const a of arrs as Value[][]) for (const v of a) all[k++] = v;
      return all;
    },
  ],
};
