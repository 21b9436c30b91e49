// Converting any value to bytes as neko's val_buffer does (vm/others.c): used by $print,
// $string, string concatenation and error reports.

import { formatFloat } from "./format.js";
import { hashName } from "./hash.js";
import { fieldKey, findAfterMiss, sortedFieldIds } from "./object.js";
import type { Runtime } from "./runtime.js";
import { LimitExceeded, limitMessage } from "./limits.js";
import { ByteBuffer, textBytes } from "./string.js";
import { PositiveNaN, NekoAbstract, NekoFloat, NekoFunction, NekoObject, NekoString, type Value } from "./value.js";

const ID_STRING = fieldKey(hashName("__string"));

interface Chain {
  v: Value;
  next: Chain | null;
}

/** A value to print; `plain` when it is an object whose __string was already tried. */
type Piece = string | { v: Value; chain: Chain | null; plain?: boolean };

/**
 * neko's val_buffer_rec, walked with an explicit stack (neko recurses on an 8 MB C stack;
 * JS would overflow on deep nesting). Pieces are processed in printing order, so __string
 * methods run in the same order as in neko.
 */
function bufferIter(rt: Runtime, b: ByteBuffer, root: Value, plain = false): void {
  const work: Piece[] = [{ v: root, chain: null, plain }];
  while (work.length > 0) {
    const it = work.pop()!;
    if (typeof it === "string") {
      b.addAscii(it);
      continue;
    }
    const { v, chain, plain } = it;
    let seen = false;
    for (let t = chain; t !== null; t = t.next)
      if (t.v === v) {
        seen = true;
        break;
      }
    if (seen) {
      b.addAscii("...");
      continue;
    }
    if (addScalar(b, v)) continue;
    if (v instanceof NekoObject) {
      const s = plain === true ? null : stringOf(rt, v);
      if (s !== null) {
        b.addString(s);
        continue;
      }
      const cur: Chain = { v, next: chain };
      const pieces: Piece[] = ["{"];
      let first = true;
      for (const id of sortedFieldIds(v)) {
        pieces.push(first ? " " : ", ");
        first = false;
        const name = rt.fieldName(id);
        pieces.push(name === null ? "null" : name.text(), " => ", { v: v.t[fieldKey(id)], chain: cur });
      }
      pieces.push(first ? "}" : " }");
      for (let i = pieces.length - 1; i >= 0; i--) work.push(pieces[i]);
    } else if (Array.isArray(v)) {
      const cur: Chain = { v, next: chain };
      const n = v.length;
      work.push("]");
      for (let i = n - 1; i >= 0; i--) {
        if (i !== n - 1) work.push(",");
        work.push({ v: v[i], chain: cur });
      }
      work.push("[");
    } else if (v instanceof NekoFunction) b.addAscii("#function:" + v.nargs);
    else if (v instanceof NekoAbstract) b.addAscii("#abstract");
    else b.addAscii("#unknown");
  }
}

/** What an object's __string method gives when that is a string; null when it has none or it gives something else. */
function stringOf(rt: Runtime, o: NekoObject): NekoString | null {
  let f: Value | undefined;
  // findField(o, ID_STRING) with a load site of its own (see findCompare)
  f = o.t[ID_STRING];
  if (f === undefined) f = findAfterMiss(o, ID_STRING);
  if (f === undefined || f === null) return null;
  let s = rt.callShort(o, f, 0, null, null);
  if (s === undefined) s = rt.callEx(o, f, []);
  return s instanceof NekoString ? s : null;
}

/** Append the printed form of a value that holds no other value; false for the others. */
function addScalar(b: ByteBuffer, v: Value): boolean {
  if (v === null) b.addAscii("null");
  else if (typeof v === "number") b.addAscii(String(v));
  else if (typeof v === "boolean") b.addAscii(v ? "true" : "false");
  else if (v instanceof NekoString) b.addString(v);
  else if (v instanceof NekoFloat) b.addAscii(formatFloat(v.v, v instanceof PositiveNaN));
  else return false;
  return true;
}

/** Append the printed form of v to b (neko val_buffer). */
export function valueToBuffer(rt: Runtime, b: ByteBuffer, v: Value): void {
  if (addScalar(b, v)) return;
  if (v instanceof NekoObject) {
    // the common object: one whose __string gives a string (Haxe's String, class instances)
    const s = stringOf(rt, v);
    if (s !== null) b.addString(s);
    else bufferIter(rt, b, v, true);
  } else bufferIter(rt, b, v);
}

/** The printed form of v as bytes (neko $string), for reading: a string's own bytes when it has them. */
export function valueToBytes(rt: Runtime, v: Value): Uint8Array {
  if (v instanceof NekoString && v.s === null) return v.b;
  return textBytes(valueToText(rt, v));
}

/** The printed form of v as a JS string of one char per byte. */
export function valueToText(rt: Runtime, v: Value): string {
  if (v instanceof NekoString) return v.text();
  if (typeof v === "number") return String(v);
  if (v instanceof NekoFloat) return formatFloat(v.v, v instanceof PositiveNaN);
  let plain = false;
  if (v instanceof NekoObject) {
    const s = stringOf(rt, v);
    if (s !== null) {
      if (rt.maxAlloc !== undefined && s.length > rt.maxAlloc) throw new LimitExceeded("alloc", limitMessage("alloc"));
      return s.text();
    }
    plain = true;
  }
  const b = new ByteBuffer(32);
  if (rt.maxAlloc !== undefined) b.limit = rt.maxAlloc;
  bufferIter(rt, b, v, plain);
  return b.text();
}
