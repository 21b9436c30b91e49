/// <reference types="node" />
// Spot checks of the std primitive families called directly (the programs of
// test/std/programs compare whole runs with neko 2.3).

import { test } from "node:test";
import * as assert from "node:assert/strict";
import { NekoFloat, NekoObject, NekoString, PositiveNaN, type Value } from "../../src/value/value.js";
import { Std, bytes, hex, s } from "./helpers.js";

function list(std: Std, l: Value): string[] {
  const out: string[] = [];
  for (let c = l; c !== null; c = (c as Value[])[1]) out.push(std.show((c as Value[])[0]));
  return out;
}

test("string_split", () => {
  const std = new Std();
  assert.deepEqual(list(std, std.call("string_split", s("a,b,,c"), s(","))), ["a", "b", "", "c"]);
  assert.deepEqual(list(std, std.call("string_split", s("abc"), s(""))), ["a", "b", "c"]);
  assert.equal(std.call("string_split", s(""), s(",")), null);
  const whole = s("whole");
  assert.equal((std.call("string_split", whole, s(",")) as Value[])[0], whole);
});

test("sprintf", () => {
  const std = new Std();
  assert.equal(std.show(std.call("sprintf", s("%5d|%.3d|%x|%X|%c|%b|%s"), [-42, 7, 255, 255, 65, true, s("z")])), "   -42|007|ff|FF|A|true|z");
  assert.equal(std.show(std.call("sprintf", s("a%%b"), null)), "a%");
  assert.equal(std.error("sprintf", s("%%"), null), "std@sprintf");
  assert.equal(std.error("sprintf", s("%d %d"), 1), "std@sprintf");
  assert.equal(std.show(std.call("sprintf", s("%f"), new NekoFloat(0.1))), "0.1");
});

test("url and base encodings", () => {
  const std = new Std();
  assert.equal(std.show(std.call("url_encode", s("a b/é"))), "a%20b%2F%C3%A9");
  assert.equal(std.show(std.call("url_decode", s("a+b%2f%zz%4"))), "a b/");
  const b64 = s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
  assert.equal(std.show(std.call("base_encode", s("hello world"), b64)), "aGVsbG8gd29ybGQ");
  assert.equal(std.show(std.call("base_decode", s("aGVsbG8gd29ybGQ"), b64)), "hello world");
  assert.equal(std.error("base_encode", s("x"), s("abc")), "std@base_encode");
  assert.equal(std.error("base_decode", s("!!"), b64), "std@base_decode");
});

test("buffers", () => {
  const std = new Std();
  const b = std.call("buffer_new");
  std.call("buffer_add", b, s("x"));
  std.call("buffer_add", b, 12);
  std.call("buffer_add", b, new NekoFloat(1.5));
  std.call("buffer_add_char", b, 65);
  std.call("buffer_add_sub", b, s("hello"), 1, 3);
  assert.equal(std.show(std.call("buffer_string", b)), "x121.5Aell");
  assert.equal(std.call("buffer_get_length", b), 10);
  assert.equal(std.error("buffer_add_char", b, 256), "std@buffer_add_char");
  assert.equal(std.error("buffer_add_sub", b, s("abc"), 2, 2), "std@buffer_add_sub");
  std.call("buffer_reset", b);
  assert.equal(std.call("buffer_get_length", b), 0);
});

test("math rounding follows C's (int) conversion", () => {
  const std = new Std();
  const f = (x: number) => new NekoFloat(x);
  assert.equal(std.call("math_round", f(2.5)), 3);
  assert.equal(std.call("math_round", f(-2.5)), -2);
  assert.equal(std.call("math_round", f(1e20)), -2147483648);
  assert.equal(std.call("math_floor", f(NaN)), -2147483648);
  assert.equal(std.call("math_round", f(3e9)), -2147483648);
  assert.equal(std.call("math_int", f(-3.7)), -3);
  assert.equal(std.call("math_ceil", 7), 7);
  assert.ok(std.call("math_pow", 2, 3) instanceof NekoFloat);
  assert.equal(std.call("math_abs", -1073741824), -1073741824);
  assert.equal(std.call("math_abs", -2147483648), -2147483648);
  assert.ok(std.call("math_abs", f(NaN)) instanceof PositiveNaN);
  assert.ok(std.call("math_acos", f(2)) instanceof PositiveNaN);
  assert.ok(!(std.call("math_sqrt", f(-1)) instanceof PositiveNaN));
  assert.equal(std.error("math_abs", s("x")), "std@math_abs");
});

test("int32 operations wrap at 32 bits", () => {
  const std = new Std();
  assert.equal(std.call("int32_add", 2147483647, 1), -2147483648);
  assert.equal(std.call("int32_mul", 65536, 65536), 0);
  assert.equal(std.call("int32_ushr", -1, 28), 15);
  assert.equal(std.call("int32_shl", 1, 33), 2);
  assert.equal(std.error("int32_div", 1, 0), "std@int32_div");
  assert.equal(std.error("int32_to_int", 2147483647), "std@int32_to_int");
  assert.equal(std.call("int32_new", new NekoFloat(1e12)), -2147483648);
  assert.equal(std.call("int32_compare", -5, 3), -1);
});

test("float bytes keep NaN signs", () => {
  const std = new Std();
  assert.equal(hex(std.call("float_bytes", new NekoFloat(1.5), true)), "3fc00000");
  assert.equal(hex(std.call("double_bytes", new NekoFloat(-2), false)), "00000000000000c0");
  assert.equal(hex(std.call("double_bytes", new NekoFloat(NaN), true)), "fff8000000000000");
  assert.equal(hex(std.call("double_bytes", new PositiveNaN(), true)), "7ff8000000000000");
  assert.ok(std.call("float_of_bytes", bytes(0x7f, 0xc0, 0, 0), true) instanceof PositiveNaN);
  assert.equal((std.call("double_of_bytes", bytes(0, 0, 0, 0, 0, 0, 0xf0, 0x3f), false) as NekoFloat).v, 1);
  assert.equal(std.error("float_of_bytes", s("abc"), true), "std@float_of_bytes");
});

test("serialize round trips and shares references", () => {
  const std = new Std();
  const shared = s("shared");
  const o = new NekoObject();
  std.vm.setNamed(o, "a", shared);
  std.vm.setNamed(o, "b", [shared, o, 1, new NekoFloat(2.5), null, true, -2147483648]);
  const ser = std.call("serialize", o) as NekoString;
  assert.equal(hex(ser).slice(0, 2), "6f"); // 'o'
  const back = std.call("unserialize", ser, null) as NekoObject;
  const b = std.vm.getNamed(back, "b") as Value[];
  assert.equal(b[0], std.vm.getNamed(back, "a"));
  assert.equal(b[1], back);
  assert.equal(std.show(back), std.show(o));
  assert.equal(std.error("unserialize", s("q"), null), "Invalid serialized data");
  assert.equal(std.error("serialize", std.call("buffer_new")), "serialize.c(286) : Cannot Serialize Abstract");
});

test("utf8", () => {
  const std = new Std();
  const b = std.call("utf8_buf_alloc", 1);
  for (const c of [65, 0xe9, 0x20ac, 0x1f600]) std.call("utf8_buf_add", b, c);
  const str = std.call("utf8_buf_content", b) as NekoString;
  assert.equal(hex(str), "41c3a9e282acf09f9880");
  assert.equal(std.call("utf8_length", str), 4);
  assert.equal(std.call("utf8_buf_length", b), 4);
  assert.equal(std.call("utf8_get", str, 3), 0x1f600);
  assert.equal(hex(std.call("utf8_sub", str, 1, 2)), "c3a9e282ac");
  assert.equal(std.call("utf8_validate", bytes(0xc3)), false);
  assert.equal(std.call("utf8_compare", s("abc"), s("abd")), -1);
  assert.equal(std.error("utf8_compare", bytes(0x7f), bytes(0x7f)), "std@utf8_compare");
  assert.equal(std.error("utf8_length", bytes(0x80)), "std@utf8_length");
});

test("parse_xml events", () => {
  const std = new Std();
  const events: string[] = [];
  const cb = new NekoObject();
  const vm = std.vm;
  vm.setNamed(cb, "xml", vm.primitive("xml", 2, (_vm, n: Value, a: Value) => (events.push("xml " + std.show(n) + " " + std.show(a)), null)));
  vm.setNamed(cb, "done", vm.primitive("done", 0, () => (events.push("done"), null)));
  vm.setNamed(cb, "pcdata", vm.primitive("pcdata", 1, (_vm, t: Value) => (events.push("pcdata " + std.show(t)), null)));
  vm.setNamed(cb, "cdata", vm.primitive("cdata", 1, (_vm, t: Value) => (events.push("cdata " + std.show(t)), null)));
  vm.setNamed(cb, "comment", vm.primitive("comment", 1, (_vm, t: Value) => (events.push("comment " + std.show(t)), null)));
  std.call("parse_xml", s("<a x='1'>t<![CDATA[c]]><!--m--><b/></a>"), cb);
  assert.deepEqual(events, ["xml a { x => 1 }", "pcdata t", "cdata c", "comment m", "xml b {}", "done", "done"]);
  assert.equal(std.error("parse_xml", s("<a></b>"), cb), "xml.c(80) : Xml parse error : Expected </a> at line 0 : ...>");
});

test("misc: merge_sort is stable, same_closure, print_redirect", () => {
  const std = new Std();
  const vm = std.vm;
  const arr: Value[] = [3, 1, 2, 1, 5, 4, 0, 9, 8, 7, 6, 5, 4, 3, 2, 1].map((x, i) => [x, i]);
  const cmp = vm.primitive("cmp", 2, (_vm, a: Value, b: Value) => ((a as number[])[0] - (b as number[])[0]) as Value);
  std.call("merge_sort", arr, arr.length, cmp);
  const keys = arr.map((p) => (p as number[])[0]);
  assert.deepEqual(keys, [...keys].sort((a, b) => a - b));
  for (let i = 1; i < arr.length; i++)
    if (keys[i] === keys[i - 1]) assert.ok((arr[i] as number[])[1] > (arr[i - 1] as number[])[1], "stable");
  assert.equal(std.call("same_closure", cmp, cmp), true);
  assert.equal(std.call("same_closure", cmp, vm.primitive("cmp", 2, () => 0)), false);
  assert.equal(std.call("same_closure", 1, 1), false);
  const printed: string[] = [];
  const orig = vm.print;
  std.call("print_redirect", vm.primitive("p", 1, (_vm, t: Value) => (printed.push(std.show(t)), null)));
  vm.print(new Uint8Array([104, 105]));
  std.call("print_redirect", null);
  assert.deepEqual(printed, ["hi"]);
  assert.equal(vm.print, orig);
});
