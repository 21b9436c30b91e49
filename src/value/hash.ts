// Hashing: field ids (neko vm/others.c val_id) and value hashes (vm/hash.c val_hash, used by $hkey).

import { NekoFloat, NekoObject, NekoString, PositiveNaN, type Value } from "./value.js";
import { sortedFieldIds, fieldKey } from "./object.js";

/** The field id of a name given as bytes: h = 223*h + c, truncated to 31 bits; stops at a NUL byte. */
export function hashBytes(b: Uint8Array): number {
  let h = 0;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c === 0) break;
    h = ((Math.imul(223, h) + c) << 1) >> 1;
  }
  return h;
}

/** hashBytes of a JS string of one char (0-255) per byte. */
export function hashText(t: string): number {
  let h = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0) break;
    h = ((Math.imul(223, h) + c) << 1) >> 1;
  }
  return h;
}

/** The field id of an ASCII/UTF-8 JS name. */
export function hashName(name: string): number {
  let h = 0;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c > 0x7f) return hashBytes(new TextEncoder().encode(name));
    if (c === 0) break;
    h = ((Math.imul(223, h) + c) << 1) >> 1;
  }
  return h;
}

const f64 = new Float64Array(1);
const bytes64 = new Int8Array(f64.buffer);
const u32 = new Uint32Array(f64.buffer);

interface Chain {
  v: Value;
  next: Chain | null;
}

function hbig(h: number, x: number): number {
  return (Math.imul(h, 65599) + x) | 0;
}
function hsmall(h: number, x: number): number {
  return (Math.imul(h, 19) + x) | 0;
}

type HashItem = number | { v: Value; chain: Chain | null };

/** neko's hash_rec, walked with an explicit stack in the same order (numbers are HBIG(field id) steps). */
function hashIter(root: Value): number {
  let h = 0;
  const work: HashItem[] = [{ v: root, chain: null }];
  while (work.length > 0) {
    const it = work.pop()!;
    if (typeof it === "number") {
      h = hbig(h, it);
      continue;
    }
    const { v, chain: l } = it;
    if (v === null) h = hsmall(h, 0);
    else if (typeof v === "number") h = hbig(h, v);
    else if (typeof v === "boolean") h = hsmall(h, v ? 1 : 0);
    else if (v instanceof NekoFloat) {
      f64[0] = v.v;
      if (v.v !== v.v) u32[1] = v instanceof PositiveNaN ? 0x7ff80000 : 0xfff80000; // x86 NaN bits (see formatFloat)
      for (let k = 8; k > 0; ) h = hsmall(h, bytes64[--k]);
    } else if (v instanceof NekoString) h = stringHash(h, v);
    else if (v instanceof NekoObject || Array.isArray(v)) {
      let k = 0;
      let found = false;
      for (let t = l; t !== null; t = t.next, k++)
        if (t.v === v) {
          found = true;
          break;
        }
      if (found) {
        h = hsmall(h, k);
        continue;
      }
      const cur: Chain = { v, next: l };
      const items: HashItem[] = [];
      if (v instanceof NekoObject) {
        for (const id of sortedFieldIds(v)) items.push(id, { v: v.t[fieldKey(id)], chain: cur });
        if (v.proto !== null) items.push({ v: v.proto, chain: cur });
      } else {
        for (let i = v.length; i > 0; ) items.push({ v: v[--i], chain: cur });
      }
      for (let i = items.length - 1; i >= 0; i--) work.push(items[i]);
    }
    // functions and abstracts are ignored (hashes stay stable wrt memory)
  }
  return h;
}

/** hash_rec's step over a string's bytes, from h. */
function stringHash(h: number, s: NekoString): number {
  const t = s.s;
  if (t !== null) {
    for (let k = t.length; k > 0; ) {
      const c = t.charCodeAt(--k);
      h = hsmall(h, c > 127 ? c - 256 : c); // C chars are signed
    }
    return h;
  }
  const b = s.b;
  for (let k = b.length; k > 0; ) {
    const c = b[--k];
    h = hsmall(h, c > 127 ? c - 256 : c);
  }
  return h;
}

export function valueHash(v: Value): number {
  if (v instanceof NekoString) return stringHash(0, v) & 0x3fffffff; // without the work list
  if (typeof v === "number") return v & 0x3fffffff; // hbig(0, v)
  return hashIter(v) & 0x3fffffff;
}
