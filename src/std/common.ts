// Shared helpers of the std primitive families: C integer conversions, neko's int
// allocation rules (alloc_int / alloc_int32 / alloc_best_int), byte helpers.

import type { VM } from "../interp/vm.js";
import { NekoObject, NekoString, type Value } from "../value/value.js";
import { str } from "../value/string.js";

/** neko alloc_int: the value kept in 31 bits (sign-extended), as the C macro truncates. */
export function allocInt(n: number): number {
  return (n << 1) >> 1;
}

/** neko alloc_int32 / alloc_best_int: a 32-bit int (boxed or not, we do not distinguish). */
export function allocInt32(n: number): number {
  return n | 0;
}

/**
 * C's (int) conversion of a double on x86-64 (cvttsd2si): truncation toward zero, and the
 * "integer indefinite" value INT_MIN for NaN and anything out of the int range.
 */
export function cInt(x: number): number {
  if (x !== x || x >= 2147483648 || x <= -2147483649) return -2147483648;
  return Math.trunc(x) | 0;
}

/** A fresh Neko string over a copy of some bytes. */
export function bytesString(b: Uint8Array): NekoString {
  return new NekoString(b.slice());
}

/** The bytes of a Neko string up to (not including) its first NUL: what C's string functions see. */
export function cBytes(s: NekoString): Uint8Array {
  const end = s.b.indexOf(0);
  return end < 0 ? s.b : s.b.subarray(0, end);
}

/** A new object with integer fields, set in the given order (neko alloc_object + alloc_field). */
export function intRecord(vm: VM, fields: [string, number][]): NekoObject {
  const o = new NekoObject();
  for (const [name, v] of fields) vm.setNamed(o, name, v);
  return o;
}

/** A Neko string from a JS string of byte-sized chars (latin1). */
export function latin1String(s: string): NekoString {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 255;
  return new NekoString(b);
}

/** Throw a plain string exception (neko val_throw(alloc_string(msg))). */
export function throwString(vm: VM, msg: string): never {
  throw vm.throwString(msg);
}

/** Concatenate byte arrays. */
export function joinBytes(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const r = new Uint8Array(n);
  let o = 0;
  for (const p of parts) {
    r.set(p, o);
    o += p.length;
  }
  return r;
}

/** "prefix" + bytes + "suffix" as a Neko string (the messages neko builds with a buffer). */
export function message(prefix: string, middle: Uint8Array, suffix = ""): NekoString {
  return new NekoString(joinBytes([str(prefix).b, middle, str(suffix).b]));
}

export type { Value };
