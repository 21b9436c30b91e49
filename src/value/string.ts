// Byte-string helpers: conversions between Neko strings (bytes) and JS strings.

import { LimitExceeded, limitMessage } from "./limits.js";
import { NekoString } from "./value.js";

const encoder = new TextEncoder();
const decoder = new TextDecoder("utf-8");
const EMPTY_BYTES = new Uint8Array(0);

/**
 * Counts the writes into existing Neko strings ($sset, $sblit, file_read ...). Whatever is
 * derived from a string's bytes and kept (regexp.ndll's decoded subjects) can be trusted
 * while the count has not moved, and is checked against the bytes otherwise. A primitive
 * that writes into a string it did not just create must call noteStringWrite().
 */
export const stringWrites = { count: 0 };

export function noteStringWrite(): void {
  stringWrites.count++;
}

/** A new Neko string holding the UTF-8 bytes of a JS string. */
export function str(s: string): NekoString {
  let ascii = true;
  for (let i = 0; i < s.length; i++)
    if (s.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  if (!ascii) return new NekoString(encoder.encode(s));
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return new NekoString(b);
}

/** The bytes of a JS string in UTF-8. */
export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

/** A JS string from a Neko string's bytes (decoded as UTF-8, invalid bytes replaced). */
export function jsString(s: NekoString): string {
  return bytesToString(s.b);
}

export function bytesToString(b: Uint8Array): string {
  let ascii = true;
  for (let i = 0; i < b.length; i++)
    if (b[i] > 0x7f) {
      ascii = false;
      break;
    }
  return ascii ? latin1(b) : decoder.decode(b);
}

/** A JS string with one char per byte (latin1): lossless for any bytes. */
export function latin1(b: Uint8Array): string {
  let out = "";
  if (b.length <= 16) {
    // short strings (the common case): cheaper than fromCharCode.apply over a subarray
    for (let i = 0; i < b.length; i++) out += String.fromCharCode(b[i]);
    return out;
  }
  for (let i = 0; i < b.length; i += 8192) out += String.fromCharCode.apply(null, b.subarray(i, i + 8192) as unknown as number[]);
  return out;
}

export function emptyString(n: number): NekoString {
  return new NekoString(n === 0 ? EMPTY_BYTES : new Uint8Array(n));
}

/** Concatenate any number of byte arrays. */
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

/** Concatenate byte arrays into a new Neko string. */
export function concatBytes(a: Uint8Array, b: Uint8Array): NekoString {
  const r = new Uint8Array(a.length + b.length);
  r.set(a, 0);
  r.set(b, a.length);
  return new NekoString(r);
}

/** neko's scmp: memcmp's result (the difference of the first differing bytes, as glibc), else -1/0/1 by length. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = a.length < b.length ? a.length : b.length;
  for (let i = 0; i < n; i++) {
    const d = a[i] - b[i];
    if (d !== 0) return d;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

/** A growable byte buffer (neko's buffer). */
export class ByteBuffer {
  buf: Uint8Array;
  len = 0;
  /** The largest length the buffer may reach (an embedder's allocation limit, VM.maxAlloc). */
  limit = Infinity;
  constructor(cap = 64) {
    this.buf = new Uint8Array(cap);
  }
  private grow(need: number): void {
    if (need > this.limit) throw new LimitExceeded("alloc", limitMessage("alloc"));
    // V8 keeps typed arrays of up to 64 bytes in its heap and gives larger ones a separate,
    // much slower to allocate, backing store: past 64 bytes, grow straight to 1 KB
    let cap = this.buf.length <= 64 ? 1024 : this.buf.length * 2;
    while (cap < need) cap *= 2;
    const nb = new Uint8Array(cap);
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
  }
  addBytes(b: Uint8Array): void {
    const need = this.len + b.length;
    if (need > this.buf.length) this.grow(need);
    this.buf.set(b, this.len);
    this.len = need;
  }
  /** Append an ASCII/latin1 JS string (every char < 256). */
  addAscii(s: string): void {
    const need = this.len + s.length;
    if (need > this.buf.length) this.grow(need);
    const buf = this.buf;
    let p = this.len;
    for (let i = 0; i < s.length; i++) buf[p++] = s.charCodeAt(i);
    this.len = need;
  }
  addByte(c: number): void {
    if (this.len >= this.buf.length) this.grow(this.len + 1);
    this.buf[this.len++] = c;
  }
  toBytes(): Uint8Array {
    return this.buf.slice(0, this.len);
  }
  toNeko(): NekoString {
    return new NekoString(this.toBytes());
  }
}
