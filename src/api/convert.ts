// Conversions between JS values and Neko values, and type guards in the spirit of neko's
// val_is_int / val_is_string / val_fun_nargs (neko.h).
//
// toNeko (JS -> Neko):
//   null, undefined           -> null
//   boolean                   -> bool
//   number                    -> int when an integer in int32 range (and not -0), else float
//   string                    -> string (UTF-8 bytes)
//   Uint8Array                -> string (a copy of the bytes)
//   Array                     -> itself when it already is a Neko array (every element a Neko
//                                value, recursively: Neko arrays keep their identity, and Neko
//                                code sees the JS array), else a copy with elements converted
//                                (shared and cyclic parts kept)
//   plain object ({} or null prototype) -> object (fields by name, values converted)
//   function                  -> a Neko function taking any number of arguments
//                                (nargs -1) that converts its arguments with fromNeko
//   Neko values (NekoFloat, NekoString, NekoObject, NekoFunction, NekoAbstract) -> themselves
//   anything else (bigint, symbol, Map, Date, class instances...) -> TypeError
//
// fromNeko (Neko -> JS):
//   null, bool, int           -> null, boolean, number
//   float                     -> number (the int/float distinction is lost)
//   string                    -> string decoded as UTF-8 (invalid bytes become U+FFFD), or a
//                                Uint8Array copy with { bytes: true }
//   array                     -> Array (shared and cyclic parts kept)
//   object                    -> plain object: own and inherited fields by name (own first);
//                                function fields are bound to the object as `this`
//   function                  -> a JS function calling it (arguments converted with toNeko,
//                                result with fromNeko; a Neko exception throws a NekoError);
//                                a function made by toNeko gives back the original JS function
//   abstract                  -> the NekoAbstract itself (opaque)

import type { VM } from "../interp/vm.js";
import { fieldKey, sortedFieldIds } from "../value/object.js";
import { bytesToString, str } from "../value/string.js";
import { EMPTY_ARRAY, NekoAbstract, NekoFloat, NekoFunction, NekoObject, NekoString, type Kind, type Value } from "../value/value.js";
import { toNekoThrow } from "./errors.js";

/** What conversions need from a NekoVM (kept abstract to avoid an import cycle). */
export interface Bridge {
  readonly vm: VM;
  /** Call a Neko function from JS with a `this`, as the embedding API does (errors as NekoError). */
  call(f: Value, args: Value[], thisv?: Value): Value;
}

export interface FromNekoOptions {
  /** Strings as Uint8Array copies of their bytes instead of decoded JS strings. */
  bytes?: boolean;
}

/** A JS function turned into a Neko function by toNeko or NekoVM.function. */
export type HostFunction = (this: any, ...args: any[]) => unknown;

export interface HostFunctionOptions {
  /**
   * Pass the Neko arguments and `this` unconverted, and take the result as a Neko value
   * (undefined becomes null). Default: arguments converted with fromNeko, result with toNeko,
   * and `this` is the raw Neko `this` in both modes.
   */
  raw?: boolean;
  /** The name the function has in Neko traces and errors. */
  name?: string;
}

/** The JS function behind each Neko function made from one (fromNeko gives it back). */
const hostOrigin = new WeakMap<NekoFunction, HostFunction>();

/** True for every Neko value (the representation described in src/value/value.ts). */
export function isNekoValue(v: unknown): v is Value {
  if (v === null || typeof v === "boolean") return true;
  if (typeof v === "number") return (v | 0) === v;
  if (Array.isArray(v)) return true;
  return v instanceof NekoString || v instanceof NekoObject || v instanceof NekoFloat || v instanceof NekoFunction || v instanceof NekoAbstract;
}

/**
 * A Neko function calling a JS function (neko alloc_function). `nargs` is checked by the VM at
 * each call, -1 accepts any number. What `fn` throws reaches Neko code as described in
 * errors.ts toNekoThrow.
 */
export function hostFunction(b: Bridge, nargs: number, fn: HostFunction, options: HostFunctionOptions = {}): NekoFunction {
  const raw = options.raw === true;
  const body = (vm: VM, ...a: Value[]): Value => {
    const args = nargs === -1 ? (a[0] as Value[]) : a;
    try {
      if (raw) {
        const r = fn.apply(vm.vthis, args);
        if (r === undefined) return null;
        if (!isNekoValue(r)) throw new TypeError("a raw host function returned a value that is not a Neko value");
        return r;
      }
      return toNeko(b, fn.apply(vm.vthis, args.map((v) => fromNeko(b, v))));
    } catch (e) {
      throw toNekoThrow(vm, e);
    }
  };
  const f = b.vm.primitive(options.name ?? (fn.name || "host function"), nargs, body);
  hostOrigin.set(f, fn);
  return f;
}

/** Is a JS array already a Neko array: every element (of nested arrays too) a Neko value? */
function isNekoArray(a: unknown[], seen: Set<unknown[]>): boolean {
  if (seen.has(a)) return true;
  seen.add(a);
  for (let i = 0; i < a.length; i++) {
    const e = a[i];
    if (Array.isArray(e)) {
      if (!isNekoArray(e, seen)) return false;
    } else if (!isNekoValue(e)) return false;
  }
  return true;
}

/** A JS value as a Neko value (rules at the top of this file). */
export function toNeko(b: Bridge, x: unknown, memo?: Map<object, Value>): Value {
  if (x === null || x === undefined) return null;
  switch (typeof x) {
    case "boolean":
      return x;
    case "number":
      return (x | 0) === x && !Object.is(x, -0) ? x : new NekoFloat(x);
    case "string":
      return str(x);
    case "function":
      return hostFunction(b, -1, x as HostFunction);
    case "object":
      break;
    default:
      throw new TypeError("no Neko value for a JS " + typeof x);
  }
  if (x instanceof NekoString || x instanceof NekoObject || x instanceof NekoFloat || x instanceof NekoFunction || x instanceof NekoAbstract) return x;
  if (x instanceof Uint8Array) return new NekoString(x.slice());
  const seen = memo?.get(x as object);
  if (seen !== undefined) return seen;
  if (Array.isArray(x)) {
    if (isNekoArray(x, new Set())) return x as Value[];
    if (x.length === 0) return EMPTY_ARRAY;
    const a = new Array<Value>(x.length);
    (memo ??= new Map()).set(x, a);
    for (let i = 0; i < x.length; i++) a[i] = toNeko(b, x[i], memo);
    return a;
  }
  const proto = Object.getPrototypeOf(x);
  if (proto !== Object.prototype && proto !== null) throw new TypeError("no Neko value for a JS " + (proto?.constructor?.name ?? "object"));
  const o = new NekoObject();
  (memo ??= new Map()).set(x as object, o);
  for (const k of Object.keys(x as object)) o.t[fieldKey(b.vm.fieldId(k))] = toNeko(b, (x as Record<string, unknown>)[k], memo);
  return o;
}

/** A Neko value as a JS value (rules at the top of this file). */
export function fromNeko(b: Bridge, v: Value, options: FromNekoOptions = {}, memo?: Map<object, unknown>): any {
  if (v === null || typeof v === "boolean" || typeof v === "number") return v;
  if (v instanceof NekoFloat) return v.v;
  if (v instanceof NekoString) return options.bytes ? v.b.slice() : bytesToString(v.b);
  if (v instanceof NekoFunction) return jsFunction(b, v, undefined);
  if (v instanceof NekoAbstract) return v;
  const seen = memo?.get(v as object);
  if (seen !== undefined) return seen;
  if (Array.isArray(v)) {
    const a: unknown[] = [];
    (memo ??= new Map()).set(v, a);
    for (let i = 0; i < v.length; i++) a.push(fromNeko(b, v[i], options, memo));
    return a;
  }
  if (v instanceof NekoObject) {
    const o: Record<string, unknown> = {};
    (memo ??= new Map()).set(v, o);
    for (let x: NekoObject | null = v; x !== null; x = x.proto)
      for (const id of sortedFieldIds(x)) {
        const name = b.vm.fieldName(id);
        const k = name === null ? "#" + id : bytesToString(name.b);
        if (Object.prototype.hasOwnProperty.call(o, k)) continue;
        const fv = x.t[fieldKey(id)];
        // defineProperty: a field named __proto__ is an ordinary property, not the prototype
        const jv = fv instanceof NekoFunction ? jsFunction(b, fv, v) : fromNeko(b, fv, options, memo);
        Object.defineProperty(o, k, { value: jv, enumerable: true, writable: true, configurable: true });
      }
    return o;
  }
  throw new TypeError("not a Neko value");
}

/** A JS function calling Neko function f; `self` (when given) is its `this`, else the JS `this` converted. */
function jsFunction(b: Bridge, f: NekoFunction, self: Value | undefined): HostFunction {
  const origin = hostOrigin.get(f);
  if (origin !== undefined) return origin;
  return function (this: unknown, ...args: unknown[]) {
    const thisv = self !== undefined ? self : toNeko(b, this);
    return fromNeko(b, b.call(f, args.map((a) => toNeko(b, a)), thisv));
  };
}

// ---- type guards (neko.h val_is_*) ----

/** val_is_null. */
export function isNull(v: Value): v is null {
  return v === null;
}
/** val_is_bool. */
export function isBool(v: Value): v is boolean {
  return typeof v === "boolean";
}
/** val_is_float. */
export function isFloat(v: Value): v is NekoFloat {
  return v instanceof NekoFloat;
}
/** val_is_number: an int or a float. */
export function isNumber(v: Value): v is number | NekoFloat {
  return typeof v === "number" || v instanceof NekoFloat;
}
/** val_is_string. */
export function isString(v: Value): v is NekoString {
  return v instanceof NekoString;
}
/** val_is_array. */
export function isArray(v: Value): v is Value[] {
  return Array.isArray(v);
}
/** val_is_object. */
export function isObject(v: Value): v is NekoObject {
  return v instanceof NekoObject;
}
/** val_is_function. */
export function isFunction(v: Value): v is NekoFunction {
  return v instanceof NekoFunction;
}
/** val_is_abstract. */
export function isAbstract(v: Value): v is NekoAbstract {
  return v instanceof NekoAbstract;
}
/** val_is_kind: an abstract of kind k. */
export function isKind(v: Value, k: Kind): v is NekoAbstract {
  return v instanceof NekoAbstract && v.kind === k;
}
/** val_fun_nargs: a function's number of arguments (-1: any); throws TypeError for other values. */
export function funNargs(f: Value): number {
  if (!(f instanceof NekoFunction)) throw new TypeError("not a Neko function");
  return f.nargs;
}
/** The number of an int or float (val_number); throws TypeError for other values. */
export function numberValue(v: Value): number {
  if (typeof v === "number") return v;
  if (v instanceof NekoFloat) return v.v;
  throw new TypeError("not a Neko number");
}
/** The JS string of a Neko string (UTF-8 decoded); throws TypeError for other values. */
export function stringValue(v: Value): string {
  if (v instanceof NekoString) return bytesToString(v.b);
  throw new TypeError("not a Neko string");
}
