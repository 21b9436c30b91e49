// std.ndll Unicode functions (neko libs/std/unicode.c) over the encodings ascii (0),
// iso-latin1 (1), utf8 (2), ucs2-be/le (3/4), utf16-be/le (5/6), utf32-be/le (7/8).
//
// neko 2.3's implementation has many defects, reproduced here because programs observe
// them: unicode_buf_add never advances (buffers stay empty), UTF-8 decoding mixes in the
// lead byte and does not move past ASCII chars, UTF-8 encoding of U+0080..U+07FF drops the
// marker bits, UTF-16 is never written, UTF-8 comparison of equal prefixes throws "Not
// implemented", UCS-2/UTF-32 bounds are checked against size << n instead of size >> n.
// Where neko reads outside a table or a string (undefined behaviour in C), this file uses
// the sensible value: bytes past the end read as 0, UTF-8 lengths of chars >= U+0100 are
// the real ones, an unreachable position is an invalid char.

import { isFunctionOf, isIntArg, isKind, isString } from "../builtins/check.js";
import { newString } from "../builtins/strings.js";
import type { BuiltinTable } from "../builtins/table.js";
import type { VM } from "../interp/vm.js";
import { Kind, NekoAbstract, NekoString, type Value } from "../value/value.js";
import { toLowerCode, toUpperCode } from "./unicase.js";

/** neko's k_uni_buf. */
export const unicodeBufKind = new Kind("uni_buf");

const enum Enc {
  Ascii = 0,
  Latin1 = 1,
  Utf8 = 2,
  Ucs2Be = 3,
  Ucs2Le = 4,
  Utf16Be = 5,
  Utf16Le = 6,
  Utf32Be = 7,
  Utf32Le = 8,
}

const INVALID = 0xffffffff;
const CODELEN = [1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 2, 2, 3, 4];

/** IS_BE on a little-endian host: the odd encodings are big-endian. */
function isBE(e: Enc): boolean {
  return (e & 1) === 1;
}

function encoding(vm: VM, v: Value): Enc {
  if (!isIntArg(v) || v < 0 || v >= 9) throw vm.throwString("Invalid encoding value");
  return v as Enc;
}

function byteAt(s: Uint8Array, i: number): number {
  return i >= 0 && i < s.length ? s[i] : 0;
}

/** A native (little-endian) 16-bit read. */
function u16(s: Uint8Array, i: number): number {
  return byteAt(s, i) | (byteAt(s, i + 1) << 8);
}

function u32(s: Uint8Array, i: number): number {
  return (u16(s, i) | (u16(s, i + 2) << 16)) >>> 0;
}

function swap16(v: number): number {
  return ((v >> 8) | ((v << 8) & 0xff00)) & 0xffff;
}

function swap32(v: number): number {
  return ((v >>> 24) | ((v >>> 8) & 0xff00) | ((v << 8) & 0xff0000) | (v << 24)) >>> 0;
}

function utf8Len(c: number): number {
  if (c < 0x100) return CODELEN[c >> 4];
  return c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

function charSize(c: number, e: Enc): number {
  switch (e) {
    case Enc.Ascii:
      return c >= 0x80 ? 0 : 1;
    case Enc.Latin1:
      return c >= 0x100 ? 0 : 1;
    case Enc.Ucs2Le:
    case Enc.Ucs2Be:
      return c >= 0x10000 ? 0 : 2;
    case Enc.Utf16Le:
    case Enc.Utf16Be:
      return c >= 0x110000 ? 0 : c >= 0x10000 ? 4 : 2;
    case Enc.Utf32Le:
    case Enc.Utf32Be:
      return 4;
    case Enc.Utf8:
      return c >= 0x200000 ? 0 : utf8Len(c);
  }
}

/** Write c at s[p..]: what neko's uchar_set writes (nothing for UTF-16). */
function setChar(s: Uint8Array, p: number, e: Enc, c: number): void {
  const put = (i: number, b: number) => {
    if (p + i < s.length) s[p + i] = b & 0xff;
  };
  switch (e) {
    case Enc.Ascii:
    case Enc.Latin1:
      put(0, c);
      break;
    case Enc.Utf8:
      if (c < 0x80) put(0, c);
      else if (c < 0x800) {
        put(0, c >> 6);
        put(1, c & 63);
      } else if (c < 0x10000) {
        put(0, 0xe0 | (c >> 12));
        put(1, 0x80 | ((c >> 6) & 63));
        put(2, 0x80 | (c & 63));
      } else {
        put(0, 0xf0 | (c >>> 18));
        put(1, 0x80 | ((c >> 12) & 63));
        put(2, 0x80 | ((c >> 6) & 63));
        put(3, 0x80 | (c & 63));
      }
      break;
    case Enc.Ucs2Le:
    case Enc.Ucs2Be: {
      const v = isBE(e) ? swap16(c) : c;
      put(0, v);
      put(1, v >> 8);
      break;
    }
    case Enc.Utf32Le:
    case Enc.Utf32Be: {
      const v = isBE(e) ? swap32(c) : c;
      for (let i = 0; i < 4; i++) put(i, v >>> (8 * i));
      break;
    }
  }
}

/** neko's uchar_pos: the offset of char number pos from `from` within `size` bytes, or -1. */
function charPos(s: Uint8Array, from: number, size: number, e: Enc, pos: number): number {
  if (pos < 0) return -1;
  switch (e) {
    case Enc.Ascii:
    case Enc.Latin1:
      return pos > size ? -1 : from + pos;
    case Enc.Ucs2Le:
    case Enc.Ucs2Be:
      return pos > size >> 1 ? -1 : from + pos * 2;
    case Enc.Utf32Le:
    case Enc.Utf32Be:
      return pos > size >> 2 ? -1 : from + pos * 4;
    case Enc.Utf16Le:
    case Enc.Utf16Be: {
      const end = from + size;
      const dec = isBE(e) ? 0 : 8;
      let p = from;
      while (p + 1 < end && pos-- > 0) p += ((u16(s, p) >> dec) & 0xfc) === 0xd8 ? 4 : 2;
      return p > end ? -1 : p;
    }
    case Enc.Utf8: {
      const end = from + size;
      let p = from;
      while (p < end && pos-- > 0) {
        const l = CODELEN[byteAt(s, p) >> 4];
        if (l === 0) return -1;
        p += l;
      }
      return p > end ? -1 : p;
    }
  }
}

/** neko's uchar_get from offset `from` (size bytes left): [char or INVALID, next offset]. */
function getChar(s: Uint8Array, from: number, size: number, e: Enc, pos: number): [number, number] {
  if (pos < 0) return [INVALID, from];
  let p = from;
  let c: number;
  switch (e) {
    case Enc.Ascii:
    case Enc.Latin1:
      if (pos >= size) return [INVALID, from];
      c = byteAt(s, p + pos);
      return [c, p + pos + 1];
    case Enc.Ucs2Le:
    case Enc.Ucs2Be:
      if (pos >= size << 1) return [INVALID, from];
      c = u16(s, p + pos * 2);
      return [isBE(e) ? swap16(c) : c, p + pos * 2 + 2];
    case Enc.Utf32Le:
    case Enc.Utf32Be:
      if (pos >= size << 2) return [INVALID, from];
      c = u32(s, p + pos * 4);
      return [isBE(e) ? swap32(c) : c, p + pos * 4 + 4];
    case Enc.Utf16Le:
    case Enc.Utf16Be: {
      if (pos > 0) {
        const p2 = charPos(s, p, size, e, pos);
        if (p2 < 0) return [INVALID, from];
        size = p + size - p2;
        p = p2;
      }
      if (size < 2) return [INVALID, from];
      c = u16(s, p);
      p += 2;
      if (isBE(e)) c = swap16(c);
      if ((c & 0xfc00) === 0xd800) {
        if (size < 4) return [INVALID, from];
        let c2 = u16(s, p);
        p += 2;
        if (isBE(e)) c2 = swap16(c2);
        if ((c2 & 0xfc00) !== 0xdc00) return [INVALID, from];
        c = ((((c & 0x3fff) << 10) | (c2 & 0x3fff)) + 0x10000) >>> 0;
      }
      return [c, p];
    }
    case Enc.Utf8: {
      if (pos > 0) {
        const p2 = charPos(s, p, size, e, pos);
        if (p2 < 0) return [INVALID, from];
        size = p + size - p2;
        p = p2;
      }
      if (size < 1) return [INVALID, from];
      c = byteAt(s, p);
      if (c >= 0x80) {
        const len = CODELEN[c >> 4];
        if (len === 0 || size < len) return [INVALID, from];
        // neko decodes from the lead byte itself and steps one byte short
        if (c < 0xe0) {
          c = ((c & 0x3f) << 6) | (byteAt(s, p) & 0x7f);
          p += 1;
        } else if (c < 0xf0) {
          c = ((c & 0x1f) << 12) | ((byteAt(s, p) & 0x7f) << 6) | (byteAt(s, p + 1) & 0x7f);
          p += 2;
        } else {
          c = ((c & 0x0f) << 18) | ((byteAt(s, p) & 0x7f) << 12) | ((byteAt(s, p + 1) & 0x7f) << 6) | (byteAt(s, p + 2) & 0x7f);
          p += 3;
        }
      }
      return [c, p];
    }
  }
}

interface UniBuf {
  buf: NekoString;
  enc: Enc;
  pos: number;
  nchars: number;
}

function uniBuf(v: Value): UniBuf | undefined {
  return isKind(v, unicodeBufKind) ? (v.data as UniBuf) : undefined;
}

function growTo(vm: VM, s: Uint8Array, len: number): Uint8Array {
  const r = newString(vm, len).b;
  r.set(s.subarray(0, Math.min(s.length, len)));
  return r;
}

/** The growth of unicode_convert / lower / upper outputs: +25%, at least 10 bytes. */
function expandLen(len: number): number {
  const len2 = (len * 5) >> 2;
  return len2 - len < 10 ? len + 10 : len2;
}

/**
 * Re-encode each char of s through `map` (convert, lower, upper). A char read without moving
 * forward repeats forever in neko: the output grows until neko's string size limit fails.
 */
function transcode(vm: VM, s: Uint8Array, e: Enc, eTo: Enc, initial: number, map: (c: number) => number, invalid: () => never | void): NekoString {
  let len = initial;
  let out = newString(vm, len).b;
  let pos = 0;
  let p = 0;
  while (p < s.length) {
    const [raw, next] = getChar(s, p, s.length - p, e, 0);
    if (raw === INVALID) invalid();
    let c = map(raw);
    let k = charSize(c, eTo);
    if (k === 0 && e !== eTo) {
      c = eTo === Enc.Latin1 || eTo === Enc.Ascii ? 63 : 0xfffd;
      k = charSize(c, eTo);
    }
    if (next === p) {
      if (k === 0) for (;;); // neko spins here without end
      throw vm.failure("max_string_size reached", "alloc.c", 177);
    }
    if (pos + k > len) {
      len = expandLen(len);
      out = growTo(vm, out, len);
    }
    setChar(out, pos, eTo, c);
    pos += k;
    p = next;
  }
  return new NekoString(out.slice(0, pos));
}

function validate(vm: VM, str: Value, enc: Value): Value | undefined {
  if (!isString(str)) return undefined;
  const s = str.b;
  const l = s.length;
  const e = encoding(vm, enc);
  switch (e) {
    case Enc.Ascii:
      // neko breaks out of the switch after the loop and reaches "return false"
      return false;
    case Enc.Latin1:
      return true;
    case Enc.Ucs2Le:
      return byteAt(s, 0) === 0xfe && byteAt(s, 1) === 0xff ? false : (l & 1) === 0;
    case Enc.Ucs2Be:
      return byteAt(s, 0) === 0xff && byteAt(s, 1) === 0xfe ? false : (l & 1) === 0;
    case Enc.Utf32Le:
      return l >= 4 && s[0] === 0 && s[1] === 0 && s[2] === 0xfe && s[3] === 0xff ? false : (l & 3) === 0;
    case Enc.Utf32Be:
      return l >= 4 && s[0] === 0xff && s[1] === 0xfe && s[2] === 0 && s[3] === 0 ? false : (l & 3) === 0;
    case Enc.Utf16Le:
    case Enc.Utf16Be: {
      // the BOM tested is the opposite order's; both variants look at the second byte
      if (e === Enc.Utf16Le ? byteAt(s, 0) === 0xfe && byteAt(s, 1) === 0xff : byteAt(s, 0) === 0xff && byteAt(s, 1) === 0xfe) return false;
      let p = 0;
      while (p + 1 < l) {
        if (((u16(s, p) >> 8) & 0xfc) === 0xd8) {
          if (p + 3 >= l) return false;
          if (((u16(s, p + 2) >> 8) & 0xfc) !== 0xdc) return false;
          p += 4;
        } else p += 2;
      }
      return p === l;
    }
    case Enc.Utf8: {
      let p = 0;
      while (p < l) {
        const n = CODELEN[s[p] >> 4];
        if (n === 0) return false;
        p += n;
      }
      return p === l;
    }
  }
}

function length(vm: VM, str: Value, enc: Value): Value | undefined {
  if (!isString(str)) return undefined;
  const s = str.b;
  const l = s.length;
  const e = encoding(vm, enc);
  switch (e) {
    case Enc.Ascii:
    case Enc.Latin1:
      return l;
    case Enc.Ucs2Le:
    case Enc.Ucs2Be:
      return l >> 1;
    case Enc.Utf32Le:
    case Enc.Utf32Be:
      return l >> 2;
    case Enc.Utf16Le:
    case Enc.Utf16Be: {
      const dec = isBE(e) ? 0 : 8;
      let p = 0, count = 0;
      while (p + 1 < l) {
        p += ((u16(s, p) >> dec) & 0xfc) === 0xd8 ? 4 : 2;
        count++;
      }
      return p > l ? count - 1 : count;
    }
    case Enc.Utf8: {
      let p = 0, count = 0;
      while (p < l) {
        p += CODELEN[s[p] >> 4] || 1;
        count++;
      }
      return p > l ? count - 1 : count;
    }
  }
}

/** neko's unicode_compare; "undefined" is neko_error, a throw is TODO()'s "Not implemented". */
function compare(vm: VM, a: Value, b: Value, enc: Value): Value | undefined {
  if (!isString(a) || !isString(b)) return undefined;
  const s1 = a.b, s2 = b.b;
  const l1 = s1.length, l2 = s2.length;
  let l = l1 < l2 ? l1 : l2;
  const e = encoding(vm, enc);
  const tail = () => (l1 !== l2 ? (l1 > l2 ? 1 : -1) : 0);
  switch (e) {
    case Enc.Latin1:
    case Enc.Ascii:
    case Enc.Ucs2Be:
    case Enc.Utf32Be:
      for (let i = 0; i < l; i++) if (s1[i] !== s2[i]) return s1[i] - s2[i];
      return tail();
    case Enc.Ucs2Le:
      for (let i = 0; i < l >> 1; i++) {
        const d = u16(s1, 2 * i) - u16(s2, 2 * i);
        if (d !== 0) return d < 0 ? -1 : 1;
      }
      return tail();
    case Enc.Utf32Le:
      for (let i = 0; i < l >> 2; i++) {
        const d = (u32(s1, 4 * i) - u32(s2, 4 * i)) | 0;
        if (d !== 0) return d < 0 ? -1 : 1;
      }
      return tail();
    case Enc.Utf16Be:
    case Enc.Utf16Le: {
      const end1 = l1 >> 1, end2 = l2 >> 1;
      let i1 = 0, i2 = 0;
      while (i1 < end1 && i2 < end2) {
        let c1 = u16(s1, 2 * i1++), c2 = u16(s2, 2 * i2++);
        if (isBE(e)) {
          c1 = swap16(c1);
          c2 = swap16(c2);
        }
        // neko keeps the combined surrogate pair in an unsigned short
        if ((c1 & 0xfc00) === 0xd800) {
          if (i1 === end1) return undefined;
          c1 = ((((c1 & 0x3fff) << 10) | (u16(s1, 2 * i1++) & 0x3fff)) + 0x10000) & 0xffff;
        }
        if ((c2 & 0xfc00) === 0xd800) {
          if (i2 === end2) return undefined;
          c2 = ((((c2 & 0x3fff) << 10) | (u16(s2, 2 * i2++) & 0x3fff)) + 0x10000) & 0xffff;
        }
        const d = c1 - c2;
        if (d !== 0) return d < 0 ? -1 : 1;
      }
      const d = end1 - i1 - (end2 - i2);
      return d === 0 ? 0 : d < 0 ? -1 : 1;
    }
    case Enc.Utf8: {
      let p = 0;
      while (l-- !== 0) {
        const c1 = s1[p], c2 = s2[p];
        p++;
        if (c1 !== c2) return c1 > c2 ? -1 : 1;
        if (c1 < 0x7f) continue;
        if (c1 < 0xc0) return undefined;
        const extra = c1 < 0xe0 ? 1 : c1 < 0xf0 ? 2 : 3;
        l -= extra;
        if (l < 0) return undefined;
        for (let k = 0; k < extra; k++, p++) if (s1[p] !== s2[p]) return byteAt(s1, p) > byteAt(s2, p) ? -1 : 1;
      }
      // the UTF-8 case falls into neko's default branch
      throw vm.throwString("Not implemented");
    }
  }
}

function caseMap(vm: VM, str: Value, enc: Value, map: (c: number) => number, max: number): Value | undefined {
  if (!isString(str)) return undefined;
  const e = encoding(vm, enc);
  // neko maps only the chars its tables cover: LMAX/UMAX blocks of 64
  const mapped = (c: number) => (c >>> 6 < max ? map(c) : c);
  return transcode(vm, str.b, e, e, str.b.length, mapped, () => undefined);
}

export const unicodePrimitives: BuiltinTable = {
  unicode_buf_alloc: [
    2,
    (vm: VM, size: Value, enc: Value) => {
      if (!isIntArg(size) || size < 0) return undefined;
      const buf = newString(vm, size);
      const b: UniBuf = { buf, pos: 0, nchars: 0, enc: encoding(vm, enc) };
      return new NekoAbstract(unicodeBufKind, b);
    },
  ],
  unicode_buf_add: [
    2,
    (vm: VM, buf: Value, uc: Value) => {
      const b = uniBuf(buf);
      if (b === undefined || !isIntArg(uc)) return undefined;
      const c = uc >>> 0;
      const req = charSize(c, b.enc);
      if (req === 0) throw vm.throwString("Unicode char outside of encoding range");
      if (b.pos + req > b.buf.b.length) {
        const len = b.buf.b.length;
        let size2 = (len * 3) >> 1;
        if (size2 - len < 10) size2 = len + 10;
        b.buf = new NekoString(growTo(vm, b.buf.b, size2));
      }
      // neko writes the char at pos but never advances pos nor counts it
      setChar(b.buf.b, b.pos, b.enc, c);
      return null;
    },
  ],
  unicode_buf_content: [
    1,
    (_vm: VM, buf: Value) => {
      const b = uniBuf(buf);
      if (b === undefined) return undefined;
      b.buf.b = b.buf.b.subarray(0, b.pos);
      return b.buf;
    },
  ],
  unicode_buf_length: [1, (_vm: VM, buf: Value) => uniBuf(buf)?.nchars],
  unicode_buf_size: [1, (_vm: VM, buf: Value) => uniBuf(buf)?.pos],
  unicode_get: [
    3,
    (vm: VM, str: Value, enc: Value, pos: Value) => {
      if (!isString(str) || !isIntArg(pos)) return undefined;
      const [c] = getChar(str.b, 0, str.b.length, encoding(vm, enc), pos);
      return c === INVALID ? undefined : c | 0;
    },
  ],
  unicode_validate: [2, validate],
  unicode_iter: [
    3,
    (vm: VM, str: Value, enc: Value, f: Value) => {
      if (!isString(str) || !isFunctionOf(f, 1)) return undefined;
      const e = encoding(vm, enc);
      const s = str.b;
      let p = 0;
      while (p < s.length) {
        const [c, next] = getChar(s, p, s.length - p, e, 0);
        if (c === INVALID) return undefined;
        vm.call(f, [c | 0]);
        p = next;
      }
      return null;
    },
  ],
  unicode_length: [2, length],
  unicode_compare: [3, compare],
  unicode_sub: [
    4,
    (vm: VM, str: Value, enc: Value, vpos: Value, vlen: Value) => {
      if (!isString(str) || !isIntArg(vpos) || !isIntArg(vlen)) return undefined;
      const e = encoding(vm, enc);
      const s = str.b;
      const start = charPos(s, 0, s.length, e, vpos);
      if (start < 0) return undefined;
      const end = charPos(s, start, s.length - start, e, vlen);
      if (end < 0) return undefined;
      return new NekoString(s.slice(start, end));
    },
  ],
  unicode_convert: [
    3,
    (vm: VM, str: Value, enc: Value, toEnc: Value) => {
      if (!isString(str)) return undefined;
      const s = str.b;
      const e = encoding(vm, enc);
      const eTo = encoding(vm, toEnc);
      if (e === eTo) return str;
      let len = e === Enc.Latin1 || e === Enc.Utf8 || e === Enc.Ascii ? s.length : e <= Enc.Utf16Le ? s.length >> 1 : s.length >> 2;
      if (eTo >= Enc.Ucs2Be && eTo <= Enc.Utf16Le) len *= 2;
      else if (eTo >= Enc.Utf32Be) len *= 4;
      return transcode(vm, s, e, eTo, len, (c) => c, () => {
        throw vm.throwString("Input string is not correctly encoded");
      });
    },
  ],
  unicode_lower: [2, (vm: VM, str: Value, enc: Value) => caseMap(vm, str, enc, toLowerCode, 1123)],
  unicode_upper: [2, (vm: VM, str: Value, enc: Value) => caseMap(vm, str, enc, toUpperCode, 1124)],
};
