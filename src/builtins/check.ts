// Argument checks of builtins and primitives (neko.h val_check / val_is_*). A failed check
// returns undefined from the primitive: neko_error(), which throws the primitive's name.

import { isSmallInt, NekoFunction, NekoString, NekoObject, NekoAbstract, NekoFloat, type Value, type Kind } from "../value/value.js";

/** neko val_is_int: a 31-bit (unboxed) int. */
export const isIntArg = isSmallInt;

/** neko val_is_any_int: any int, boxed or not. */
export function isAnyInt(v: Value): v is number {
  return typeof v === "number";
}

export function isString(v: Value): v is NekoString {
  return v instanceof NekoString;
}

export function isObject(v: Value): v is NekoObject {
  return v instanceof NekoObject;
}

export function isArray(v: Value): v is Value[] {
  return Array.isArray(v);
}

export function isFloat(v: Value): v is NekoFloat {
  return v instanceof NekoFloat;
}

export function isFunction(v: Value): v is NekoFunction {
  return v instanceof NekoFunction;
}

/** neko val_check_function(f, n): a function taking n arguments or any number. */
export function isFunctionOf(v: Value, n: number): v is NekoFunction {
  return v instanceof NekoFunction && (v.nargs === n || v.nargs === -1);
}

export function isKind(v: Value, k: Kind): v is NekoAbstract {
  return v instanceof NekoAbstract && v.kind === k;
}

/** neko alloc_int: keep the low 31 bits, sign-extended. */
export function toTagged(n: number): number {
  return (n << 1) >> 1;
}

/** The numeric value of an int or float (neko val_number), or undefined. */
export function numberArg(v: Value): number | undefined {
  if (typeof v === "number") return v;
  if (v instanceof NekoFloat) return v.v;
  return undefined;
}
