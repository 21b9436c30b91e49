// A parser for PCRE 8.x pattern syntax (what neko 2.3's regexp.ndll compiles), producing the
// tree of ast.ts. It reports PCRE's own error messages for the errors PCRE detects, and a
// "... is not supported by nekovm" error for the constructs a JavaScript RegExp cannot express
// (recursion, conditionals, backtracking verbs, \K ...). Escapes and classes: scan.ts.

import { type Node, type Newline, type Pattern, type AssertKind, PcreError, fixedLength } from "./ast.js";
import { BAR, BS, decodeUtf8, isAsciiLetter, isDigit, isWordChar, LBRACE, LBRACK, LPAR, MINUS, PLUS, Q, RBRACE, RPAR, Scanner, STAR, COLON, HAT, unsupported } from "./scan.js";

export { unsupported };

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

class Parser extends Scanner {
  ncap = 0;
  inQuote = false;
  readonly names = new Map<string, number>();
  readonly refs: RefNode[] = [];

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
}
