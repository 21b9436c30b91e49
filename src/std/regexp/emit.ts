// Turn a parsed PCRE pattern (ast.ts) into the source of a JavaScript RegExp that matches
// the same way on the subject as regexp.ts decodes it:
//  - byte mode: one JS char per byte; bytes 0x80..0xFF become U+E080..U+E0FF (private use
//    characters: no case, not space), so JS's Unicode-aware rules cannot reach them;
//  - UTF-8 mode: the subject's code points.
// Everything that depends on JS flags is written out explicitly: '.', '^', '$', \s, \w, \b
// ... so only caseless matching (the 'i' flag, when the whole pattern is caseless) and the
// search mode ('g', or 'y' for a leading \G) come from flags. The u flag is always on.
// Atomic groups and possessive quantifiers use the lookahead-capture idiom (?=(X))\k, which
// adds JS groups: groupMap maps PCRE group numbers to JS ones.
// A greedy unbounded repeat of a group that can match the empty string and holds captures is
// followed by a "shadow" copy of its body that can only match the empty string: PCRE ends
// such a loop with one empty iteration, whose captures are the final ones, where JS refuses
// the empty iteration. A PCRE group can thus have several JS groups: the last one set wins.

import { type CharSet, type Node, type Pattern } from "./ast.js";
import { addCaseVariants, caseVariants, complement, MAX_BYTE, normalize, propertyByteRanges, propertyClassBody, typeRanges } from "./charsets.js";
import { unsupported } from "./parse.js";

export interface Compiled {
  source: string;
  flags: string;
  /** Number of PCRE capturing groups. */
  ncap: number;
  /** PCRE group number (0..ncap) -> its JS groups, in source order (the last one set counts). */
  groupMap: number[][];
  utf: boolean;
}

const ANY = "[\\s\\S]";
const START = "(?<![\\s\\S])";
const END = "(?![\\s\\S])";
const REF = "\u0001";

export function emitPattern(pat: Pattern): Compiled {
  const e = new Emitter(pat);
  let alts = pat.alts;
  let sticky = false;
  if (alts.every((a) => a.length > 0 && a[0].t === "assert" && a[0].k === "G")) {
    sticky = true;
    alts = alts.map((a) => a.slice(1));
  }
  const body = e.alts(alts);
  const groupMap = [[0]];
  for (let n = 1; n <= pat.ncap; n++) groupMap.push(e.map[n]);
  const source = body.replace(/\u0001(\d+)\u0001/g, (_, n: string) => `(?:\\${groupMap[+n][0]})`);
  return {
    source,
    flags: "du" + (e.useI ? "i" : "") + (sticky ? "y" : "g"),
    ncap: pat.ncap,
    groupMap,
    utf: pat.utf,
  };
}

/**
 * Whether JS's i flag can do the caseless matching: every case-dependent item is caseless,
 * no property is case-sensitive, and (UTF-8 mode) no \w, \W, \b or \B appears, which JS's
 * /ui would extend to U+017F and U+212A.
 */
function jsCaseless(alts: Node[][], utf: boolean): boolean {
  let ok = true;
  const visit = (n: Node): void => {
    if (n.t === "char" || n.t === "ref") ok &&= n.i;
    else if (n.t === "set") {
      ok &&= n.i && !(utf && n.w);
      for (const p of n.set.props) ok &&= !p.caseSensitive;
    } else if (n.t === "assert") ok &&= !(utf && (n.k === "b" || n.k === "B" || n.k === "wordStart" || n.k === "wordEnd"));
    else if (n.t === "group") for (const a of n.alts) a.forEach(visit);
    else if (n.t === "rep") visit(n.node);
  };
  for (const a of alts) a.forEach(visit);
  return ok;
}

class Emitter {
  readonly utf: boolean;
  readonly useI: boolean;
  readonly nl: string;
  js = 0;
  readonly map: number[][] = [];
  /** Emitting a shadow copy (see above) outside lookarounds: consuming items must fail. */
  kill = false;

  /** PCRE groups that back references name. */
  readonly refTargets = new Set<number>();

  constructor(readonly pat: Pattern) {
    this.utf = pat.utf;
    const visit = (n: Node): void => {
      if (n.t === "ref") this.refTargets.add(n.n);
      else if (n.t === "group") for (const a of n.alts) a.forEach(visit);
      else if (n.t === "rep") visit(n.node);
    };
    for (const a of pat.alts) a.forEach(visit);
    // When the whole pattern is caseless JS's i flag folds case (in byte mode only ASCII
    // letters can fold: the other bytes are private use characters); otherwise the caseless
    // parts are written out by hand (exact in byte mode, an approximation of Unicode's simple
    // folding in UTF-8 mode).
    this.useI = jsCaseless(pat.alts, pat.utf);
    this.nl = this.lit(pat.newline);
  }

  /** A JS code point for a pattern character. */
  mapChar(c: number): number {
    return this.utf || c < 0x80 ? c : 0xe000 + c;
  }

  lit(c: number): string {
    const m = this.mapChar(c);
    if ((m >= 0x30 && m <= 0x39) || (m >= 0x41 && m <= 0x5a) || (m >= 0x61 && m <= 0x7a)) return String.fromCharCode(m);
    return `\\u{${m.toString(16)}}`;
  }

  /** The body of a JS class for a range list. */
  rangesBody(r: number[]): string {
    let s = "";
    for (let k = 0; k < r.length; k += 2) {
      let lo = r[k];
      const hi = r[k + 1];
      if (!this.utf && lo < 0x80 && hi >= 0x80) {
        s += this.lit(lo) + (lo < 0x7f ? "-" + this.lit(0x7f) : "");
        lo = 0x80;
      }
      s += lo === hi ? this.lit(lo) : this.lit(lo) + "-" + this.lit(hi);
    }
    return s;
  }

  alts(alts: Node[][]): string {
    return alts.map((seq) => seq.map((n) => this.node(n)).join("")).join("|");
  }

  /** Whether a back reference names a group inside n (then n is not copied). */
  referenced(n: Node): boolean {
    return capturesOf(n).some((g) => this.refTargets.has(g));
  }

  /** A node as a quantifiable JS atom. */
  atom(n: Node): string {
    const s = this.node(n);
    if (n.t === "char" || n.t === "group" || n.t === "ref") return s;
    if (n.t === "set" && s.startsWith("[") && s.indexOf("]") === s.length - 1) return s;
    return `(?:${s})`;
  }

  node(n: Node): string {
    if (this.kill && (n.t === "char" || n.t === "set" || n.t === "dot" || n.t === "special")) return "[]";
    switch (n.t) {
      case "char":
        if (n.i && !this.useI) {
          const v = caseVariants(n.c, this.utf);
          if (v.length > 1) return "[" + v.map((c) => this.lit(c)).join("") + "]";
        }
        return this.lit(n.c);
      case "dot":
        return n.s ? ANY : `[^${this.nl}]`;
      case "set":
        return this.set(n.set, n.neg, n.i && !this.useI);
      case "assert":
        return this.assertion(n.k, n.m);
      case "group":
        return this.group(n);
      case "rep":
        return this.rep(n);
      case "ref":
        return REF + n.n + REF;
      case "special":
        switch (n.k) {
          case "fail":
            return "(?!)";
          case "C":
            return ANY;
          case "R": {
            const crlf = this.lit(13) + this.lit(10);
            return `(?:${crlf}|(?!${crlf})[${this.rangesBody(typeRanges("v", this.utf))}])`;
          }
          case "X": {
            const k = ++this.js;
            const crlf = this.lit(13) + this.lit(10);
            const one = this.utf ? `\\p{Cc}|[^\\p{Cc}][\\p{M}\\u{200d}]*` : ANY;
            return `(?:(?=(${crlf}|${one}))\\${k})`;
          }
        }
    }
  }

  set(set: CharSet, neg: boolean, foldByHand: boolean): string {
    let ranges = (foldByHand ? addCaseVariants(set.ranges, this.utf) : set.ranges).concat(set.exact);
    let body = "";
    const extras: string[] = [];
    for (const p of set.props) {
      if (!this.utf) {
        const r = propertyByteRanges(p.names.join(",") + "/" + p.extra.join(","), p);
        ranges = ranges.concat(p.neg ? complement(r, MAX_BYTE) : r);
      } else if (!p.neg) body += propertyClassBody(p);
      else if (p.names.length === 1 && p.extra.length === 0) body += `\\P{${p.names[0]}}`;
      else extras.push(`[^${propertyClassBody(p)}]`);
    }
    ranges = normalize(ranges);
    body = this.rangesBody(ranges) + body;
    if (extras.length === 0) return neg ? `[^${body}]` : `[${body}]`;
    const any = (body === "" ? [] : [`[${body}]`]).concat(extras).join("|");
    return neg ? `(?!${any})${ANY}` : `(?:${any})`;
  }

  assertion(k: string, m: boolean): string {
    const nl = this.nl;
    switch (k) {
      case "bol":
        return m ? `(?:${START}|(?<=${nl})(?=${ANY}))` : START;
      case "eol":
        return m ? `(?=${nl}|${END})` : `(?=${nl}?${END})`;
      case "A":
        return START;
      case "Z":
        return `(?=${nl}?${END})`;
      case "z":
        return END;
      case "G":
        throw unsupported("\\G other than at the start of the pattern");
    }
    if (k === "wordStart") return "\\b(?=[0-9A-Za-z_])";
    if (k === "wordEnd") return "\\b(?<=[0-9A-Za-z_])";
    return k === "B" ? "\\B" : "\\b";
  }

  group(n: Extract<Node, { t: "group" }>): string {
    switch (n.k) {
      case "cap":
        (this.map[n.n] ??= []).push(++this.js);
        return `(${this.alts(n.alts)})`;
      case "nocap":
        return `(?:${this.alts(n.alts)})`;
      case "atomic": {
        const k = ++this.js;
        return `(?:(?=(${this.alts(n.alts)}))\\${k})`;
      }
      default: {
        const kill = this.kill;
        this.kill = false;
        const body = this.alts(n.alts);
        this.kill = kill;
        return (n.k === "la" ? "(?=" : n.k === "nla" ? "(?!" : n.k === "lb" ? "(?<=" : "(?<!") + body + ")";
      }
    }
  }

  rep(n: Extract<Node, { t: "rep" }>): string {
    const inner = n.node;
    if (inner.t === "group" && (inner.k === "la" || inner.k === "nla" || inner.k === "lb" || inner.k === "nlb")) {
      // PCRE: a repeated assertion is either optional ({0,...}) or done once.
      const s = this.node(inner);
      return n.min === 0 ? `(?:${s})?` : s;
    }
    const q = n.min === 0 && n.max === Infinity ? "*" : n.min === 1 && n.max === Infinity ? "+" : n.min === 0 && n.max === 1 ? "?" : n.max === Infinity ? `{${n.min},}` : n.min === n.max ? `{${n.min}}` : `{${n.min},${n.max}}`;
    const caps = hasCapture(inner);
    const expand = n.max === Infinity ? false : n.max === 1 ? nullable(inner) : n.max <= 8 && (nullable(inner) || caps) && !this.referenced(inner);
    if (expand) {
      // JS refuses an iteration that matches the empty string (beyond the minimum) and
      // backtracks into it; PCRE accepts it and stops repeating. JS also resets the captures
      // of the repeated item at each iteration, where PCRE keeps those the iteration does
      // not set. A small bounded repeat is written out PCRE's way, X(?:X(?:X|)|), each copy
      // with its own JS groups (the last one set counts).
      // JS numbers groups in source order: emit the copies left to right.
      const k = n.poss ? ++this.js : 0;
      let s = "";
      for (let j = 0; j < n.min; j++) s += this.atom(inner);
      const opt = (m: number): string => (m === 0 ? "" : n.lazy ? `(?:|${this.atom(inner)}${opt(m - 1)})` : `(?:${this.atom(inner)}${opt(m - 1)}|)`);
      s += opt(n.max - n.min);
      return n.poss ? `(?:(?=(${s}))\\${k})` : s;
    }
    if (n.max === Infinity && !n.lazy && caps && nullable(inner)) {
      const k = n.poss ? ++this.js : 0;
      let s = this.atom(inner) + q;
      const kill = this.kill;
      this.kill = true;
      s += `(?:${this.node(inner)}|)`;
      this.kill = kill;
      return n.poss ? `(?:(?=(${s}))\\${k})` : s;
    }
    if (n.poss) {
      const k = ++this.js;
      return `(?:(?=(${this.atom(inner)}${q}))\\${k})`;
    }
    return this.atom(inner) + q + (n.lazy ? "?" : "");
  }
}

/** Whether a node can match the empty string. */
function nullable(n: Node): boolean {
  switch (n.t) {
    case "char":
    case "set":
    case "dot":
      return false;
    case "assert":
    case "ref":
      return true;
    case "group":
      return n.k !== "cap" && n.k !== "nocap" && n.k !== "atomic" ? true : n.alts.some((a) => a.every(nullable));
    case "rep":
      return n.min === 0 || nullable(n.node);
    case "special":
      return false;
  }
}

function capturesOf(n: Node, out: number[] = []): number[] {
  if (n.t === "group") {
    if (n.k === "cap") out.push(n.n);
    for (const a of n.alts) for (const m of a) capturesOf(m, out);
  } else if (n.t === "rep") capturesOf(n.node, out);
  return out;
}

function hasCapture(n: Node): boolean {
  if (n.t === "group") return n.k === "cap" || n.alts.some((a) => a.some(hasCapture));
  return n.t === "rep" && hasCapture(n.node);
}
