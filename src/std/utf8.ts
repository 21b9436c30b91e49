// std.ndll UTF-8 functions (neko libs/std/utf8.c). Like neko, decoding trusts the lead
// bytes (only utf8_validate checks continuation bytes) and keeps neko's exact decoding
// masks; a string read past its end sees the C terminator, a zero byte.

import { isFunctionOf, isIntArg, isKind, isString } from "../builtins/check.js";
import { newString } from "../builtins/strings.js";
import type { BuiltinTable } from "../builtins/table.js";
import type { VM } from "../interp/vm.js";
import { Kind, NekoAbstract, NekoString, type Value } from "../value/value.js";

/** neko's k_ubuf. */
export const utf8BufKind = new Kind("ubuf");

interface UBuf {
  buf: NekoString;
  pos: number;
  nesc: number;
}

function ubuf(v: Value): UBuf | undefined {
  return isKind(v, utf8BufKind) ? (v.data as UBuf) : undefined;
}

/** Grow by an estimate of the bytes per char seen so far (at least 10). */
function grow(b: UBuf): void {
  const len = b.buf.b.length;
  let nbytes = Math.trunc((b.nesc + b.pos * 2 - 1) / (b.pos ? b.pos : 1));
  if (nbytes < 10) nbytes = 10;
  const nb = new Uint8Array(len + nbytes);
  nb.set(b.buf.b);
  b.buf = new NekoString(nb);
}

function bufAdd(_vm: VM, buf: Value, uchar: Value): Value | undefined {
  const b = ubuf(buf);
  if (b === undefined || !isIntArg(uchar)) return undefined;
  const c = uchar >>> 0;
  if (c <= 0x7f) {
    if (b.pos >= b.buf.b.length) grow(b);
    b.buf.b[b.pos++] = c;
    return true;
  }
  if (b.pos + 4 > b.buf.b.length) grow(b);
  const s = b.buf.b;
  if (c <= 0x7ff) {
    b.nesc += 1;
    s[b.pos++] = 0xc0 | (c >> 6);
    s[b.pos++] = 0x80 | (c & 63);
  } else if (c <= 0xffff) {
    b.nesc += 2;
    s[b.pos++] = 0xe0 | (c >> 12);
    s[b.pos++] = 0x80 | ((c >> 6) & 63);
    s[b.pos++] = 0x80 | (c & 63);
  } else if (c <= 0x10ffff) {
    b.nesc += 3;
    s[b.pos++] = 0xf0 | (c >> 18);
    s[b.pos++] = 0x80 | ((c >> 12) & 63);
    s[b.pos++] = 0x80 | ((c >> 6) & 63);
    s[b.pos++] = 0x80 | (c & 63);
  } else return undefined;
  return true;
}

function validate(_vm: VM, v: Value): Value | undefined {
  if (!isString(v)) return undefined;
  const s = v.b;
  const at = (i: number) => (i < s.length ? s[i] : 0);
  let l = s.length;
  let p = 0;
  while (l-- !== 0) {
    const c = s[p++];
    if (c < 0x80) continue;
    if (c < 0xc0) return false;
    const extra = c < 0xe0 ? 1 : c < 0xf0 ? 2 : 3;
    for (let k = 0; k < extra; k++) if ((at(p++) & 0x80) !== 0x80) return false;
    l -= extra;
  }
  return true;
}

/** The byte length of the char led by c, or 0 for a continuation byte. */
function leadLength(c: number): number {
  return c < 0x80 ? 1 : c < 0xc0 ? 0 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}

function length(_vm: VM, v: Value): Value | undefined {
  if (!isString(v)) return undefined;
  let l = v.length, p = 0, count = 0;
  while (l > 0) {
    const n = leadLength(v.at(p));
    if (n === 0) return undefined;
    count++;
    l -= n;
    p += n;
  }
  return l < 0 ? undefined : count;
}

function sub(_vm: VM, v: Value, pos: Value, len: Value): Value | undefined {
  if (!isString(v) || !isIntArg(pos) || !isIntArg(len)) return undefined;
  const s = v.b;
  let l = s.length, p = 0;
  if (pos < 0) return undefined;
  for (let count = pos; count-- !== 0 && l > 0; ) {
    const n = leadLength(s[p]);
    if (n === 0) return undefined;
    l -= n;
    p += n;
  }
  if (l < 0) return undefined;
  const start = p;
  if (len < 0) return undefined;
  for (let count = len; count-- !== 0 && l > 0; ) {
    const n = leadLength(s[p]);
    if (n === 0) return undefined;
    l -= n;
    p += n;
  }
  if (l < 0) return undefined;
  return new NekoString(s.slice(start, p));
}

/**
 * Decode the char led by s[p] with neko's masks; returns [code, byteLength], or null for a
 * continuation byte or a truncated char (both errors).
 */
function decodeAt(s: Uint8Array, p: number, left: number): [number, number] | null {
  const c = s[p];
  if (c < 0x80) return [c, 1];
  if (c < 0xc0) return null;
  if (c < 0xe0) return left < 2 ? null : [((c & 0x3f) << 6) | (s[p + 1] & 0x7f), 2];
  if (c < 0xf0) return left < 3 ? null : [((c & 0x1f) << 12) | ((s[p + 1] & 0x7f) << 6) | (s[p + 2] & 0x7f), 3];
  return left < 4 ? null : [((c & 0x0f) << 18) | ((s[p + 1] & 0x7f) << 12) | ((s[p + 2] & 0x7f) << 6) | (s[p + 3] & 0x7f), 4];
}

function get(_vm: VM, v: Value, pos: Value): Value | undefined {
  if (!isIntArg(pos) || !isString(v)) return undefined;
  if (pos < 0) return undefined;
  const s = v.b;
  let p = 0, n = pos;
  while (p < s.length) {
    const d = decodeAt(s, p, s.length - p);
    if (d === null) return undefined;
    if (n-- === 0) return d[0];
    p += d[1];
  }
  return undefined;
}

function iter(vm: VM, v: Value, f: Value): Value | undefined {
  if (!isString(v) || !isFunctionOf(f, 1)) return undefined;
  const s = v.b;
  let p = 0;
  while (p < s.length) {
    const d = decodeAt(s, p, s.length - p);
    if (d === null) return undefined;
    vm.call(f, [d[0]]);
    p += d[1];
  }
  return true;
}

function compare(_vm: VM, a: Value, b: Value): Value | undefined {
  if (!isString(a) || !isString(b)) return undefined;
  const s1 = a.b, s2 = b.b;
  const l1 = s1.length, l2 = s2.length;
  let l = l1 < l2 ? l1 : l2;
  let p = 0;
  while (l-- !== 0) {
    const c1 = s1[p], c2 = s2[p];
    p++;
    if (c1 !== c2) return c1 > c2 ? 1 : -1;
    // neko tests "< 0x7F": the byte 0x7F itself is taken for a continuation byte
    if (c1 < 0x7f) continue;
    if (c1 < 0xc0) return undefined;
    const extra = c1 < 0xe0 ? 1 : c1 < 0xf0 ? 2 : 3;
    l -= extra;
    if (l < 0) return undefined;
    for (let k = 0; k < extra; k++, p++) if (s1[p] !== s2[p]) return s1[p] > s2[p] ? 1 : -1;
  }
  if (l1 !== l2) return l1 > l2 ? 1 : -1;
  return 0;
}

export const utf8Primitives: BuiltinTable = {
  utf8_buf_alloc: [
    1,
    (vm: VM, size: Value) => {
      if (!isIntArg(size) || size < 0) return undefined;
      const b: UBuf = { buf: newString(vm, size), pos: 0, nesc: 0 };
      return new NekoAbstract(utf8BufKind, b);
    },
  ],
  utf8_buf_add: [2, bufAdd],
  // the buffer's own string, cut to the used length (as neko, not a copy)
  utf8_buf_content: [
    1,
    (_vm: VM, buf: Value) => {
      const b = ubuf(buf);
      if (b === undefined) return undefined;
      b.buf.b = b.buf.b.subarray(0, b.pos);
      return b.buf;
    },
  ],
  utf8_buf_length: [
    1,
    (_vm: VM, buf: Value) => {
      const b = ubuf(buf);
      return b === undefined ? undefined : ((b.pos - b.nesc) << 1) >> 1;
    },
  ],
  utf8_buf_size: [
    1,
    (_vm: VM, buf: Value) => {
      const b = ubuf(buf);
      return b === undefined ? undefined : b.pos;
    },
  ],
  utf8_get: [2, get],
  utf8_validate: [1, validate],
  utf8_iter: [2, iter],
  utf8_length: [1, length],
  utf8_compare: [2, compare],
  utf8_sub: [3, sub],
};
