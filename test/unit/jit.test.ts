/// <reference types="node" />
// The JS tier on cases the corpora reach only through the interpreter (top-level code that
// does not loop stays interpreted): each program runs on both tiers with the same result.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import { NekoVM, run } from "../../src/index.js";
import { compile } from "../../src/compiler/index.js";
import { readRuntimeModule } from "../../src/loader/loader.js";
import { translate } from "../../src/jit/translate.js";
import { NekoFunction, type Value } from "../../src/value/value.js";
import { hashName } from "../../src/value/hash.js";
import { buildModule, type CodeItem } from "../bytecode/builder.js";

const both = (name: string, source: string, expected: unknown) => {
  for (const tier of ["jit", "interp"] as const) test(`${name} (${tier})`, () => assert.deepEqual(run(source, { tier }), expected));
};

both(
  "a field read missing from an object without prototype goes to the resolver",
  `$setresolver(function(o, id) "resolved:" + $field(id));
   var f = function(o) o.missing;
   f({ a => 1 })`,
  "resolved:missing",
);

both(
  "a field read missing from an object without prototype and no resolver is null",
  `var f = function(o) o.missing;
   f({ a => 1 })`,
  null,
);

both(
  "field reads through one, two and three prototypes, then the resolver",
  `var a = { x => 1 }; var b = $new(null); $objsetproto(b, a);
   var c = $new(null); $objsetproto(c, b); var d = $new(null); $objsetproto(d, c);
   $setresolver(function(o, id) "r:" + $field(id));
   var f = function(o) $array(o.x, o.y);
   $array(f(b), f(c), f(d))`,
  [[1, "r:y"], [1, "r:y"], [1, "r:y"]],
);

test("a big function makes its calls through R.call, a small one inline (the compact form)", () => {
  // the corpus program jit_compact_calls checks what such calls do against neko
  const body = Array.from({ length: 30 }, (_, k) => `s = s + k * ${k};`).join(" ");
  const source = `small = function(k) one(k) + 1; big = function(k) { var s = 0; ${body} s + one(k) }; one = function(x) x;`;
  const vm = new NekoVM();
  const m = readRuntimeModule(vm.ctx, compile(source, "compact.neko"), null, "compact");
  const sources = m.globals.filter((g): g is NekoFunction => g instanceof NekoFunction).map((f) => translate(m, f.addr, f.nargs).source);
  assert.equal(sources.length, 3);
  const [small, big] = sources;
  assert.ok(!small.includes("R.call("), small);
  assert.match(small, /acc = j\(th, acc\.env, s1\);/);
  assert.ok(big.includes("R.call(M, "), big);
  assert.ok(!big.includes("acc = j("), big);
});

test("a chain of `x == k` tests on one slot is one JS switch; two such tests stay tests", () => {
  // the corpus programs jit_case_chains and haxe/jit_switch_chains check what they do against neko
  const source = `cls = function(c) {
      if c == 32 || c == 9 || c == 10 return 1;
      if c == 34 return 2;
      if c == 45 || c == 48 || c == 49 return 3;
      4
    };
    sw = function(v) switch v { 1 => "a" 7 => "b" 100 => "c" default => "d" };
    two = function(v) switch v { 1 => "a" 70 => "b" };`;
  const vm = new NekoVM();
  const m = readRuntimeModule(vm.ctx, compile(source, "chains.neko"), null, "chains");
  const [cls, sw, two] = m.globals.filter((g): g is NekoFunction => g instanceof NekoFunction).map((f) => translate(m, f.addr, f.nargs));
  assert.match(cls.source, /switch \(c\) \{\ncase 32: case 9: case 10: acc = true; break b\d+;\ncase 34: acc = true; break b\d+;\ncase 45: case 48: case 49: acc = true; break b\d+;\ndefault: acc = false; break b\d+;\n\}/);
  assert.deepEqual(cls.caseKeys, [[32, 9, 10, 34, 45, 48, 49]]);
  assert.ok(!/R\.compare\(/.test(cls.source), cls.source);
  assert.deepEqual(sw.caseKeys, [[1, 7, 100]]);
  // two tests stay tests
  assert.deepEqual(two.caseKeys, []);
  assert.ok(two.source.includes("R.compare("), two.source);
});

test("a chain that code outside it enters in the middle stays tests; the same chain entered at its start is a switch", () => {
  const test3 = (k: number): CodeItem[] => ["AccStack0", "Push", ["AccInt", k], "Eq"];
  const chain = (p: string): CodeItem[] => [
    ...test3(1), ["JumpIf", p + "1"], { label: p + "mid" }, ...test3(2), ["JumpIf", p + "2"], ...test3(3), ["JumpIf", p + "3"], ["AccInt", 0], ["Ret", 1],
    { label: p + "1" }, ["AccInt", 10], ["Ret", 1], { label: p + "2" }, ["AccInt", 20], ["Ret", 1], { label: p + "3" }, ["AccInt", 30], ["Ret", 1],
  ];
  const exportAs = (g: number, name: string): CodeItem[] => [["AccBuiltin", hashName("exports")], "Push", ["AccGlobal", g], ["SetField", hashName(name)]];
  const code: CodeItem[] = [
    ...exportAs(0, "f"), ...exportAs(1, "g"), "AccNull", ["Ret", 0],
    // f: x < 100 jumps to the chain's second test
    { label: "f" }, "AccStack0", "Push", ["AccInt", 100], "Lt", ["JumpIf", "fmid"], ...chain("f"),
    { label: "g" }, ...chain("g"),
  ];
  const bytes = buildModule({ globals: [{ fun: "f", nargs: 1 }, { fun: "g", nargs: 1 }], fields: ["f", "g"], code });
  const m = readRuntimeModule(new NekoVM().ctx, bytes, null, "entered");
  const [f, g] = m.globals.filter((x): x is NekoFunction => x instanceof NekoFunction).map((x) => translate(m, x.addr, x.nargs));
  assert.deepEqual(f.caseKeys, []);
  assert.deepEqual(g.caseKeys, [[1, 2, 3]]);
  for (const tier of ["jit", "interp"] as const) {
    const vm = new NekoVM({ tier });
    const mod = vm.loadModule(bytes, "entered");
    const results = [1, 2, 3, 50, 200, 2.5].map((x) => [vm.call(mod.get("f"), [x]), vm.call(mod.get("g"), [x])]);
    assert.deepEqual(results, [[0, 10], [20, 20], [30, 30], [0, 0], [0, 0], [0, 0]], tier);
  }
});

test("array syntax on an object calls a translated __get/__set inline, between enterNative and leaveNative", () => {
  // the corpus program jit_native_depth checks the native levels these calls count against neko
  const source = `f = function(o, i) { o[i] = o[i + 1]; };`;
  const vm = new NekoVM();
  const m = readRuntimeModule(vm.ctx, compile(source, "inline_get.neko"), null, "inline_get");
  const f = m.globals.find((g): g is NekoFunction => g instanceof NekoFunction)!;
  const src = translate(m, f.addr, f.nargs).source;
  assert.match(src, /R\.enterNative\(M, \d+, [^,]+, 1\)\)\n {2}acc = R\.leaveNative\(j\(s\d+, v\.env, acc\), U, CSP, /);
  assert.match(src, /R\.enterNative\(M, \d+, [^,]+, 2\)\)\n {2}R\.leaveNative\(j\(s\d+, v\.env, s\d+, acc\), U, CSP, /);
});

test("$call(f, this, args) calls a translated f inline, between enterNative and leaveNative", () => {
  // the corpus program jit_call_inline checks such calls against neko
  const source = `make = function(c, x) { var o = $new(null); $call(c, o, $array(x)); o };`;
  const vm = new NekoVM();
  const m = readRuntimeModule(vm.ctx, compile(source, "inline_call.neko"), null, "inline_call");
  const f = m.globals.find((g): g is NekoFunction => g instanceof NekoFunction)!;
  // the builtins by value, as the JS tier gives them to the translator
  const names = new Map<Value, string>();
  for (const b of vm.ctx.vm.builtins.values()) if (b instanceof NekoFunction) names.set(b, b.name);
  const src = translate(m, f.addr, f.nargs, names).source;
  assert.match(src, /R\.enterNative\(M, \d+, [^,]+, s\d+\.length\)\)\n {2}acc = R\.leaveNative\(j\(s\d+, s\d+\.env, s\d+\[0\], s\d+\[1\], s\d+\[2\]\), U, CSP, /);
  assert.match(src, /else acc = R\.callv\(M, \d+, K\[\d+\], /);
  // the $call builtin is not loaded into acc first: the fallback names it
  assert.ok(!/acc = K\[\d+\];/.test(src), src);
});

test("only NekoObject has a property t, NekoFunction jit and module, NekoFloat v, NekoString s (the translated type tests rely on it)", async () => {
  // translated code tests `x?.t !== undefined` for "x is an object", `typeof x?.jit ===
  // "function"` for "x is a translated function", `x?.v !== undefined` for "x is a float" and
  // `x?.s !== undefined` for "x is a string" (cheaper than instanceof in V8's baseline code)
  const { NekoAbstract, NekoFloat, NekoObject, NekoString, Kind, PositiveNaN } = await import("../../src/value/value.js");
  const { setProto } = await import("../../src/value/object.js");
  const withProto = new NekoObject();
  setProto(withProto, new NekoObject());
  const values: Record<string, unknown[]> = {
    other: [null, true, false, 0, -1, 1 << 29, [], [1, 2], new NekoAbstract(new Kind("k"), {}), new NekoAbstract(new Kind("k"), null)],
    object: [new NekoObject(), withProto],
    function: [new NekoFunction(1, null, -1, () => null, "p", []), new NekoFunction(-1, null, -1, () => null, "v", [])],
    float: [new NekoFloat(1.5), new NekoFloat(NaN), new PositiveNaN()],
    string: [NekoString.of("t"), NekoString.of(""), new NekoString(new Uint8Array(2))],
  };
  const owner: Record<string, string> = { t: "object", jit: "function", module: "function", v: "float", s: "string" };
  for (const [prop, kind] of Object.entries(owner))
    for (const [k, xs] of Object.entries(values))
      for (const x of xs) {
        const got = (x as Record<string, unknown> | null)?.[prop];
        if (k === kind) assert.notEqual(got, undefined, `${prop} of ${k}`);
        else assert.equal(got, undefined, `${prop} of ${k} ${String(x)}`);
      }
  // and the translator uses them
  const vm = new NekoVM();
  const m = readRuntimeModule(vm.ctx, compile(`f = function(o) { o.x = o.y; g(o); f(o) }; g = function(o) o;`, "tests.neko"), null, "tests");
  const f = m.globals.find((g): g is NekoFunction => g instanceof NekoFunction)!;
  const src = translate(m, f.addr, f.nargs).source;
  assert.ok(!src.includes("instanceof NekoObject") && !src.includes("instanceof NekoFunction"), src);
  assert.match(src, /\(v = acc\?\.t\) !== undefined/);
  assert.match(src, /typeof \(j = acc\?\.jit\) === "function"/);
  assert.match(src, /if \(acc\?\.module === M && acc\.addr === /);
});

test("a tail call of a builtin with an inline form is its inline case, else the tail call", () => {
  // the corpus program jit_tail_calls checks such calls against neko
  const source = `g = function(z) $int(z);`;
  const vm = new NekoVM();
  const m = readRuntimeModule(vm.ctx, compile(source, "tails.neko"), null, "tails");
  const names = new Map<Value, string>();
  for (const b of vm.ctx.vm.builtins.values()) if (b instanceof NekoFunction) names.set(b, b.name);
  const g = m.globals.find((x): x is NekoFunction => x instanceof NekoFunction)!;
  const src = translate(m, g.addr, g.nargs, names).source;
  assert.match(src, /if \(\(typeof (s\d+) === "number" \|\| \1\?\.v !== undefined\)\) return \(typeof \1 === "number" \? \1 : \(\1\.v << 1\) >> 1\);\nacc = K\[\d+\];\nvm\.sp = base \+ 0; vm\.tcF = acc; vm\.tcThis = th; vm\.tcArgs = \[\1\];\nreturn TAIL;/);
});
