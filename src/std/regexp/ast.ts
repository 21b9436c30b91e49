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
