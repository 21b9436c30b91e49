// The slow paths of Neko operators (neko vm/interp.c: Add, NumberOp, IntOp, Div, Mod,
// ObjectOp, array access), shared by both tiers. The fast paths (two ints, two floats) are
// inlined by each tier; everything else comes here.

import { formatFloat } from "../value/format.js";
import { hashName } from "../value/hash.js";
import { fieldKey, findAfterMiss, getField } from "../value/object.js";
import { valueToBuffer } from "../value/print.js";
import { ByteBuffer, MAX_STRING_SIZE, StringTooLong } from "../value/string.js";
import { floatOf, isTaggedInt, NekoFloat, NekoObject, NekoString, type Value } from "../value/value.js";
import type { NekoThrow } from "./errors.js";
import type { VM } from "./vm.js";

const k = (name: string) => fieldKey(hashName(name));
export const KEY_ADD = k("__add"), KEY_RADD = k("__radd"), KEY_SUB = k("__sub"), KEY_RSUB = k("__rsub");
export const KEY_MULT = k("__mult"), KEY_RMULT = k("__rmult"), KEY_DIV = k("__div"), KEY_RDIV = k("__rdiv");
export const KEY_MOD = k("__mod"), KEY_RMOD = k("__rmod"), KEY_GET = k("__get"), KEY_SET = k("__set");

/** findField(o, KEY_ADD) with a load site of its own (see findCompare). */
export function findAdd(o: NekoObject): Value | undefined {
  const v = o.t[KEY_ADD];
  return v !== undefined ? v : findAfterMiss(o, KEY_ADD);
}

export function opError(vm: VM, op: string): never {
  throw vm.throwString("Invalid operation (" + op + ")");
}

function unsupported(vm: VM): never {
  throw vm.throwString("Unsupported operation");
}

/** Call o.key(arg) if o has it; undefined when the field is null/absent. */
function tryObjectOp(vm: VM, o: NekoObject, arg: Value, key: string): Value | undefined {
  const f = getField(o, key);
  if (f === null) return undefined;
  return vm.callEx(o, f, [arg]);
}

/** neko ObjectOp: the method must exist. */
export function objectOp(vm: VM, o: NekoObject, arg: Value, key: string): Value {
  const r = tryObjectOp(vm, o, arg, key);
  if (r === undefined) unsupported(vm);
  return r;
}

/**
 * The checks of allocating the n-byte result of a string `+`: the embedder's limit, neko's
 * max_string_size. Both tiers run `+`'s slow cases (add) under a frame for its position;
 * neko allocates the result outside any such frame, so its failure names no position: the
 * frame is dropped first.
 */
function checkSize(vm: VM, n: number): void {
  vm.checkAlloc(n);
  if (n > MAX_STRING_SIZE) throw tooLong(vm);
}

function tooLong(vm: VM): NekoThrow {
  vm.csp -= 4;
  return vm.failure("max_string_size reached", "alloc.c", 177);
}

/** a + b of two strings, or undefined when a size limit fails (checkSize raises it). */
export function joinStrings(vm: VM, a: NekoString, b: NekoString): NekoString | undefined {
  const n = a.length + b.length;
  return n <= MAX_STRING_SIZE && n <= vm.maxAlloc ? NekoString.of(a.text() + b.text()) : undefined;
}

function concatValues(vm: VM, a: Value, b: Value): NekoString {
  if (a instanceof NekoString && b instanceof NekoString) {
    const r = joinStrings(vm, a, b);
    if (r !== undefined) return r;
    checkSize(vm, a.length + b.length);
  }
  const buf = new ByteBuffer(32);
  buf.limit = vm.maxAlloc;
  try {
    valueToBuffer(vm, buf, a);
    valueToBuffer(vm, buf, b);
  } catch (e) {
    if (e instanceof StringTooLong) throw tooLong(vm);
    throw e;
  }
  return buf.toNeko();
}

function appendInt(vm: VM, s: NekoString, n: number, after: boolean): NekoString {
  const d = String(n);
  checkSize(vm, s.length + d.length);
  return NekoString.of(after ? s.text() + d : d + s.text());
}

/** a + b where not both are ints (neko Add), run under a frame for its position (slow() of either tier). */
export function add(vm: VM, a: Value, b: Value): Value {
  if (typeof a === "number" && typeof b === "number") return (a + b) | 0;
  if (a instanceof NekoString && b instanceof NekoString) return concatValues(vm, a, b);
  if (typeof b === "number" && isTaggedInt(b)) {
    if (a instanceof NekoFloat) return floatOf(a.v + b, a, b);
    if (typeof a === "number") return (a + b) | 0;
    if (a instanceof NekoString) return appendInt(vm, a, b, true);
    if (a instanceof NekoObject) return objectOp(vm, a, b, KEY_ADD);
    opError(vm, "+");
  }
  if (typeof a === "number" && isTaggedInt(a)) {
    if (b instanceof NekoFloat) return floatOf(a + b.v, a, b);
    if (b instanceof NekoString) return appendInt(vm, b, a, false);
    if (b instanceof NekoObject) return objectOp(vm, b, a, KEY_RADD);
    opError(vm, "+");
  }
  if (b instanceof NekoFloat) {
    if (a instanceof NekoFloat) return floatOf(a.v + b.v, a, b);
    if (typeof a === "number") return floatOf(a + b.v, a, b);
  } else if (typeof b === "number") {
    if (a instanceof NekoFloat) return floatOf(a.v + b, a, b);
  }
  if (a instanceof NekoObject) {
    const r = tryObjectOp(vm, a, b, KEY_ADD);
    if (r !== undefined) return r;
  }
  if (b instanceof NekoObject) {
    const r = tryObjectOp(vm, b, a, KEY_RADD);
    if (r !== undefined) return r;
  }
  if (a instanceof NekoString || b instanceof NekoString) return concatValues(vm, a, b);
  opError(vm, "+");
}

export const enum NumOp {
  Sub,
  Mult,
  Mod,
}
const NUM_NAMES = ["-", "*", "%"];
const NUM_KEYS = [KEY_SUB, KEY_MULT, KEY_MOD];
const NUM_RKEYS = [KEY_RSUB, KEY_RMULT, KEY_RMOD];

function intOp(op: NumOp, a: number, b: number): number {
  switch (op) {
    case NumOp.Sub:
      return (a - b) | 0;
    case NumOp.Mult:
      return Math.imul(a, b);
    default:
      return a % b | 0;
  }
}
function floatOp(op: NumOp, a: number, b: number, va: Value, vb: Value): NekoFloat {
  switch (op) {
    case NumOp.Sub:
      return floatOf(a - b, va, vb);
    case NumOp.Mult:
      return floatOf(a * b, va, vb);
    default:
      return floatOf(a % b, va, vb);
  }
}

/** a - b, a * b, a % b where not both are ints (neko NumberOp). */
export function numOp(vm: VM, op: NumOp, a: Value, b: Value): Value {
  if (op === NumOp.Mod && b === 0 && typeof a === "number") opError(vm, "%");
  if (typeof a === "number" && typeof b === "number") return intOp(op, a, b);
  if (typeof b === "number" && isTaggedInt(b)) {
    if (a instanceof NekoFloat) return floatOp(op, a.v, b, a, b);
    if (a instanceof NekoObject) return objectOp(vm, a, b, NUM_KEYS[op]);
    opError(vm, NUM_NAMES[op]);
  }
  if (typeof a === "number" && isTaggedInt(a)) {
    if (b instanceof NekoFloat) return floatOp(op, a, b.v, a, b);
    if (b instanceof NekoObject) return objectOp(vm, b, a, NUM_RKEYS[op]);
    opError(vm, NUM_NAMES[op]);
  }
  if (b instanceof NekoFloat) {
    if (a instanceof NekoFloat) return floatOp(op, a.v, b.v, a, b);
    if (typeof a === "number") return floatOp(op, a, b.v, a, b);
  } else if (typeof b === "number") {
    if (a instanceof NekoFloat) return floatOp(op, a.v, b, a, b);
  }
  if (a instanceof NekoObject) {
    const r = tryObjectOp(vm, a, b, NUM_KEYS[op]);
    if (r !== undefined) return r;
  }
  if (b instanceof NekoObject) return objectOp(vm, b, a, NUM_RKEYS[op]);
  opError(vm, NUM_NAMES[op]);
}

/** a / b (neko Div): always a float for numbers. */
export function div(vm: VM, a: Value, b: Value): Value {
  const x = typeof a === "number" ? a : a instanceof NekoFloat ? a.v : undefined;
  const y = typeof b === "number" ? b : b instanceof NekoFloat ? b.v : undefined;
  if (x !== undefined && y !== undefined) return floatOf(x / y, a, b);
  if (a instanceof NekoObject) {
    const r = tryObjectOp(vm, a, b, KEY_DIV);
    if (r !== undefined) return r;
  }
  if (b instanceof NekoObject) return objectOp(vm, b, a, KEY_RDIV);
  opError(vm, "/");
}

/** Array read a[i] when the fast path does not apply (neko AccArray). */
export function getArray(vm: VM, a: Value, i: Value): Value {
  if (Array.isArray(a) && typeof i === "number") {
    const v = a[i];
    return v === undefined ? null : v;
  }
  if (a instanceof NekoObject) return objectOp(vm, a, i, KEY_GET);
  throw vm.throwString("Invalid array access");
}

/** Array write a[i] = v (neko SetArray); returns the new accumulator. */
export function setArray(vm: VM, a: Value, i: Value, v: Value): Value {
  if (Array.isArray(a) && typeof i === "number") {
    if (i >= 0 && i < a.length) a[i] = v;
    return v;
  }
  if (a instanceof NekoObject) {
    const f = getField(a, KEY_SET);
    if (f === null) unsupported(vm);
    vm.callEx(a, f, [i, v]);
    return v;
  }
  throw vm.throwString("Invalid array access");
}

/** Index read acc[n] with a constant n (neko AccIndex/AccIndex0/AccIndex1). */
export function getIndex(vm: VM, a: Value, n: number): Value {
  if (Array.isArray(a)) return n < a.length ? a[n] : null;
  if (a instanceof NekoObject) return objectOp(vm, a, n, KEY_GET);
  throw vm.throwString("Invalid array access");
}

/** The message of an invalid field access (neko InvalidFieldAccess). */
export function invalidField(vm: VM, id: number): never {
  const name = vm.fieldName(id);
  if (name === null) throw vm.throwString("Invalid field access");
  const b = new ByteBuffer(32);
  b.addAscii("Invalid field access : ");
  b.addBytes(name.b);
  throw vm.throwValue(b.toNeko());
}

export { formatFloat };
