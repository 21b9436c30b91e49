// Byte-string helpers: conversions between Neko strings (bytes) and JS strings.

import { LimitExceeded, limitMessage } from "./limits.js";
import { latin1, NekoString, textBytes } from "./value.js";

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
  return ascii ? NekoString.of(s) : new NekoString(encoder.encode(s));
}

/** The bytes of a JS string in UTF-8. */
export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

/** A JS string from a Neko string's bytes (decoded as UTF-8, invalid bytes replaced). */
export function jsString(s: NekoString): string {
  const t = s.s;
  if (t !== null) {
    let ascii = true;
    for (let i = 0; i < t.length; i++)
      if (t.charCodeAt(i) > 0x7f) {
        ascii = false;
        break;
      }
    if (ascii) return t;
  }
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

export { latin1, textBytes };

/** neko max_string_size: (1 << 28) - 1 bytes; allocating a longer string is a failure. */
export const MAX_STRING_SIZE = (1 << 28) - 1;

/**
 * A string or buffer would pass MAX_STRING_SIZE where no VM is at hand (ByteBuffer);
 * asNekoThrow turns it into neko's failure "max_string_size reached".
 */
export class StringTooLong extends Error {
  constructor() {
    super("max_string_size reached");
  }
}

/**
 * Whether s still has the bytes it was made with, known without comparing: a string in the
 * JS form of more than one byte (writes turn it into bytes; a one-byte string stays text
 * when $sset writes it, see emptyString).
 */
export function neverWritten(s: NekoString): boolean {
  return s.s !== null && s.s.length !== 1;
}

export function emptyString(n: number): NekoString {
  // one byte as text: no byte array to make now, nor to read as text later (the common
  // one-byte string is a character about to be set, then concatenated or compared)
  if (n === 1) return NekoString.of("\0");
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

/** compareBytes of two Neko strings, in whichever form they are. */
export function compareStrings(x: NekoString, y: NekoString): number {
  const a = x.s, b = y.s;
  if (a !== null && b !== null) {
    if (a === b) return 0;
    const n = a.length < b.length ? a.length : b.length;
    for (let i = 0; i < n; i++) {
      const d = a.charCodeAt(i) - b.charCodeAt(i);
      if (d !== 0) return d;
    }
    return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
  }
  if (a === null && b === null) return compareBytes(x.b, y.b);
  const la = x.length, lb = y.length;
  const n = la < lb ? la : lb;
  for (let i = 0; i < n; i++) {
    const d = x.at(i) - y.at(i);
    if (d !== 0) return d;
  }
  return la === lb ? 0 : la < lb ? -1 : 1;
}

/** Whether two Neko strings hold the same bytes. */
export function sameString(x: NekoString, y: NekoString): boolean {
  const a = x.s, b = y.s;
  if (a !== null && b !== null) return a === b;
  return x.length === y.length && compareStrings(x, y) === 0;
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

/**
 * A growable byte buffer (neko's buffer), kept as a JS string of one char per byte: V8
 * appends to strings without copying, and the result becomes a Neko string as it is. Single
 * bytes gather in a small array first, so that adding a byte is not a string allocation.
 */
export class ByteBuffer {
  private acc = "";
  private pend: Uint8Array | null = null;
  private npend = 0;
  /** The largest length the buffer may reach (an embedder's allocation limit, VM.maxAlloc). */
  limit = Infinity;
  /** `_cap`: a size hint from callers written for neko's preallocated buffers (unused). */
  constructor(_cap = 64) {}
  get len(): number {
    return this.acc.length + this.npend;
  }
  private check(n: number): void {
    const total = this.acc.length + this.npend + n;
    if (total > this.limit) throw new LimitExceeded("alloc", limitMessage("alloc"));
    // neko fails when the buffer becomes a string; a JS string cannot grow much further
    if (total > MAX_STRING_SIZE) throw new StringTooLong();
  }
  private flush(): void {
    const n = this.npend;
    const p = this.pend!;
    this.npend = 0;
    // latin1 of the first n: short runs (a char or a few between strings, as JSON quoting
    // adds them) need no subarray
    this.acc += latin1(p, n);
  }
  addBytes(b: Uint8Array): void {
    this.check(b.length);
    if (this.npend !== 0) this.flush();
    this.acc += latin1(b);
  }
  /** Append a JS string of chars below 256 (one byte each). */
  addText(s: string): void {
    this.check(s.length);
    if (this.npend !== 0) this.flush();
    this.acc += s;
  }
  /** Append an ASCII/latin1 JS string (every char < 256). */
  addAscii(s: string): void {
    this.addText(s);
  }
  addString(s: NekoString): void {
    this.addText(s.text());
  }
  addByte(c: number): void {
    this.check(1);
    if (this.npend === 64) this.flush();
    const p = this.pend ?? (this.pend = new Uint8Array(64));
    p[this.npend++] = c;
  }
  /** The contents as a JS string of one char per byte. */
  text(): string {
    if (this.npend !== 0) this.flush();
    return this.acc;
  }
  toBytes(): Uint8Array {
    return textBytes(this.text());
  }
  toNeko(): NekoString {
    return NekoString.of(this.text());
  }
}
