// Shared helpers of the std primitive families: C integer conversions, neko's int
// allocation rules (alloc_int / alloc_int32 / alloc_best_int), byte helpers.

import { joinBytes } from "../value/string.js";
import type { VM } from "../interp/vm.js";
import { NekoFloat, NekoObject, NekoString, PositiveNaN, type Value } from "../value/value.js";
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

export { joinBytes };

/** "prefix" + bytes + "suffix" as a Neko string (the messages neko builds with a buffer). */
export function message(prefix: string, middle: Uint8Array, suffix = ""): NekoString {
  return new NekoString(joinBytes([str(prefix).b, middle, str(suffix).b]));
}

export type { Value };

/**
 * A float value keeping the sign of a NaN: neko prints a NaN with its sign bit clear as
 * "nan" and one with it set as "-nan" (see PositiveNaN); other floats are plain.
 */
export function floatValue(x: number, positiveNaN: boolean): NekoFloat {
  return x !== x && positiveNaN ? new PositiveNaN() : new NekoFloat(x);
}

/** True when v is a NaN float whose sign bit is clear. */
export function isPositiveNaN(v: Value): boolean {
  return v instanceof PositiveNaN;
}

/** Write a float as 8 IEEE bytes, a NaN with the sign neko's value has (default NaNs are negative on x86). */
export function writeFloat64(dv: DataView, offset: number, x: number, positiveNaN: boolean, littleEndian: boolean): void {
  if (x !== x) {
    dv.setUint32(offset + (littleEndian ? 4 : 0), positiveNaN ? 0x7ff80000 : 0xfff80000, littleEndian);
    dv.setUint32(offset + (littleEndian ? 0 : 4), 0, littleEndian);
  } else dv.setFloat64(offset, x, littleEndian);
}

/** Write a float as 4 IEEE single-precision bytes (NaN sign kept as in writeFloat64). */
export function writeFloat32(dv: DataView, offset: number, x: number, positiveNaN: boolean, littleEndian: boolean): void {
  if (x !== x) dv.setUint32(offset, positiveNaN ? 0x7fc00000 : 0xffc00000, littleEndian);
  else dv.setFloat32(offset, x, littleEndian);
}

/** Read 8 IEEE bytes as a float value, keeping the sign of a NaN. */
export function readFloat64(dv: DataView, offset: number, littleEndian: boolean): NekoFloat {
  const x = dv.getFloat64(offset, littleEndian);
  return floatValue(x, (dv.getUint8(offset + (littleEndian ? 7 : 0)) & 0x80) === 0);
}

/** Read 4 IEEE bytes as a float value, keeping the sign of a NaN. */
export function readFloat32(dv: DataView, offset: number, littleEndian: boolean): NekoFloat {
  const x = dv.getFloat32(offset, littleEndian);
  return floatValue(x, (dv.getUint8(offset + (littleEndian ? 3 : 0)) & 0x80) === 0);
}
