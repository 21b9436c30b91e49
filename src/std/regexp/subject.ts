// Subjects: a Neko string (bytes) as the JS string the translated RegExp runs on, with the
// position maps between the two.
//  - byte mode: one char per byte, bytes >= 0x80 moved to U+E080..U+E0FF (see emit.ts);
//    positions are the same on both sides.
//  - UTF-8 mode: the decoded code points (UTF-16 in JS); the longest valid UTF-8 prefix is
//    decoded, since PCRE refuses a subject that is not valid UTF-8 up to the match end.
// Decoding is O(n), and Haxe's EReg calls regexp_match again and again on one string (split,
// replace, map), so the last few decoded subjects are kept. Neko strings are mutable: a kept
// subject is reused as it is while no string was written to (stringWrites), and otherwise
// only if a copy of the bytes it was made from still matches them.

import { utf8Length } from "./scan.js";
import { stringWrites } from "../../value/string.js";
import type { NekoString } from "../../value/value.js";

export interface Subject {
  /** The Neko string's bytes the subject was made from (identity), and a copy of them. */
  bytes: Uint8Array;
  copy: Uint8Array;
  /** stringWrites.count when the subject was last known to match the bytes. */
  writes: number;
  utf: boolean;
  text: string;
  /** UTF-8 mode: the bytes [0, validEnd) are valid UTF-8 (and decoded in text). */
  validEnd: number;
  /** UTF-8 mode with non-ASCII: byte offset -> UTF-16 index (-1 inside a character), and back. */
  toIndex: Int32Array | null;
  toByte: Int32Array | null;
}

const CACHE_MIN = 256;
const CACHE_SIZE = 4;
/** Per VM (no state is shared between VMs): the last subjects, most recent first. */
const caches = new WeakMap<object, { s: NekoString; sub: Subject }[]>();

function fromUnits(u: Uint16Array | Uint8Array): string {
  let out = "";
  for (let i = 0; i < u.length; i += 8192) out += String.fromCharCode.apply(null, u.subarray(i, i + 8192) as unknown as number[]);
  return out;
}

/** A copy of b placed at the same offset modulo 4 in its buffer, so that the two compare by words. */
function alignedCopy(b: Uint8Array): Uint8Array {
  const shift = b.byteOffset & 3;
  const c = new Uint8Array(new ArrayBuffer(b.length + shift), shift, b.length);
  c.set(b);
  return c;
}

function sameBytes(a: Uint8Array, b: Uint8Array, from: number, to: number): boolean {
  let i = from;
  if (((a.byteOffset + i) & 3) === ((b.byteOffset + i) & 3)) {
    while (i < to && ((a.byteOffset + i) & 3) !== 0) {
      if (a[i] !== b[i]) return false;
      i++;
    }
    const n = (to - i) >> 2;
    if (n > 0) {
      const wa = new Int32Array(a.buffer, a.byteOffset + i, n);
      const wb = new Int32Array(b.buffer, b.byteOffset + i, n);
      for (let k = 0; k < n; k++) if (wa[k] !== wb[k]) return false;
      i += n << 2;
    }
  }
  for (; i < to; i++) if (a[i] !== b[i]) return false;
  return true;
}

function decodeBytes(b: Uint8Array): string {
  let ascii = true;
  for (let i = 0; i < b.length; i++)
    if (b[i] >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) return fromUnits(b);
  const u = new Uint16Array(b.length);
  for (let i = 0; i < b.length; i++) u[i] = b[i] < 0x80 ? b[i] : 0xe000 + b[i];
  return fromUnits(u);
}

function decodeUtf8(b: Uint8Array): { text: string; validEnd: number; toIndex: Int32Array | null; toByte: Int32Array | null } {
  let i = 0;
  while (i < b.length && b[i] < 0x80) i++;
  if (i === b.length) return { text: fromUnits(b), validEnd: b.length, toIndex: null, toByte: null };
  const units = new Uint16Array(b.length);
  const toIndex = new Int32Array(b.length + 1).fill(-1);
  const toByte = new Int32Array(b.length + 1);
  let n = 0;
  for (i = 0; i < b.length; ) {
    const len = utf8Length(b, i);
    if (len < 0) break;
    toIndex[i] = n;
    toByte[n] = i;
    if (len === 1) units[n++] = b[i];
    else {
      let v = b[i] & (len === 2 ? 0x1f : len === 3 ? 0x0f : 0x07);
      for (let k = 1; k < len; k++) v = (v << 6) | (b[i + k] & 0x3f);
      if (v >= 0x10000) {
        v -= 0x10000;
        units[n++] = 0xd800 + (v >> 10);
        toByte[n] = i;
        units[n++] = 0xdc00 + (v & 0x3ff);
      } else units[n++] = v;
    }
    i += len;
  }
  toIndex[i] = n;
  toByte[n] = i;
  return { text: fromUnits(units.subarray(0, n)), validEnd: i, toIndex, toByte: toByte.subarray(0, n + 1) };
}

function build(b: Uint8Array, utf: boolean, keepCopy: boolean): Subject {
  const copy = keepCopy ? alignedCopy(b) : b;
  const writes = stringWrites.count;
  if (!utf) return { bytes: b, copy, writes, utf, text: decodeBytes(b), validEnd: b.length, toIndex: null, toByte: null };
  return { bytes: b, copy, writes, utf, ...decodeUtf8(b) };
}

/** The subject for s (owner: the VM, each has its own cache). */
export function subjectOf(owner: object, s: NekoString, utf: boolean): Subject {
  const b = s.b;
  if (b.length < CACHE_MIN) return build(b, utf, false);
  let cache = caches.get(owner);
  if (cache === undefined) caches.set(owner, (cache = []));
  for (let k = 0; k < cache.length; k++) {
    const e = cache[k];
    if (e.s === s && e.sub.bytes === b && e.sub.utf === utf) {
      if (e.sub.writes === stringWrites.count) return e.sub;
      // Some string was written to: trust the subject again if the whole of it is unchanged.
      if (sameBytes(b, e.sub.copy, 0, b.length)) {
        e.sub.writes = stringWrites.count;
        return e.sub;
      }
      cache.splice(k, 1);
      break;
    }
  }
  const sub = build(b, utf, true);
  cache.unshift({ s, sub });
  if (cache.length > CACHE_SIZE) cache.pop();
  return sub;
}
