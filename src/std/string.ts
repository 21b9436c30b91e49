// std.ndll string functions (neko libs/std/string.c): string_split, sprintf, url_encode,
// url_decode, base_encode, base_decode.

import { isArray, isFloat, isIntArg, isString } from "../builtins/check.js";
import type { BuiltinTable } from "../builtins/table.js";
import type { VM } from "../interp/vm.js";
import { valueToBuffer } from "../value/print.js";
import { ByteBuffer } from "../value/string.js";
import { NekoString, type Value } from "../value/value.js";

/** Split s at every occurrence of sep into a list of [piece, next] cells (null when empty). */
function stringSplit(_vm: VM, o: Value, s: Value): Value | undefined {
  if (!isString(s) || !isString(o)) return undefined;
  const src = o.text(), sep = s.text();
  const ilen = src.length, slen = sep.length;
  let first: Value[] | null = null;
  let last: Value[] | null = null;
  const push = (piece: NekoString) => {
    const cell: Value[] = [piece, null];
    if (last === null) first = cell;
    else last[1] = cell;
    last = cell;
  };
  let start = 0;
  if (slen === 0) {
    // every byte but the last is a piece of its own
    for (let pos = 1; pos <= ilen; pos++) {
      push(NekoString.of(src.substring(start, pos)));
      start = pos;
    }
    return first;
  }
  for (let pos = src.indexOf(sep); pos >= 0; pos = src.indexOf(sep, start)) {
    push(NekoString.of(src.substring(start, pos)));
    start = pos + slen;
  }
  // the tail; the input itself when no separator was met
  if (ilen > 0) push(start ? NekoString.of(src.substring(start)) : o);
  return first;
}

const HEX_UPPER = "0123456789ABCDEF";
const HEX_LOWER = "0123456789abcdef";

function pad(b: ByteBuffer, c: number, n: number): void {
  for (let i = 0; i < n; i++) b.addByte(c);
}

/** neko's own small printf: %s %d %x %X %c %b %f and %%, with width and precision. */
function sprintf(vm: VM, fmt: Value, params: Value): Value | undefined {
  if (!isString(fmt)) return undefined;
  const f = fmt.b;
  const end = f.length;
  // bytes past the end read as the C string's terminator
  const at = (i: number) => (i < end ? f[i] : 0);
  const b = new ByteBuffer(end + 16);
  let count = 0;
  let last = 0;
  let cur = 0;
  while (cur !== end) {
    if (f[cur] !== 37 /* % */) {
      cur++;
      continue;
    }
    b.addBytes(f.subarray(last, cur));
    cur++;
    let width = 0, prec = 0;
    while (at(cur) >= 48 && at(cur) <= 57) width = width * 10 + (f[cur++] - 48);
    if (at(cur) === 46 /* . */) {
      cur++;
      while (at(cur) >= 48 && at(cur) <= 57) prec = prec * 10 + (f[cur++] - 48);
    }
    const spec = at(cur);
    if (spec === 37) {
      // neko steps over "%%" twice, skipping the next char; past the end it reads
      // whatever follows the string, which we treat as an error
      b.addByte(37);
      cur++;
      if (cur >= end) return undefined;
    } else {
      let param: Value;
      if (count === 0 && !isArray(params)) {
        param = params;
        count++;
      } else if (!isArray(params) || params.length <= count) return undefined;
      else param = params[count++];
      switch (spec) {
        case 99: /* c */ {
          if (!isIntArg(param) || param < 0 || param > 255) return undefined;
          b.addByte(param);
          break;
        }
        case 100: /* d */
        case 120: /* x */
        case 88: /* X */ {
          if (!isIntArg(param)) return undefined;
          const hex = spec !== 100;
          let n = param;
          let sign = 0;
          let digits = "";
          if (!hex && n < 0) {
            sign = 1;
            prec--;
            n = -n;
          } else if (n === 0) digits = "0";
          if (hex) {
            const tbl = spec === 120 ? HEX_LOWER : HEX_UPPER;
            for (let nn = n >>> 0; nn > 0; nn >>>= 4) digits = tbl[nn & 15] + digits;
          } else for (; n > 0; n = Math.floor(n / 10)) digits = String.fromCharCode(48 + (n % 10)) + digits;
          const size = digits.length;
          const tsize = size > prec ? size : prec + sign;
          if (width > tsize) pad(b, 32, width - tsize);
          if (sign) b.addByte(45);
          if (prec > size) pad(b, 48, prec - size);
          b.addAscii(digits);
          break;
        }
        case 102: /* f */
          if (!isFloat(param)) return undefined;
          valueToBuffer(vm, b, param);
          break;
        case 115: /* s */ {
          if (!isString(param)) return undefined;
          const size = param.b.length;
          const tsize = size > prec ? size : prec;
          if (width > tsize) pad(b, 32, width - tsize);
          if (prec > size) pad(b, 32, prec - size);
          b.addBytes(param.b);
          break;
        }
        case 98: /* b */
          if (param !== true && param !== false) return undefined;
          b.addAscii(param ? "true" : "false");
          break;
        default:
          return undefined;
      }
    }
    cur++;
    last = cur;
  }
  b.addBytes(f.subarray(last, cur));
  return b.toNeko();
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function urlDecode(_vm: VM, v: Value): Value | undefined {
  if (!isString(v)) return undefined;
  const src = v.b;
  let len = src.length;
  const out = new Uint8Array(len);
  let pin = 0, pout = 0;
  while (len-- > 0) {
    let c = src[pin++];
    if (c === 43 /* + */) c = 32;
    else if (c === 37 /* % */) {
      if (len < 2) break;
      const p1 = hexDigit(src[pin++]);
      const p2 = hexDigit(src[pin++]);
      len -= 2;
      if (p1 < 0 || p2 < 0) continue;
      c = (p1 << 4) + p2;
    }
    out[pout++] = c;
  }
  return new NekoString(out.slice(0, pout));
}

function urlEncode(_vm: VM, v: Value): Value | undefined {
  if (!isString(v)) return undefined;
  const b = new ByteBuffer(v.b.length * 3 + 1);
  for (const c of v.b) {
    const plain = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c === 46;
    if (plain) b.addByte(c);
    else {
      b.addByte(37);
      b.addByte(HEX_UPPER.charCodeAt(c >> 4));
      b.addByte(HEX_UPPER.charCodeAt(c & 15));
    }
  }
  return b.toNeko();
}

/** Bits per digit of a base alphabet of this length, or -1 unless it is 2..256 and a power of two. */
function baseBits(len: number): number {
  let nbits = 1;
  while (len > 1 << nbits) nbits++;
  return nbits > 8 || len !== 1 << nbits ? -1 : nbits;
}

function baseEncode(_vm: VM, s: Value, base: Value): Value | undefined {
  if (!isString(s) || !isString(base)) return undefined;
  const nbits = baseBits(base.b.length);
  if (nbits < 0) return undefined;
  const src = s.b, chars = base.b;
  let size = Math.floor((src.length * 8 + nbits - 1) / nbits);
  const out = new Uint8Array(size);
  const mask = (1 << nbits) - 1;
  let buf = 0, curbits = 0, pin = 0, pout = 0;
  while (size-- > 0) {
    while (curbits < nbits) {
      curbits += 8;
      // the last group is completed with the string's terminating zero byte
      buf = ((buf << 8) | (pin < src.length ? src[pin] : 0)) & 0xffff;
      pin++;
    }
    curbits -= nbits;
    out[pout++] = chars[(buf >> curbits) & mask];
  }
  return new NekoString(out);
}

function baseDecode(_vm: VM, s: Value, base: Value): Value | undefined {
  if (!isString(s) || !isString(base)) return undefined;
  const nbits = baseBits(base.b.length);
  if (nbits < 0) return undefined;
  const tbl = new Int16Array(256).fill(-1);
  base.b.forEach((c, i) => (tbl[c] = i));
  const src = s.b;
  let size = Math.floor((src.length * nbits) / 8);
  const out = new Uint8Array(size);
  let buf = 0, curbits = 0, pin = 0, pout = 0;
  while (size-- > 0) {
    while (curbits < 8) {
      curbits += nbits;
      const i = tbl[src[pin++]];
      if (i < 0) return undefined;
      buf = ((buf << nbits) | i) & 0xffff;
    }
    curbits -= 8;
    out[pout++] = (buf >> curbits) & 0xff;
  }
  return new NekoString(out);
}

export const stringPrimitives: BuiltinTable = {
  string_split: [2, stringSplit],
  // string.c exports neko_sprintf under the name "sprintf"
  sprintf: [2, sprintf],
  url_decode: [1, urlDecode],
  url_encode: [1, urlEncode],
  base_encode: [2, baseEncode],
  base_decode: [2, baseDecode],
};
