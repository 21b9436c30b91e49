// The lexical half of the PCRE parser (parse.ts): a cursor over the pattern's characters,
// the escapes that stand for characters or character types, and character classes. Also
// strict UTF-8 decoding, which PCRE applies to patterns and subjects in UTF-8 mode.

import { type CharSet, type Newline, type Node, PcreError } from "./ast.js";
import { checkRange, complement, MAX_BYTE, MAX_UNICODE, normalize, posixRanges, property, typeRanges } from "./charsets.js";

export interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
  x: boolean;
  U: boolean;
  X: boolean;
  J: boolean;
}

export const BS = 0x5c, LPAR = 0x28, RPAR = 0x29, LBRACK = 0x5b, RBRACK = 0x5d, LBRACE = 0x7b, RBRACE = 0x7d;
export const Q = 0x3f, STAR = 0x2a, PLUS = 0x2b, BAR = 0x7c, MINUS = 0x2d, COLON = 0x3a, HAT = 0x5e;

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
export function isWordChar(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}
export function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
export function hexVal(c: number): number {
  if (isDigit(c)) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

export function unsupported(what: string): PcreError {
  return new PcreError(`${what} is not supported by nekovm`);
}

/** Strict UTF-8 decoding (what PCRE accepts); null if the bytes are not valid UTF-8. */
export function decodeUtf8(b: Uint8Array): number[] | null {
  const out: number[] = [];
  for (let i = 0; i < b.length; ) {
    const n = utf8Length(b, i);
    if (n < 0) return null;
    out.push(n === 1 ? b[i] : utf8Value(b, i, n));
    i += n;
  }
  return out;
}

/** The length of the valid UTF-8 sequence at b[i], or -1. */
export function utf8Length(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  let n: number, min: number;
  if (c >= 0xc2 && c <= 0xdf) (n = 2), (min = 0x80);
  else if (c >= 0xe0 && c <= 0xef) (n = 3), (min = 0x800);
  else if (c >= 0xf0 && c <= 0xf4) (n = 4), (min = 0x10000);
  else return -1;
  if (i + n > b.length) return -1;
  for (let k = 1; k < n; k++) if ((b[i + k] & 0xc0) !== 0x80) return -1;
  const v = utf8Value(b, i, n);
  if (v < min || v > MAX_UNICODE || (v >= 0xd800 && v <= 0xdfff)) return -1;
  return n;
}

function utf8Value(b: Uint8Array, i: number, n: number): number {
  let v = b[i] & (n === 2 ? 0x1f : n === 3 ? 0x0f : 0x07);
  for (let k = 1; k < n; k++) v = (v << 6) | (b[i + k] & 0x3f);
  return v;
}

/** The pattern's characters, the cursor, the options in force; escapes and classes. */
export class Scanner {
  p = 0;

  constructor(
    readonly s: number[],
    readonly utf: boolean,
    readonly newline: Newline,
    public f: Flags,
  ) {}

  /** Whether s[k] starts a {n}, {n,} or {n,m} quantifier (otherwise "{" is a literal). */
  isCountedRepeat(k: number): boolean {
    const s = this.s;
    if (s[k] !== LBRACE) return false;
    k++;
    if (!isDigit(s[k])) return false;
    while (isDigit(s[k])) k++;
    if (s[k] === RBRACE) return true;
    if (s[k] !== 0x2c) return false;
    k++;
    while (isDigit(s[k])) k++;
    return s[k] === RBRACE;
  }

  at(o = 0): number {
    const k = this.p + o;
    return k < this.s.length ? this.s[k] : -1;
  }

  /** Octal digits (up to max of them) at the cursor. */
  readOctal(max: number): number {
    let v = 0;
    for (let k = 0; k < max && this.at() >= 0x30 && this.at() <= 0x37; k++) v = v * 8 + (this.s[this.p++] - 0x30);
    return v;
  }

  checkCodePoint(v: number, octal: boolean): number {
    if (!this.utf && v > MAX_BYTE) throw new PcreError(octal ? "octal value is greater than \\377 in 8-bit non-UTF-8 mode" : "character value in \\x{} or \\o{} is too large");
    if (v > MAX_UNICODE) throw new PcreError("character value in \\x{} or \\o{} is too large");
    if (v >= 0xd800 && v <= 0xdfff) throw new PcreError("disallowed Unicode code point (>= 0xd800 && <= 0xdfff)");
    return v;
  }

  /** The escapes that stand for one character: \x \o \c \0 \a \e \f \n \r \t; -1 if not one. */
  charEscape(c: number): number {
    switch (c) {
      case 0x61:
        return 7;
      case 0x65:
        return 27;
      case 0x66:
        return 12;
      case 0x6e:
        return 10;
      case 0x72:
        return 13;
      case 0x74:
        return 9;
      case 0x30:
        return this.readOctal(2);
      case 0x78: {
        if (this.at() === LBRACE) {
          this.p++;
          let v = 0, n = 0;
          while (hexVal(this.at()) >= 0) {
            v = Math.min(v * 16 + hexVal(this.s[this.p++]), 0x7fffffff);
            n++;
          }
          if (this.at() !== RBRACE) throw new PcreError("non-hex character in \\x{} (closing brace missing?)");
          if (n === 0) throw new PcreError("digits missing in \\x{} or \\o{}");
          this.p++;
          return this.checkCodePoint(v, false);
        }
        let v = 0;
        for (let k = 0; k < 2 && hexVal(this.at()) >= 0; k++) v = v * 16 + hexVal(this.s[this.p++]);
        return v;
      }
      case 0x6f: {
        if (this.at() !== LBRACE) throw new PcreError("missing opening brace after \\o");
        this.p++;
        let v = 0, n = 0;
        while (this.at() >= 0x30 && this.at() <= 0x37) {
          v = Math.min(v * 8 + (this.s[this.p++] - 0x30), 0x7fffffff);
          n++;
        }
        if (this.at() !== RBRACE) throw new PcreError("non-octal character in \\o{} (closing brace missing?)");
        if (n === 0) throw new PcreError("digits missing in \\x{} or \\o{}");
        this.p++;
        return this.checkCodePoint(v, false);
      }
      case 0x63: {
        const d = this.at();
        if (d < 0) throw new PcreError("\\c at end of pattern");
        if (d > 127) throw new PcreError("\\c must be followed by an ASCII character");
        this.p++;
        return (d >= 0x61 && d <= 0x7a ? d - 32 : d) ^ 0x40;
      }
    }
    return -1;
  }

  typeSet(c: number): CharSet | null {
    const lower = c | 0x20;
    if (lower !== 0x64 && lower !== 0x73 && lower !== 0x77 && lower !== 0x68 && lower !== 0x76) return null;
    let r = typeRanges(String.fromCharCode(lower), this.utf);
    if (c !== lower) r = complement(r, this.utf ? MAX_UNICODE : MAX_BYTE);
    return { ranges: [], exact: r, props: [] };
  }

  propertySet(neg: boolean): CharSet {
    let name: string;
    const c = this.at();
    if (c < 0) throw new PcreError("malformed \\P or \\p sequence");
    if (c === LBRACE) {
      this.p++;
      name = "";
      while (this.at() >= 0 && this.at() !== RBRACE) name += String.fromCodePoint(this.s[this.p++]);
      if (this.at() !== RBRACE) throw new PcreError("malformed \\P or \\p sequence");
      this.p++;
      if (name.startsWith("^")) {
        neg = !neg;
        name = name.slice(1);
      }
    } else {
      name = String.fromCodePoint(c);
      this.p++;
    }
    const prop = property(name);
    if (prop === null) throw new PcreError("unknown property name after \\P or \\p");
    return { ranges: [], exact: [], props: [{ ...prop, neg }] };
  }

  unsupportedCase(c: number): void {
    if (c === 0x4c || c === 0x6c || c === 0x55 || c === 0x75 || (c === 0x4e && this.at() === LBRACE && !this.isCountedRepeat(this.p)))
      throw new PcreError("PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u");
  }

  /** If s[k] opens a POSIX item ([:name:] etc., k at the ':'), the index of its closing ':'. */
  posixEnd(k: number): number {
    const s = this.s, t = s[k];
    for (let r = k + 1; r < s.length; r++) {
      if (s[r] === BS && (s[r + 1] === RBRACK || s[r + 1] === BS)) r++;
      else if ((s[r] === LBRACK && s[r + 1] === t) || s[r] === RBRACK) return -1;
      else if (s[r] === t && s[r + 1] === RBRACK) return r;
    }
    return -1;
  }

  isPosixStart(k: number): boolean {
    const t = this.s[k + 1];
    return this.s[k] === LBRACK && (t === COLON || t === 0x2e || t === 0x3d) && this.posixEnd(k + 1) >= 0;
  }

  /** A POSIX class at the cursor ('[' of "[:name:]"): its ranges. */
  readPosix(): number[] {
    const t = this.s[this.p + 1];
    const end = this.posixEnd(this.p + 1);
    if (t !== COLON) throw new PcreError("POSIX collating elements are not supported");
    let k = this.p + 2;
    let neg = false;
    if (this.s[k] === HAT) (neg = true), k++;
    let name = "";
    for (; k < end; k++) name += String.fromCodePoint(this.s[k]);
    const r = posixRanges(this.f.i && (name === "lower" || name === "upper") ? "alpha" : name);
    if (r === null) throw new PcreError("unknown POSIX class name");
    this.p = end + 2;
    return neg ? complement(r, this.utf ? MAX_UNICODE : MAX_BYTE) : r;
  }

  skipClassQuotes(): void {
    for (;;) {
      if (this.at() === BS && this.at(1) === 0x45) this.p += 2;
      else if (this.at() === BS && this.at(1) === 0x51 && this.at(2) === BS && this.at(3) === 0x45) this.p += 4;
      else return;
    }
  }

  parseClassAtom(): Node {
    const word = [LBRACK, LBRACK, COLON, -1, COLON, RBRACK, RBRACK];
    for (const [k, kind] of [[0x3c, "wordStart"], [0x3e, "wordEnd"]] as const) {
      word[3] = k;
      if (word.every((w, j) => this.at(j) === w)) {
        this.p += 7;
        return { t: "assert", k: kind, m: false };
      }
    }
    if (this.isPosixStart(this.p)) throw new PcreError("POSIX named classes are supported only within a class");
    this.p++;
    this.skipClassQuotes();
    let neg = false;
    if (this.at() === HAT) {
      neg = true;
      this.p++;
      this.skipClassQuotes();
    }
    const set: CharSet = { ranges: [], exact: [], props: [] };
    let first = true, quote = false, w = false;
    for (;;) {
      const c = this.at();
      if (c < 0) throw new PcreError("missing terminating ] for character class");
      if (quote) {
        this.p++;
        if (c === BS && this.at() === 0x45) (this.p++), (quote = false);
        else set.ranges.push(c, c);
        continue;
      }
      if (c === RBRACK && !first) {
        this.p++;
        break;
      }
      first = false;
      if (c === LBRACK && this.isPosixStart(this.p)) {
        // POSIX classes are bitmaps that caseless matching leaves alone, except that
        // [:lower:] and [:upper:] then stand for [:alpha:].
        set.exact.push(...this.readPosix());
        w = true;
        continue;
      }
      if (c === BS) {
        const d = this.at(1);
        if (d === 0x45) {
          this.p += 2;
          continue;
        }
        if (d === 0x51) {
          this.p += 2;
          quote = true;
          continue;
        }
        if ((d | 0x20) === 0x77) w = true;
        const e = this.classEscape();
        if (typeof e !== "number") {
          set.exact.push(...e.exact);
          set.props.push(...e.props);
          continue;
        }
        this.classChar(set, e);
        continue;
      }
      this.p++;
      this.classChar(set, c);
    }
    set.ranges = normalize(set.ranges);
    set.exact = normalize(set.exact);
    return { t: "set", set, neg, i: this.f.i, w };
  }

  /** A single character in a class, possibly the start of a range a-b. */
  classChar(set: CharSet, lo: number): void {
    if (this.at() === MINUS && this.at(1) !== RBRACK && this.at(1) >= 0) {
      const save = this.p;
      this.p++;
      const d = this.at();
      let hi: number | CharSet;
      if (d === LBRACK && this.isPosixStart(this.p)) throw new PcreError("invalid range in character class");
      if (d === BS) {
        if (this.at(1) === 0x45 || this.at(1) === 0x51) {
          this.p = save;
          set.ranges.push(lo, lo);
          return;
        }
        hi = this.classEscape();
        if (typeof hi !== "number") throw new PcreError("invalid range in character class");
      } else hi = this.s[this.p++];
      checkRange(lo, hi);
      set.ranges.push(lo, hi);
      return;
    }
    set.ranges.push(lo, lo);
  }

  classEscape(): number | CharSet {
    this.p++;
    const c = this.at();
    if (c < 0) throw new PcreError("\\ at end of pattern");
    this.p++;
    if (c === 0x62) return 8;
    if (c >= 0x31 && c <= 0x39) {
      if (c >= 0x38) return c;
      this.p--;
      return this.checkCodePoint(this.readOctal(3), true);
    }
    const v = this.charEscape(c);
    if (v >= 0) return v;
    const set = this.typeSet(c);
    if (set !== null) return set;
    if (c === 0x70 || c === 0x50) return this.propertySet(c === 0x50);
    if (c === 0x4e) throw new PcreError("\\N is not supported in a class");
    this.unsupportedCase(c);
    if (isAsciiLetter(c) && this.f.X) throw new PcreError("unrecognized character follows \\");
    return c;
  }
}
