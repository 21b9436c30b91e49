// A parser for PCRE 8.x pattern syntax (what neko 2.3's regexp.ndll compiles), producing the
// tree of ast.ts. It reports PCRE's own error messages for the errors PCRE detects, and a
// "... is not supported by nekovm" error for the constructs a JavaScript RegExp cannot express
// (recursion, conditionals, backtracking verbs, \K ...).

import { type Node, type CharSet, type Newline, type Pattern, type AssertKind, PcreError } from "./ast.js";
import { checkRange, complement, MAX_BYTE, MAX_UNICODE, normalize, posixRanges, property, typeRanges } from "./charsets.js";

interface Flags {
  i: boolean;
  m: boolean;
  s: boolean;
  x: boolean;
  U: boolean;
  X: boolean;
  J: boolean;
}

const BS = 0x5c, LPAR = 0x28, RPAR = 0x29, LBRACK = 0x5b, RBRACK = 0x5d, LBRACE = 0x7b, RBRACE = 0x7d;
const Q = 0x3f, STAR = 0x2a, PLUS = 0x2b, BAR = 0x7c, MINUS = 0x2d, COLON = 0x3a, HAT = 0x5e;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isWordChar(c: number): boolean {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}
function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}
function hexVal(c: number): number {
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

const LEADING_VERBS = /^\(\*(UTF8|UTF|UCP|NO_AUTO_POSSESS|NO_START_OPT|CR|LF|CRLF|ANYCRLF|ANY|BSR_ANYCRLF|BSR_UNICODE|LIMIT_MATCH=\d+|LIMIT_RECURSION=\d+)\)/;

/** Parse a pattern (the bytes neko passes to pcre_compile) with neko's option letters. */
export function parsePattern(bytes: Uint8Array, opts: { i: boolean; s: boolean; m: boolean; u: boolean; U: boolean }): Pattern {
  let utf = opts.u;
  let newline: Newline = 10;
  let start = 0;
  // Leading (*VERB) settings: read them as ASCII.
  for (;;) {
    let head = "";
    for (let k = start; k < bytes.length && k < start + 40; k++) head += String.fromCharCode(bytes[k]);
    const m = LEADING_VERBS.exec(head);
    if (m === null) break;
    const v = m[1];
    if (v === "UTF8" || v === "UTF") utf = true;
    else if (v === "CR") newline = 13;
    else if (v === "LF") newline = 10;
    else if (v === "UCP") throw unsupported("(*UCP)");
    else if (v === "CRLF" || v === "ANYCRLF" || v === "ANY") throw unsupported(`(*${v})`);
    else if (v === "BSR_ANYCRLF") throw unsupported("(*BSR_ANYCRLF)");
    start += m[0].length;
  }
  const rest = bytes.subarray(start);
  let src: number[];
  if (utf) {
    const d = decodeUtf8(rest);
    if (d === null) throw new PcreError("invalid UTF-8 string");
    src = d;
  } else src = Array.from(rest);
  const p = new Parser(src, utf, newline, { i: opts.i, m: opts.m, s: opts.s, x: false, U: opts.U, X: false, J: false });
  return p.parse();
}

type RefNode = Extract<Node, { t: "ref" }>;

class Parser {
  p = 0;
  ncap = 0;
  inQuote = false;
  readonly names = new Map<string, number>();
  readonly refs: RefNode[] = [];

  constructor(
    readonly s: number[],
    readonly utf: boolean,
    readonly newline: Newline,
    public f: Flags,
  ) {}

  at(o = 0): number {
    const k = this.p + o;
    return k < this.s.length ? this.s[k] : -1;
  }

  parse(): Pattern {
    const alts = this.parseAlts();
    if (this.at() === RPAR) throw new PcreError("unmatched parentheses");
    for (const r of this.refs) {
      if (r.name !== null) {
        const n = this.names.get(r.name);
        if (n === undefined) throw new PcreError("reference to non-existent subpattern");
        r.n = n;
      } else if (r.n > this.ncap) throw new PcreError("reference to non-existent subpattern");
    }
    return { alts, ncap: this.ncap, utf: this.utf, newline: this.newline };
  }

  /** Alternatives up to a ')' or the end; option changes stay local to them. */
  parseAlts(): Node[][] {
    const saved = { ...this.f };
    const alts: Node[][] = [[]];
    for (;;) {
      this.skipFiller();
      const c = this.at();
      if (!this.inQuote) {
        if (c < 0 || c === RPAR) break;
        if (c === BAR) {
          this.p++;
          alts.push([]);
          continue;
        }
      } else if (c < 0) break;
      this.parseItem(alts[alts.length - 1]);
    }
    this.inQuote = false;
    this.f = saved;
    return alts;
  }

  /** Skip what produces no item: extended-mode space and comments, (?#...), \E, \Q. */
  skipFiller(): void {
    for (;;) {
      const c = this.at();
      if (this.inQuote) {
        if (c === BS && this.at(1) === 0x45) {
          this.p += 2;
          this.inQuote = false;
          continue;
        }
        return;
      }
      if (this.f.x && (c === 32 || (c >= 9 && c <= 13))) this.p++;
      else if (this.f.x && c === 0x23) {
        while (this.p < this.s.length && this.s[this.p] !== this.newline) this.p++;
        if (this.p < this.s.length) this.p++;
      } else if (c === LPAR && this.at(1) === Q && this.at(2) === 0x23) {
        this.p += 3;
        while (this.p < this.s.length && this.s[this.p] !== RPAR) this.p++;
        if (this.p >= this.s.length) throw new PcreError("missing ) after comment");
        this.p++;
      } else if (c === BS && this.at(1) === 0x45) this.p += 2;
      else if (c === BS && this.at(1) === 0x51) {
        this.p += 2;
        this.inQuote = true;
      } else return;
    }
  }

  parseItem(seq: Node[]): void {
    let atom: Node | null;
    if (this.inQuote) atom = { t: "char", c: this.s[this.p++], i: this.f.i };
    else atom = this.parseAtom();
    if (atom === null) return;
    this.skipFiller();
    if (!this.inQuote) atom = this.parseQuantifier(atom);
    seq.push(atom);
  }

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

  readNumber(): number {
    let n = 0;
    while (isDigit(this.at())) {
      n = n * 10 + (this.s[this.p++] - 0x30);
      if (n > 65535) throw new PcreError("number too big in {} quantifier");
    }
    return n;
  }

  parseQuantifier(atom: Node): Node {
    const c = this.at();
    let min: number, max: number;
    if (c === STAR) (min = 0), (max = Infinity), this.p++;
    else if (c === PLUS) (min = 1), (max = Infinity), this.p++;
    else if (c === Q) (min = 0), (max = 1), this.p++;
    else if (c === LBRACE && this.isCountedRepeat(this.p)) {
      this.p++;
      min = this.readNumber();
      max = min;
      if (this.at() === 0x2c) {
        this.p++;
        max = this.at() === RBRACE ? Infinity : this.readNumber();
        if (max < min) throw new PcreError("numbers out of order in {} quantifier");
      }
      this.p++;
    } else return atom;
    if (atom.t === "assert" || (atom.t === "special" && atom.k === "fail")) throw new PcreError("nothing to repeat");
    let lazy = false, poss = false;
    if (this.f.x) this.skipFiller();
    if (this.at() === Q) (lazy = true), this.p++;
    else if (this.at() === PLUS) (poss = true), this.p++;
    if (this.f.U && !poss) lazy = !lazy;
    return { t: "rep", node: atom, min, max, lazy, poss };
  }

  parseAtom(): Node | null {
    const c = this.s[this.p];
    switch (c) {
      case LPAR:
        return this.parseGroup();
      case LBRACK:
        return this.parseClassAtom();
      case 0x2e:
        this.p++;
        return { t: "dot", s: this.f.s };
      case HAT:
        this.p++;
        return { t: "assert", k: "bol", m: this.f.m };
      case 0x24:
        this.p++;
        return { t: "assert", k: "eol", m: this.f.m };
      case BS:
        return this.parseEscape();
      case STAR:
      case PLUS:
      case Q:
        throw new PcreError("nothing to repeat");
      case LBRACE:
        if (this.isCountedRepeat(this.p)) throw new PcreError("nothing to repeat");
    }
    this.p++;
    return { t: "char", c, i: this.f.i };
  }

  // ---- groups ----

  expectClose(): void {
    if (this.at() !== RPAR) throw new PcreError("missing )");
    this.p++;
  }

  group(k: Extract<Node, { t: "group" }>["k"], n = 0): Node {
    const alts = this.parseAlts();
    this.expectClose();
    if (k === "lb" || k === "nlb") for (const a of alts) if (fixedLength(a) < 0) throw new PcreError("lookbehind assertion is not fixed length");
    return { t: "group", k, n, alts };
  }

  capture(name: string | null): Node {
    const n = ++this.ncap;
    if (name !== null) {
      if (this.names.has(name)) {
        if (!this.f.J) throw new PcreError("two named subpatterns have the same name");
      } else this.names.set(name, n);
    }
    return this.group("cap", n);
  }

  /** A group name up to its terminator. */
  readName(term: number): string {
    if (isDigit(this.at())) throw new PcreError("group name must start with a non-digit");
    let name = "";
    while (isWordChar(this.at())) name += String.fromCharCode(this.s[this.p++]);
    if (this.at() !== term) throw new PcreError("syntax error in subpattern name (missing terminator)");
    if (name.length > 32) throw new PcreError("subpattern name is too long (maximum 32 characters)");
    this.p++;
    return name;
  }

  parseGroup(): Node | null {
    this.p++;
    if (this.at() === STAR) return this.parseVerb();
    if (this.at() !== Q) return this.capture(null);
    this.p++;
    const c = this.at();
    switch (c) {
      case COLON:
        this.p++;
        return this.group("nocap");
      case 0x3e:
        this.p++;
        return this.group("atomic");
      case 0x3d:
        this.p++;
        return this.group("la");
      case 0x21:
        this.p++;
        return this.group("nla");
      case BAR:
        throw unsupported("the branch reset group (?|...)");
      case 0x3c: {
        const d = this.at(1);
        if (d === 0x3d || d === 0x21) {
          this.p += 2;
          return this.group(d === 0x3d ? "lb" : "nlb");
        }
        if (!isWordChar(d)) throw new PcreError("unrecognized character after (?<");
        this.p++;
        return this.capture(this.readName(0x3e));
      }
      case 0x27:
        this.p++;
        return this.capture(this.readName(0x27));
      case 0x50: {
        const d = this.at(1);
        this.p += 2;
        if (d === 0x3c) return this.capture(this.readName(0x3e));
        if (d === 0x3d) return this.namedRef(this.readName(RPAR));
        if (d === 0x3e) throw unsupported("the subroutine call (?P>name)");
        throw new PcreError("unrecognized character after (?P");
      }
      case 0x26:
        throw unsupported("the subroutine call (?&name)");
      case LPAR:
        throw unsupported("the conditional group (?(...)...)");
      case 0x43:
        throw unsupported("the callout (?C...)");
      case 0x52:
        this.recursionSyntax(1);
        throw unsupported("the recursion (?R)");
    }
    if (isDigit(c) || ((c === PLUS || c === MINUS) && isDigit(this.at(1)))) {
      let k = c === PLUS || c === MINUS ? 1 : 0;
      while (isDigit(this.at(k))) k++;
      this.recursionSyntax(k);
      throw unsupported("the subroutine call (?n)");
    }
    return this.parseOptions();
  }

  recursionSyntax(k: number): void {
    if (this.at(k) !== RPAR) throw new PcreError("(?R or (?[+-]digits must be followed by )");
  }

  /** (?imsxUXJ-imsxUXJ) or (?imsx-imsx: ...). */
  parseOptions(): Node | null {
    const f = { ...this.f };
    let on = true;
    for (;;) {
      const c = this.at();
      this.p++;
      switch (c) {
        case MINUS:
          on = false;
          continue;
        case 0x69:
          f.i = on;
          continue;
        case 0x6d:
          f.m = on;
          continue;
        case 0x73:
          f.s = on;
          continue;
        case 0x78:
          f.x = on;
          continue;
        case 0x55:
          f.U = on;
          continue;
        case 0x58:
          f.X = on;
          continue;
        case 0x4a:
          f.J = on;
          continue;
        case RPAR:
          this.f = f;
          return null;
        case COLON: {
          const outer = this.f;
          this.f = f;
          const g = this.group("nocap");
          this.f = outer;
          return g;
        }
      }
      throw new PcreError("unrecognized character after (? or (?-");
    }
  }

  parseVerb(): Node {
    this.p++;
    let name = "";
    while (this.at() >= 0 && this.at() !== RPAR && this.at() !== COLON) name += String.fromCharCode(this.s[this.p++]);
    const known = ["ACCEPT", "COMMIT", "F", "FAIL", "MARK", "PRUNE", "SKIP", "THEN", ""];
    if (!known.includes(name) || this.at() < 0) throw new PcreError("(*VERB) not recognized or malformed");
    if ((name === "F" || name === "FAIL") && this.at() === RPAR) {
      this.p++;
      return { t: "special", k: "fail" };
    }
    throw unsupported(`the backtracking control verb (*${name})`);
  }

  // ---- escapes ----

  namedRef(name: string): Node {
    const r: RefNode = { t: "ref", n: 0, name, i: this.f.i };
    this.refs.push(r);
    return r;
  }

  numberedRef(n: number): Node {
    const r: RefNode = { t: "ref", n, name: null, i: this.f.i };
    this.refs.push(r);
    return r;
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

  parseEscape(): Node {
    this.p++;
    const c = this.at();
    if (c < 0) throw new PcreError("\\ at end of pattern");
    this.p++;
    if (c >= 0x31 && c <= 0x39) {
      const save = this.p - 1;
      this.p = save;
      let n = 0;
      while (isDigit(this.at())) n = Math.min(n * 10 + (this.s[this.p++] - 0x30), 1e9);
      if (n < 8 || n <= this.ncap) return this.numberedRef(n);
      this.p = save + 1;
      if (c >= 0x38) return { t: "char", c, i: this.f.i };
      this.p = save;
      return { t: "char", c: this.checkCodePoint(this.readOctal(3), true), i: this.f.i };
    }
    const v = this.charEscape(c);
    if (v >= 0) return { t: "char", c: v, i: this.f.i };
    const set = this.typeSet(c);
    if (set !== null) return { t: "set", set, neg: false, i: this.f.i, w: (c | 0x20) === 0x77 };
    this.unsupportedCase(c);
    const asserts: Record<number, AssertKind> = { 0x62: "b", 0x42: "B", 0x41: "A", 0x5a: "Z", 0x7a: "z", 0x47: "G" };
    if (asserts[c] !== undefined) return { t: "assert", k: asserts[c], m: false };
    switch (c) {
      case 0x4e:
        return { t: "dot", s: false };
      case 0x52:
        return { t: "special", k: "R" };
      case 0x58:
        return { t: "special", k: "X" };
      case 0x43:
        if (this.utf) throw unsupported("\\C in UTF-8 mode");
        return { t: "special", k: "C" };
      case 0x70:
      case 0x50:
        return { t: "set", set: this.propertySet(c === 0x50), neg: false, i: this.f.i, w: false };
      case 0x4b:
        throw unsupported("\\K");
      case 0x67:
        return this.gReference();
      case 0x6b: {
        const open = this.at();
        const close = open === 0x3c ? 0x3e : open === 0x27 ? 0x27 : open === LBRACE ? RBRACE : -1;
        if (close < 0) throw new PcreError("\\k is not followed by a braced, angle-bracketed, or quoted name");
        this.p++;
        return this.namedRef(this.readName(close));
      }
    }
    if (isAsciiLetter(c) && this.f.X) throw new PcreError("unrecognized character follows \\");
    return { t: "char", c, i: this.f.i };
  }

  /** \g{n} \g{-n} \gn \g-n \g{name}; \g<..> and \g'..' are subroutine calls. */
  gReference(): Node {
    let c = this.at();
    if (c === 0x3c || c === 0x27) throw unsupported("the subroutine call \\g<...>");
    const braced = c === LBRACE;
    if (braced) {
      this.p++;
      c = this.at();
      if (c !== MINUS && c !== PLUS && !isDigit(c)) {
        let name = "";
        while (this.at() >= 0 && this.at() !== RBRACE) name += String.fromCodePoint(this.s[this.p++]);
        if (this.at() !== RBRACE) throw new PcreError("\\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number");
        this.p++;
        return this.namedRef(name);
      }
    }
    let sign = 0;
    if (this.at() === MINUS) (sign = -1), this.p++;
    else if (this.at() === PLUS) (sign = 1), this.p++;
    let n = 0, digits = 0;
    while (isDigit(this.at())) (n = Math.min(n * 10 + (this.s[this.p++] - 0x30), 1e9)), digits++;
    if (braced) {
      if (this.at() !== RBRACE || (sign !== 0 && digits === 0)) throw new PcreError("\\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number");
      this.p++;
    }
    if (sign === 1) throw new PcreError("\\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number");
    if (n === 0) throw new PcreError("a numbered reference must not be zero");
    if (sign < 0) {
      n = this.ncap - n + 1;
      if (n <= 0) throw new PcreError("reference to non-existent subpattern");
    }
    return this.numberedRef(n);
  }

  // ---- character classes ----

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

/** The fixed length (in characters) of a sequence, or -1 if it varies (PCRE's lookbehind rule). */
export function fixedLength(seq: Node[]): number {
  let total = 0;
  for (const n of seq) {
    const l = nodeLength(n);
    if (l < 0) return -1;
    total += l;
  }
  return total;
}

function nodeLength(n: Node): number {
  switch (n.t) {
    case "char":
    case "set":
    case "dot":
      return 1;
    case "assert":
      return 0;
    case "group": {
      if (n.k === "la" || n.k === "nla" || n.k === "lb" || n.k === "nlb") return 0;
      let len = -2;
      for (const a of n.alts) {
        const l = fixedLength(a);
        if (l < 0 || (len !== -2 && l !== len)) return -1;
        len = l;
      }
      return len;
    }
    case "rep": {
      if (n.min !== n.max) return -1;
      const l = nodeLength(n.node);
      return l < 0 ? -1 : l * n.min;
    }
    case "ref":
      return -1;
    case "special":
      return n.k === "C" ? 1 : n.k === "fail" ? 0 : -1;
  }
}
