/// <reference types="node" />
// regexp.ndll (src/std/regexp): the PCRE -> JS translation, PCRE's compile errors, the
// constructs refused, matching on bytes (positions are byte offsets), the subject cache and
// the primitives. Expected behaviour comes from the real neko 2.3 (libpcre 8.39); the
// programs test/std/programs/regexp_*.neko compare whole outputs with it.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import { compileRegexp, execRegexp, type Regexp, regexpPrimitives } from "../../src/std/regexp/regexp.js";
import { PcreError } from "../../src/std/regexp/ast.js";
import { NekoVM } from "../../src/api/nekovm.js";
import { MemoryHost } from "../../src/host/host.js";
import { NekoThrow } from "../../src/interp/errors.js";
import { noteStringWrite, str } from "../../src/value/string.js";
import { NekoObject, NekoString, type Value } from "../../src/value/value.js";
import type { VM } from "../../src/interp/vm.js";

const vm: VM = new NekoVM({ host: new MemoryHost() }).vm;

function compile(pattern: string | Uint8Array, options = ""): Regexp {
  const r = compileRegexp(typeof pattern === "string" ? Buffer.from(pattern, "utf8") : pattern, options);
  assert.ok(r !== null, "options accepted");
  return r;
}

function source(pattern: string, options = ""): string {
  return compile(pattern, options).info.source;
}

/** Match and return the groups as [start, end] byte offsets ([-1, -1]: unset), or null. */
function groups(pattern: string, options: string, subject: string | Uint8Array, pos = 0, len?: number): [number, number][] | null {
  const r = compile(pattern, options);
  const s = new NekoString(typeof subject === "string" ? Buffer.from(subject, "utf8") : subject);
  const end = len === undefined ? s.b.length : pos + len;
  if (!execRegexp(vm, r, s, end, pos)) return null;
  const out: [number, number][] = [];
  for (let g = 0; g <= r.info.ncap; g++) out.push([r.matchs[2 * g], r.matchs[2 * g + 1]]);
  return out;
}

function pcreError(pattern: string, options = ""): string {
  try {
    compile(pattern, options);
  } catch (e) {
    if (e instanceof PcreError) return e.message;
    throw e;
  }
  return "(compiled)";
}

function thrownString(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    assert.ok(e instanceof NekoThrow);
    const v = (e as NekoThrow).value;
    return v instanceof NekoString ? Buffer.from(v.b).toString("latin1") : String(v);
  }
  return "(no exception)";
}

test("option letters: i s m u g, anything else refused (null)", () => {
  assert.equal(compileRegexp(Buffer.from("a"), "x"), null);
  assert.equal(compileRegexp(Buffer.from("a"), "iz"), null);
  assert.ok(compileRegexp(Buffer.from("a"), "ismug") !== null);
  assert.equal(compile("a", "g").info.flags.includes("i"), false);
});

test("translation: flag-independent forms of '.', '^', '$', anchors and types", () => {
  assert.equal(source("a.b"), "a[^\\u{a}]b");
  assert.equal(source("a.b", "s"), "a[\\s\\S]b");
  assert.equal(source("^a$"), "(?<![\\s\\S])a(?=\\u{a}?(?![\\s\\S]))");
  assert.equal(source("^a$", "m"), "(?:(?<![\\s\\S])|(?<=\\u{a})(?=[\\s\\S]))a(?=\\u{a}|(?![\\s\\S]))");
  assert.equal(source("\\Aa\\z"), "(?<![\\s\\S])a(?![\\s\\S])");
  assert.equal(source("\\d\\s"), "[0-9][\\u{9}-\\u{d}\\u{20}]");
  assert.equal(source("(*CR)."), "[^\\u{d}]");
});

test("translation: bytes >= 0x80 become private use characters in byte mode, code points in UTF-8 mode", () => {
  assert.equal(source("é"), "\\u{e0c3}\\u{e0a9}");
  assert.equal(source("é", "u"), "\\u{e9}");
  assert.equal(source("[\\x80-\\xff]"), "[\\u{e080}-\\u{e0ff}]");
  assert.equal(source("[\\x00-\\xff]"), "[\\u{0}-\\u{7f}\\u{e080}-\\u{e0ff}]");
});

test("translation: caseless matching by hand in byte mode when mixed, JS's i flag when uniform", () => {
  assert.equal(source("a(?i)b"), "a[Bb]");
  assert.ok(compile("(?i)ab").info.flags.includes("i"));
  assert.ok(!compile("ab", "i").info.source.includes("["));
  // \w under /ui would match U+017F: caseless by hand then
  assert.ok(!compile("\\w", "iu").info.flags.includes("i"));
});

test("translation: atomic groups and possessive quantifiers use (?=(X))\\k; group numbers follow", () => {
  const r = compile("(?>a+)(b)\\1c*+");
  assert.equal(r.info.source, "(?:(?=(a+))\\1)(b)(?:\\2)(?:(?=(c*))\\3)");
  assert.deepEqual(r.info.groupMap, [[0], [2]]);
  assert.deepEqual(groups("(?>a+)(b)\\1c*+", "", "aabbcc"), [[0, 6], [2, 3]]);
  assert.equal(groups("(?>a+)a", "", "aaa"), null);
  assert.equal(groups("a++a", "", "aaa"), null);
});

test("translation: a bounded repeat of something that can match empty keeps PCRE's order", () => {
  assert.equal(source("(?:b*?)?"), "(?:(?:b*?)|)");
  assert.deepEqual(groups("(?:[A-Z]*?)?", "", "xK", 1), [[1, 1]]);
  assert.deepEqual(groups("(?:(?:[A-Z]*?)?){1,3}?", "", "xK", 1), [[1, 1]]);
  assert.deepEqual(groups("(a|)?b", "", "ab"), [[0, 2], [0, 1]]);
});

test("captures in repeats: PCRE's empty last iteration and the captures kept from earlier iterations", () => {
  // a greedy unbounded repeat of a group that can match empty ends with one empty iteration
  assert.deepEqual(groups("(a*)*b", "", "aab"), [[0, 3], [2, 2]]);
  assert.deepEqual(groups("(\\w*\\s*)*$", "", "ab cd"), [[0, 5], [5, 5]]);
  // small bounded repeats are written out, so a capture set by an earlier iteration stays
  assert.deepEqual(groups("((a)|b){2}", "", "ab"), [[0, 2], [1, 2], [0, 1]]);
  assert.deepEqual(groups("(?:(a)|(b)){2,4}c", "", "abac"), [[0, 4], [2, 3], [1, 2]]);
  // not for unbounded repeats (a JS limit): group 1 is unset where PCRE gives "a"
  assert.deepEqual(groups("(?:(a)|b)*", "", "ab"), [[0, 2], [-1, -1]]);
});

test("named groups are plain numbered groups; references by name resolve", () => {
  assert.deepEqual(groups("(?<y>\\d+)-(?P<m>\\d+)-(?'d'\\d+) \\k<y>\\k{m}(?P=d)\\g{y}", "", "1-2-3 1231"), [[0, 10], [0, 1], [2, 3], [4, 5]]);
  assert.deepEqual(groups("(a)(b)\\g{-1}\\g1", "", "abba"), [[0, 4], [0, 1], [1, 2]]);
});

test("PCRE's compile errors", () => {
  const cases: [string, string][] = [
    ["(a", "missing )"],
    ["a)", "unmatched parentheses"],
    ["[a", "missing terminating ] for character class"],
    ["[]", "missing terminating ] for character class"],
    ["*a", "nothing to repeat"],
    ["a**", "nothing to repeat"],
    ["\\b+", "nothing to repeat"],
    ["(?i)*", "nothing to repeat"],
    ["a{2,1}", "numbers out of order in {} quantifier"],
    ["a{65536}", "number too big in {} quantifier"],
    ["a\\", "\\ at end of pattern"],
    ["\\c", "\\c at end of pattern"],
    ["[z-a]", "range out of order in character class"],
    ["[a-\\d]", "invalid range in character class"],
    ["(?<=a+)b", "lookbehind assertion is not fixed length"],
    ["(?<=a(b|cd))e", "lookbehind assertion is not fixed length"],
    ["(a)\\2", "reference to non-existent subpattern"],
    ["\\k<x>", "reference to non-existent subpattern"],
    ["(?<n>a)(?<n>b)", "two named subpatterns have the same name"],
    ["(?<1a>x)", "group name must start with a non-digit"],
    ["(?<a", "syntax error in subpattern name (missing terminator)"],
    ["(?z)", "unrecognized character after (? or (?-"],
    ["(?#x", "missing ) after comment"],
    ["[:alpha:]", "POSIX named classes are supported only within a class"],
    ["[[:foo:]]", "unknown POSIX class name"],
    ["[[.a.]]", "POSIX collating elements are not supported"],
    ["\\p{Foo}", "unknown property name after \\P or \\p"],
    ["\\p", "malformed \\P or \\p sequence"],
    ["\\x{100}", "character value in \\x{} or \\o{} is too large"],
    ["\\400", "octal value is greater than \\377 in 8-bit non-UTF-8 mode"],
    ["\\x{zz}", "non-hex character in \\x{} (closing brace missing?)"],
    ["\\u0041", "PCRE does not support \\L, \\l, \\N{name}, \\U, or \\u"],
    ["[\\N]", "\\N is not supported in a class"],
    ["\\g{0}", "a numbered reference must not be zero"],
    ["(*BOGUS)", "(*VERB) not recognized or malformed"],
    ["(?X)\\y", "unrecognized character follows \\"],
  ];
  for (const [p, msg] of cases) assert.equal(pcreError(p), msg, p);
  assert.equal(pcreError("\\x{d800}", "u"), "disallowed Unicode code point (>= 0xd800 && <= 0xdfff)");
  assert.equal(pcreError(String.fromCharCode(0xe9), "u"), "(compiled)");
  assert.throws(() => compileRegexp(Uint8Array.of(0x61, 0xe9), "u"), /invalid UTF-8 string/);
});

test("constructs a JS RegExp cannot express are refused, naming them", () => {
  const refused: [string, string][] = [
    ["(?R)", "the recursion (?R)"],
    ["(a)(?1)", "the subroutine call (?n)"],
    ["(?<n>a)(?&n)", "the subroutine call (?&name)"],
    ["(?(1)a|b)", "the conditional group (?(...)...)"],
    ["(?|(a)|(b))", "the branch reset group (?|...)"],
    ["a\\Kb", "\\K"],
    ["a\\G", "\\G other than at the start of the pattern"],
    ["a(*COMMIT)b", "the backtracking control verb (*COMMIT)"],
    ["(*UCP)\\w", "(*UCP)"],
    ["(*CRLF)a", "(*CRLF)"],
    ["(?C1)a", "the callout (?C...)"],
  ];
  for (const [p, what] of refused) assert.equal(pcreError(p), `${what} is not supported by nekovm`, p);
  assert.equal(pcreError("\\C", "u"), "\\C in UTF-8 mode is not supported by nekovm");
  assert.equal(pcreError("\\C"), "(compiled)");
});

test("matching: PCRE's '$', '^' and '.' on bytes", () => {
  assert.deepEqual(groups("a$", "", "a\n"), [[0, 1]]);
  assert.equal(groups("a$", "", "a\n\n"), null);
  assert.equal(groups("^$", "m", "a\n"), null);
  assert.deepEqual(groups("a.c", "", "a\rc"), [[0, 3]]);
  assert.equal(groups("a.c", "", "a\nc"), null);
  assert.equal(groups("^b", "", "ab", 1), null);
  assert.deepEqual(groups("(?<=a)b", "", "ab", 1), [[1, 2]]);
  assert.deepEqual(groups("b$", "", "abc", 1, 1), [[1, 2]], "the subject ends at pos + len");
  assert.equal(groups("b(?=c)", "", "abc", 1, 1), null);
  assert.deepEqual(groups("\\Gb", "", "bb", 1), [[1, 2]]);
  assert.equal(groups("\\Gb", "", "bab", 1), null);
});

test("matching: caseless in byte mode folds ASCII only; UTF-8 mode folds Unicode", () => {
  assert.equal(groups("é", "i", "É"), null);
  assert.deepEqual(groups("é", "iu", "É"), [[0, 2]]);
  assert.deepEqual(groups("k", "iu", "\u212a"), [[0, 3]]);
  assert.equal(groups("\\w", "iu", "\u017f"), null);
  assert.deepEqual(groups("s", "iu", "\u017f"), [[0, 2]]);
  assert.deepEqual(groups("a(?i)b", "u", "aB"), [[0, 2]]);
  assert.equal(groups("[[:lower:]]", "iu", "\u017f"), null);
});

test("matching: positions are byte offsets in UTF-8 mode", () => {
  assert.deepEqual(groups("(.)(.)", "u", "😀é"), [[0, 6], [0, 4], [4, 6]]);
  assert.deepEqual(groups("é", "u", "aé", 1), [[1, 3]]);
  assert.deepEqual(groups("(?<=é)a", "u", "éa"), [[2, 3]]);
  assert.deepEqual(groups(".", "", "é"), [[0, 1]]);
});

test("matching: invalid UTF-8 and offsets inside a character raise pcre_exec's error", () => {
  const err = "An error occurred while running pcre_exec";
  assert.equal(thrownString(() => groups("a", "u", Uint8Array.of(0xff, 0x61))), err);
  assert.equal(thrownString(() => groups("a", "u", "éa", 1)), err);
  assert.equal(thrownString(() => groups("a", "u", Uint8Array.of(0xc3, 0xa9, 0xff), 0, 2)), "(no exception)");
  assert.equal(thrownString(() => groups("x", "u", "é", 0, 1)), err);
  assert.equal(thrownString(() => groups("a", "u", Uint8Array.of(0xed, 0xa0, 0x80))), err);
});

test("subjects are cached while no string is written, and re-checked after a write", () => {
  const b = new Uint8Array(5000).fill(0x61);
  const s = new NekoString(b);
  const r = compile("b+");
  assert.equal(execRegexp(vm, r, s, b.length, 0), false);
  b[4000] = 0x62;
  noteStringWrite();
  assert.equal(execRegexp(vm, r, s, b.length, 0), true);
  assert.deepEqual([r.matchs[0], r.matchs[1]], [4000, 4001]);
  b[4001] = 0x62;
  noteStringWrite();
  assert.equal(execRegexp(vm, r, s, b.length, 0), true);
  assert.deepEqual([r.matchs[0], r.matchs[1]], [4000, 4002]);
});

test("a 1 MB subject: a split-like loop over 20000 matches stays fast", () => {
  const n = 1 << 20;
  const b = new Uint8Array(n);
  for (let i = 0; i < n; i++) b[i] = i % 50 === 49 ? 0x2c : 0x61 + (i % 26);
  const s = new NekoString(b);
  for (const opt of ["", "u"]) {
    const r = compile(",", opt);
    const t0 = Date.now();
    let pos = 0, count = 0;
    while (execRegexp(vm, r, s, n, pos)) {
      pos = r.matchs[1];
      count++;
    }
    assert.equal(count, Math.floor(n / 50));
    assert.ok(Date.now() - t0 < 3000, `loop took ${Date.now() - t0} ms`);
  }
});

const prim = (name: string) => regexpPrimitives[name][1] as (vm: VM, ...a: Value[]) => Value | undefined;

test("primitives: argument checks return undefined (neko_error)", () => {
  const r = prim("regexp_new")(vm, str("a(b)?"))!;
  assert.equal(prim("regexp_new")(vm, 1), undefined);
  assert.equal(prim("regexp_new_options")(vm, str("a"), str("q")), undefined);
  assert.equal(prim("regexp_matched")(vm, r, 0), undefined, "no match yet");
  assert.equal(prim("regexp_match")(vm, r, str("xab"), 0, 4), undefined, "past the end");
  assert.equal(prim("regexp_match")(vm, r, str("xab"), -1, 1), undefined);
  assert.equal(prim("regexp_match")(vm, r, str("xab"), 0, 3), true);
  assert.equal(prim("regexp_matched")(vm, r, 2), undefined);
  assert.equal(prim("regexp_matched")(vm, r, -1), undefined);
  assert.equal(prim("regexp_match")(vm, r, str("xa"), 0, 2), true);
  assert.equal(prim("regexp_matched")(vm, r, 1), null);
  assert.equal(prim("regexp_replace_fun")(vm, r, str("a"), str("f")), undefined);
});

test("primitives: a compile error is neko's failure object", () => {
  try {
    prim("regexp_new")(vm, str("(a"));
    assert.fail("no exception");
  } catch (e) {
    assert.ok(e instanceof NekoThrow);
    const o = (e as NekoThrow).value as NekoObject;
    assert.ok(o instanceof NekoObject);
    const field = (name: string) => vm.getNamed(o, name);
    assert.equal(Buffer.from((field("msg") as NekoString).b).toString(), "Regexp compilation error : missing ) in (a");
    assert.equal(Buffer.from((field("file") as NekoString).b).toString(), "regexp.c");
    assert.equal(field("line"), 115);
  }
});

test("primitives: replace_all on an empty match raises instead of looping forever as neko does", () => {
  const r = prim("regexp_new")(vm, str("x*"))!;
  assert.match(thrownString(() => prim("regexp_replace_all")(vm, r, str("abc"), str("-"))), /repeats forever/);
  assert.equal(Buffer.from((prim("regexp_replace")(vm, r, str("abc"), str("-")) as NekoString).b).toString(), "-abc");
  const f = vm.primitive("f", 1, () => str("<>"));
  assert.match(thrownString(() => prim("regexp_replace_fun")(vm, r, str("abc"), f)), /repeats forever/);
});
