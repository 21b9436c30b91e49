// Character sets of PCRE (without UCP, with its default "C" locale tables): the \d \s \w \h
// \v types, the POSIX classes, Unicode properties, and case variants for caseless matching.
// Sets are range lists [lo0, hi0, lo1, hi1, ...] over pattern code points.

import { PcreError } from "./ast.js";

export const MAX_BYTE = 0xff;
export const MAX_UNICODE = 0x10ffff;

/** Sort and merge a range list. */
export function normalize(r: number[]): number[] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < r.length; i += 2) pairs.push([r[i], r[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (const [lo, hi] of pairs) {
    const n = out.length;
    if (n > 0 && lo <= out[n - 1] + 1) out[n - 1] = Math.max(out[n - 1], hi);
    else out.push(lo, hi);
  }
  return out;
}

/** The complement of a normalized range list within [0, max]. */
export function complement(r: number[], max: number): number[] {
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i < r.length; i += 2) {
    if (r[i] > next) out.push(next, r[i] - 1);
    next = r[i + 1] + 1;
  }
  if (next <= max) out.push(next, max);
  return out;
}

const WORD = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a];

/** \d \s \w \h \v (lower case: the set; the caller complements for \D \S ...). */
export function typeRanges(k: string, utf: boolean): number[] {
  switch (k) {
    case "d":
      return [0x30, 0x39];
    case "s":
      return [9, 13, 32, 32];
    case "w":
      return WORD.slice();
    case "h":
      return utf
        ? [9, 9, 32, 32, 0xa0, 0xa0, 0x1680, 0x1680, 0x180e, 0x180e, 0x2000, 0x200a, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000]
        : [9, 9, 32, 32, 0xa0, 0xa0];
    case "v":
      return utf ? [10, 13, 0x85, 0x85, 0x2028, 0x2029] : [10, 13, 0x85, 0x85];
  }
  throw new Error("unknown type " + k);
}

const POSIX: Record<string, number[]> = {
  alpha: [0x41, 0x5a, 0x61, 0x7a],
  lower: [0x61, 0x7a],
  upper: [0x41, 0x5a],
  alnum: [0x30, 0x39, 0x41, 0x5a, 0x61, 0x7a],
  ascii: [0, 0x7f],
  blank: [9, 9, 32, 32],
  cntrl: [0, 0x1f, 0x7f, 0x7f],
  digit: [0x30, 0x39],
  graph: [0x21, 0x7e],
  print: [0x20, 0x7e],
  punct: [0x21, 0x2f, 0x3a, 0x40, 0x5b, 0x60, 0x7b, 0x7e],
  space: [9, 13, 32, 32],
  word: WORD,
  xdigit: [0x30, 0x39, 0x41, 0x46, 0x61, 0x66],
};

/** A POSIX class by name ([:name:]), or null if PCRE does not know it. */
export function posixRanges(name: string): number[] | null {
  return Object.prototype.hasOwnProperty.call(POSIX, name) ? POSIX[name].slice() : null;
}

const CATEGORIES = new Set(
  ("C Cc Cf Cn Co Cs L Ll Lm Lo Lt Lu M Mc Me Mn N Nd Nl No P Pc Pd Pe Pf Pi Po Ps S Sc Sk Sm So Z Zl Zp Zs").split(" "),
);

/** Properties that caseless matching leaves alone in PCRE (JS's /i would fold them). */
const CASE_SENSITIVE = new Set(["Lu", "Ll", "Lt", "L&"]);

/**
 * A Unicode property atom: the JS \p{} names whose union it is, extra ranges, and whether
 * PCRE matches it case-sensitively even under (?i).
 */
export interface Property {
  names: string[];
  extra: number[];
  caseSensitive: boolean;
}

const scriptOk = new Map<string, boolean>();

/** Resolve a PCRE property name (the text inside \p{...}); null if PCRE does not know it. */
export function property(name: string): Property | null {
  const cs = CASE_SENSITIVE.has(name);
  if (CATEGORIES.has(name)) return { names: [name], extra: [], caseSensitive: cs };
  switch (name) {
    case "Any":
      return { names: [], extra: [0, MAX_UNICODE], caseSensitive: false };
    case "L&":
      return { names: ["Lu", "Ll", "Lt"], extra: [], caseSensitive: true };
    case "Xan":
      return { names: ["L", "N"], extra: [], caseSensitive: false };
    case "Xwd":
      return { names: ["L", "N"], extra: [0x5f, 0x5f], caseSensitive: false };
    case "Xps":
    case "Xsp":
      return { names: ["Z"], extra: [9, 13], caseSensitive: false };
    case "Xuc":
      return { names: [], extra: [0x24, 0x24, 0x40, 0x40, 0x60, 0x60, 0xa0, 0xd7ff, 0xe000, MAX_UNICODE], caseSensitive: false };
  }
  if (!/^[A-Z][A-Za-z_]*$/.test(name)) return null;
  let ok = scriptOk.get(name);
  if (ok === undefined) {
    try {
      new RegExp(`\\p{Script=${name}}`, "u");
      ok = true;
    } catch {
      ok = false;
    }
    scriptOk.set(name, ok);
  }
  return ok ? { names: ["Script=" + name], extra: [], caseSensitive: false } : null;
}

/** The JS class body of a property (without brackets), for use inside [...] with the u flag. */
export function propertyClassBody(p: Property): string {
  let s = "";
  for (const n of p.names) s += `\\p{${n}}`;
  for (let i = 0; i < p.extra.length; i += 2) s += `\\u{${p.extra[i].toString(16)}}-\\u{${p.extra[i + 1].toString(16)}}`;
  return s;
}

const byteSets = new Map<string, number[]>();

/** In byte mode PCRE tests a property on the byte's value as a code point (0..255). */
export function propertyByteRanges(key: string, p: Property): number[] {
  let r = byteSets.get(key);
  if (r === undefined) {
    const re = new RegExp(`^[${propertyClassBody(p)}]$`, "u");
    r = [];
    for (let c = 0; c <= MAX_BYTE; c++) if (re.test(String.fromCharCode(c))) r.push(c, c);
    r = normalize(r);
    byteSets.set(key, r);
  }
  return r.slice();
}

// Case folding pairs that toLowerCase/toUpperCase alone do not reach.
const FOLD_EXTRA: number[][] = [
  [0x4b, 0x6b, 0x212a],
  [0x53, 0x73, 0x17f],
  [0xc5, 0xe5, 0x212b],
  [0xdf, 0x1e9e],
  [0xb5, 0x39c, 0x3bc],
  [0x3a3, 0x3c3, 0x3c2],
  [0x392, 0x3b2, 0x3d0],
  [0x395, 0x3b5, 0x3f5],
  [0x398, 0x3b8, 0x3d1, 0x3f4],
  [0x399, 0x3b9, 0x345, 0x1fbe],
  [0x39a, 0x3ba, 0x3f0],
  [0x3a0, 0x3c0, 0x3d6],
  [0x3a1, 0x3c1, 0x3f1],
  [0x3a6, 0x3c6, 0x3d5],
  [0x3a9, 0x3c9, 0x2126],
  [0x1e60, 0x1e61, 0x1e9b],
];

const variantCache = new Map<number, number[]>();

/**
 * The characters caseless matching treats as equal to c: ASCII letters in byte mode (PCRE's
 * C-locale tables), Unicode simple case folding in UTF-8 mode (approximated with JS's
 * toLowerCase/toUpperCase plus the folds those miss).
 */
export function caseVariants(c: number, utf: boolean): number[] {
  if (c < 0x80 || !utf) {
    if (c >= 0x41 && c <= 0x5a) return utf && (c === 0x4b || c === 0x53) ? caseVariants(c + 32, utf) : [c, c + 32];
    if (c >= 0x61 && c <= 0x7a) {
      if (!utf || (c !== 0x6b && c !== 0x73)) return [c - 32, c];
    } else return [c];
  }
  if (c >= 0xd800 && c <= 0xdfff) return [c];
  let v = variantCache.get(c);
  if (v !== undefined) return v;
  const s = String.fromCodePoint(c);
  const low = s.toLowerCase();
  const out = new Set<number>([c]);
  for (const t of [low, s.toUpperCase(), s.toUpperCase().toLowerCase()]) {
    const cp = t.codePointAt(0)!;
    if (t.length === String.fromCodePoint(cp).length && String.fromCodePoint(cp).toLowerCase() === low) out.add(cp);
  }
  for (const group of FOLD_EXTRA) if (group.includes(c)) for (const x of group) out.add(x);
  v = [...out].sort((a, b) => a - b);
  variantCache.set(c, v);
  return v;
}

/** Add the case variants of every character of a range list (large non-ASCII spans are left as they are). */
export function addCaseVariants(r: number[], utf: boolean): number[] {
  const out = r.slice();
  for (let i = 0; i < r.length; i += 2) {
    const lo = r[i], hi = r[i + 1];
    // ASCII letters: the other case of the overlap with A-Z / a-z.
    const ulo = Math.max(lo, 0x41), uhi = Math.min(hi, 0x5a);
    if (ulo <= uhi) out.push(ulo + 32, uhi + 32);
    const llo = Math.max(lo, 0x61), lhi = Math.min(hi, 0x7a);
    if (llo <= lhi) out.push(llo - 32, lhi - 32);
    if (!utf) continue;
    const from = Math.max(lo, 0x80);
    if (from <= hi && hi - from <= 0x4000) for (let c = from; c <= hi; c++) for (const v of caseVariants(c, true)) if (v !== c) out.push(v, v);
    for (const k of [0x4b, 0x6b, 0x53, 0x73]) if (k >= lo && k <= hi) for (const v of caseVariants(k, true)) out.push(v, v);
  }
  return normalize(out);
}

export function checkRange(lo: number, hi: number): void {
  if (hi < lo) throw new PcreError("range out of order in character class");
}
