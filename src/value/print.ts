// Converting any value to bytes as neko's val_buffer does (vm/others.c): used by $print,
// $string, string concatenation and error reports.

import { formatFloat } from "./format.js";
import { fieldKey, sortedFieldIds } from "./object.js";
import type { Runtime } from "./runtime.js";
import { ByteBuffer } from "./string.js";
import { PositiveNaN, NekoAbstract, NekoFloat, NekoFunction, NekoObject, NekoString, type Value } from "./value.js";

const ID_STRING = fieldKey(hashString("__string"));

function hashString(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = ((Math.imul(223, h) + s.charCodeAt(i)) << 1) >> 1;
  return h;
}

interface Chain {
  v: Value;
  next: Chain | null;
}

function lookupString(o: NekoObject): Value {
  let x: NekoObject | null = o;
  do {
    const v = x.t[ID_STRING];
    if (v !== undefined) return v;
    x = x.proto;
  } while (x !== null);
  return null;
}

function bufferRec(rt: Runtime, b: ByteBuffer, v: Value, stack: Chain | null): void {
  for (let t = stack; t !== null; t = t.next)
    if (t.v === v) {
      b.addAscii("...");
      return;
    }
  if (v === null) b.addAscii("null");
  else if (typeof v === "number") b.addAscii(String(v));
  else if (typeof v === "boolean") b.addAscii(v ? "true" : "false");
  else if (v instanceof NekoString) b.addBytes(v.b);
  else if (v instanceof NekoFloat) b.addAscii(formatFloat(v.v, v instanceof PositiveNaN));
  else if (v instanceof NekoObject) {
    let s = lookupString(v);
    if (s !== null) s = rt.callEx(v, s, []);
    if (s instanceof NekoString) {
      b.addBytes(s.b);
      return;
    }
    const cur: Chain = { v, next: stack };
    b.addAscii("{");
    let first = true;
    for (const id of sortedFieldIds(v)) {
      b.addAscii(first ? " " : ", ");
      first = false;
      const name = rt.fieldName(id);
      if (name === null) b.addAscii("null");
      else b.addBytes(name.b);
      b.addAscii(" => ");
      bufferRec(rt, b, v.t[fieldKey(id)], cur);
    }
    b.addAscii(first ? "}" : " }");
  } else if (Array.isArray(v)) {
    const cur: Chain = { v, next: stack };
    b.addAscii("[");
    const n = v.length;
    for (let i = 0; i < n; i++) {
      bufferRec(rt, b, v[i], cur);
      if (i !== n - 1) b.addAscii(",");
    }
    b.addAscii("]");
  } else if (v instanceof NekoFunction) b.addAscii("#function:" + v.nargs);
  else if (v instanceof NekoAbstract) b.addAscii("#abstract");
  else b.addAscii("#unknown");
}

/** Append the printed form of v to b (neko val_buffer). */
export function valueToBuffer(rt: Runtime, b: ByteBuffer, v: Value): void {
  bufferRec(rt, b, v, null);
}

/** The printed form of v as bytes (neko $string). */
export function valueToBytes(rt: Runtime, v: Value): Uint8Array {
  if (v instanceof NekoString) return v.b;
  const b = new ByteBuffer(32);
  bufferRec(rt, b, v, null);
  return b.toBytes();
}
