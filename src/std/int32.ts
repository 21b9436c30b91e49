// std.ndll int32 functions (neko libs/std/int32.c): the pre-2.0 API over 32-bit ints, kept
// working on neko 2's native int32 values. Results are "best ints": 31-bit when they fit.

import { isAnyInt, numberArg } from "../builtins/check.js";
import type { BuiltinTable } from "../builtins/table.js";
import type { VM } from "../interp/vm.js";
import { isTaggedInt, NekoFloat, type Value } from "../value/value.js";
import { allocInt32, cInt } from "./common.js";

type Prim = [number, (vm: VM, ...args: Value[]) => Value | undefined];

function binop(f: (a: number, b: number) => number | undefined): Prim {
  return [
    2,
    (_vm: VM, a: Value, b: Value) => {
      if (!isAnyInt(a) || !isAnyInt(b)) return undefined;
      const r = f(a, b);
      return r === undefined ? undefined : allocInt32(r);
    },
  ];
}

function unop(f: (a: number) => number): Prim {
  return [1, (_vm: VM, a: Value) => (isAnyInt(a) ? allocInt32(f(a)) : undefined)];
}

/**
 * Identity numbers for int32_address: neko gives the value's pointer, we give a stable
 * counter, one numbering per VM (two VMs never see each other's allocations).
 */
const addressTables = new WeakMap<VM, { addresses: WeakMap<object, number>; next: number }>();

function address(vm: VM, v: Value): number {
  if (v === null) return 0;
  if (typeof v === "boolean") return v ? 0x10 : 0x20;
  // an unboxed int is its own tagged word
  if (typeof v === "number") return isTaggedInt(v) ? (v << 1) | 1 : v;
  let t = addressTables.get(vm);
  if (t === undefined) addressTables.set(vm, (t = { addresses: new WeakMap(), next: 0x100000 }));
  let a = t.addresses.get(v);
  if (a === undefined) {
    a = t.next;
    t.next = (t.next + 16) | 0;
    t.addresses.set(v, a);
  }
  return a;
}

export const int32Primitives: BuiltinTable = {
  int32_new: [
    1,
    (_vm: VM, v: Value) => {
      const n = numberArg(v);
      return n === undefined ? undefined : allocInt32(v instanceof NekoFloat ? cInt(n) : n);
    },
  ],
  int32_to_int: [1, (_vm: VM, v: Value) => (isAnyInt(v) && isTaggedInt(v) ? v : undefined)],
  int32_to_float: [1, (_vm: VM, v: Value) => (isAnyInt(v) ? new NekoFloat(v) : undefined)],
  int32_compare: [
    2,
    (_vm: VM, a: Value, b: Value) => {
      if (!isAnyInt(a) || !isAnyInt(b)) return undefined;
      return a === b ? 0 : a > b ? 1 : -1;
    },
  ],
  int32_ushr: binop((a, b) => a >>> b),
  int32_add: binop((a, b) => a + b),
  int32_sub: binop((a, b) => a - b),
  int32_mul: binop((a, b) => Math.imul(a, b)),
  // x86 idiv faults on INT_MIN / -1; neko would crash there, we wrap instead
  int32_div: binop((a, b) => (b === 0 ? undefined : (a / b) | 0)),
  int32_mod: binop((a, b) => (b === 0 ? undefined : b === -1 ? 0 : a % b)),
  int32_shl: binop((a, b) => a << b),
  int32_shr: binop((a, b) => a >> b),
  int32_or: binop((a, b) => a | b),
  int32_and: binop((a, b) => a & b),
  int32_xor: binop((a, b) => a ^ b),
  int32_neg: unop((a) => -a),
  int32_complement: unop((a) => ~a),
  int32_address: [1, (vm: VM, v: Value) => allocInt32(address(vm, v))],
};
