// The syntax tree of a PCRE pattern, as parse.ts builds it and emit.ts turns it into a
// JavaScript RegExp. Characters are "pattern code points": bytes (0..255) in byte mode,
// Unicode code points in UTF-8 mode. Option-dependent constructs record the options that
// were in force where they appeared ((?i) and friends are scoped in PCRE).

// Set nodes record (w) whether they hold \w or \W: JS's /ui would let those match U+017F
// and U+212A, PCRE does not.

/** A set of characters: inclusive ranges plus Unicode property atoms (UTF-8 mode only). */
export interface CharSet {
  /** Sorted, non-overlapping inclusive ranges [lo0, hi0, lo1, hi1, ...]. */
  ranges: number[];
  /** Ranges that caseless matching leaves alone (from \d \s \w \h \v and their negations). */
  exact: number[];
  /** Unicode property atoms (each the union of some JS \p{} names and ranges), each with its own negation. */
  props: { names: string[]; extra: number[]; caseSensitive: boolean; neg: boolean }[];
}

export type AssertKind = "bol" | "eol" | "A" | "Z" | "z" | "b" | "B" | "G" | "wordStart" | "wordEnd";

export type GroupKind = "cap" | "nocap" | "atomic" | "la" | "nla" | "lb" | "nlb";

export type Node =
  | { t: "char"; c: number; i: boolean }
  | { t: "set"; set: CharSet; neg: boolean; i: boolean; w: boolean }
  | { t: "dot"; s: boolean }
  | { t: "assert"; k: AssertKind; m: boolean }
  | { t: "group"; k: GroupKind; n: number; alts: Node[][] }
  | { t: "rep"; node: Node; min: number; max: number; lazy: boolean; poss: boolean }
  | { t: "ref"; n: number; name: string | null; i: boolean }
  | { t: "special"; k: "R" | "X" | "C" | "fail" };

/** The newline convention selected by a leading (*LF) / (*CR) (PCRE's default is LF). */
export type Newline = 10 | 13;

export interface Pattern {
  alts: Node[][];
  /** Number of capturing groups. */
  ncap: number;
  /** UTF-8 mode: the 'u' option or a leading (*UTF8) / (*UTF). */
  utf: boolean;
  newline: Newline;
}

/** A compilation error: PCRE's message (neko prefixes "Regexp compilation error : "). */
export class PcreError extends Error {}

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
