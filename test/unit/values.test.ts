/// <reference types="node" />
// Value helpers: field hashes and $hkey (src/value/hash.ts), "%.15g" float formatting
// (format.ts), val_compare (compare.ts), val_buffer printing (print.ts), object field
// tables (object.ts) and byte strings (string.ts). Expected values come from the real
// neko 2.3 ($hash, $hkey, $compare, $print) and from C's printf("%.15g") (glibc).

import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { hashBytes, hashName, valueHash } from "../../src/value/hash.js";
import { formatFloat, formatG, signBit } from "../../src/value/format.js";
import { compareValues, INVALID_COMPARISON } from "../../src/value/compare.js";
import { valueToBytes, valueToBuffer } from "../../src/value/print.js";
import {
  copyObject,
  fieldCount,
  fieldKey,
  findField,
  getField,
  hasOwnField,
  keyField,
  removeField,
  setField,
  setProto,
  sortedFieldIds,
} from "../../src/value/object.js";
import { ByteBuffer, bytesToString, compareBytes, concatBytes, emptyString, jsString, latin1, str, utf8 } from "../../src/value/string.js";
import { NekoFloat, NekoObject, NekoString, PositiveNaN, type Value } from "../../src/value/value.js";
import { NekoVM } from "../../src/api/nekovm.js";
import { MemoryHost } from "../../src/host/host.js";
import { asNekoThrow, type VM } from "../../src/interp/vm.js";
import { NekoThrow } from "../../src/interp/errors.js";
import { add } from "../../src/interp/ops.js";
import { MAX_STRING_SIZE, StringTooLong } from "../../src/value/string.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const fixtures = path.join(root, "test/bytecode/fixtures");

const bytes = (...b: number[]) => Uint8Array.from(b);
const ascii = (b: Uint8Array) => Buffer.from(b).toString("latin1");
const f = (x: number) => new NekoFloat(x);
const s = (x: string) => str(x);
/** A Neko string of latin1 chars (one byte each). */
const sb = (x: string) => new NekoString(Uint8Array.from(x, (c) => c.charCodeAt(0)));

function newVM(): VM {
  return new NekoVM({ host: new MemoryHost() }).vm;
}

/** An object with named fields (names registered in the VM, as the compiler's would be). */
function obj(vm: VM, fields: [string, Value][], proto: NekoObject | null = null): NekoObject {
  const o = new NekoObject();
  if (proto !== null) setProto(o, proto);
  for (const [k, v] of fields) vm.setNamed(o, k, v);
  return o;
}

function printed(vm: VM, v: Value): string {
  return ascii(valueToBytes(vm, v));
}

// ---------------------------------------------------------------------------------------
// Field hashes ($hash / val_id)

test("hashName matches neko's $hash", () => {
  const cases: [string, number][] = [
    ["", 0],
    ["a", 97],
    ["0", 48],
    ["$1", 8077],
    ["print", -930392019],
    ["__proto__", -35841816],
    ["constructor", 398798074],
    ["toString", 946786476],
    ["hasOwnProperty", -566386815],
    ["valueOf", -261340440],
    ["the quick brown fox jumps over the lazy dog", -324794829],
    ["ab\0cd", 21729], // stops at the NUL, like C
  ];
  for (const [name, h] of cases) assert.equal(hashName(name), h, name);
  assert.equal(hashName("print") >>> 0, 0xc88b582d);
});

test("hashName of non-ASCII names hashes their UTF-8 bytes (unsigned)", () => {
  assert.equal(hashName("été"), 925949236); // $hash("\195\169t\195\169")
  assert.equal(hashBytes(bytes(0xc3, 0xa9, 0x74, 0xc3, 0xa9)), 925949236);
  assert.equal(hashBytes(bytes(0xff, 0xff, 0xff, 0xff)), 693093952);
  assert.equal(hashBytes(bytes(0x61, 0x62, 0, 0x63, 0x64)), 21729);
  assert.equal(hashBytes(new Uint8Array(0)), 0);
});

test("field hashes stay within 31 signed bits", () => {
  for (const name of ["print", "a".repeat(1000), "zzzzzzzzzzzzzzzzzzzzzzzzzz", "\x7f".repeat(50)]) {
    const h = hashName(name);
    assert.ok(Number.isInteger(h) && h >= -0x40000000 && h <= 0x3fffffff, `${name}: ${h}`);
  }
});

// ---------------------------------------------------------------------------------------
// $hkey (val_hash)

test("valueHash matches neko's $hkey", () => {
  const vm = newVM();
  const cases: [string, Value, number][] = [
    ["null", null, 0],
    ["0", 0, 0],
    ["1", 1, 1],
    ["-1", -1, 1073741823],
    ["0x3fffffff", 0x3fffffff, 1073741823],
    ["0x7fffffff", 0x7fffffff, 1073741823],
    ["-0x80000000", -0x80000000, 0],
    ["123456", 123456, 123456],
    ["-123456", -123456, 1073618368],
    ["true", true, 1],
    ["false", false, 0],
    ["1.5", f(1.5), 102977661],
    ["0.0", f(0), 0],
    ["-0.0", f(-0), 474792576],
    ["2.0", f(2), 299474624],
    ["-2.5", f(-2.5), 962450724],
    ["1e100", f(1e100), 718839319],
    ['"a"', s("a"), 97],
    ['"abc"', s("abc"), 37698],
    ['""', s(""), 0],
    ['"\\255\\128"', sb("\xff\x80"), 1073739391],
    ['"a\\0b"', sb("a\0b"), 35475],
    ['"the quick..."', s("the quick brown fox jumps over the lazy dog"), 184792727],
    ["$array(1, \"x\", null)", [1, s("x"), null], 7871881],
    ["$array()", [], 0],
    ["[[1],[2]]", [[1], [2]], 131199],
    ["a function", vm.builtins.get(hashName("print"))!, 0],
  ];
  for (const [name, v, h] of cases) assert.equal(valueHash(v), h, name);
});

test("valueHash of objects, prototypes and cycles matches neko's $hkey", () => {
  const vm = newVM();
  const o = obj(vm, [["x", 1], ["y", s("s")]]);
  assert.equal(valueHash(o), 583869187);
  const o2 = obj(vm, [["x", 1], ["y", s("s")], ["z", f(2.5)]]); // $new(o) copies o
  assert.equal(valueHash(o2), 243451067);
  const n = obj(vm, [["a", null], ["b", []]]);
  assert.equal(valueHash(n), 120899055);
  const cyc: Value[] = [1, 2];
  cyc[1] = cyc;
  assert.equal(valueHash(cyc), 1);
  const co = new NekoObject();
  vm.setNamed(co, "self", co);
  vm.setNamed(co, "arr", [co]);
  assert.equal(valueHash(co), 361182152);
});

// ---------------------------------------------------------------------------------------
// Float formatting: C printf("%.15g")

/** [value, glibc printf("%.15g", value)] */
const FLOATS: [number, string][] = [
  [0.0, "0"],
  [-0.0, "-0"],
  [1.0, "1"],
  [-1.0, "-1"],
  [0.1, "0.1"],
  [0.2, "0.2"],
  [0.3, "0.3"],
  [0.30000000000000004, "0.3"],
  [0.3333333333333333, "0.333333333333333"],
  [0.6666666666666666, "0.666666666666667"],
  [2.5, "2.5"],
  [100.0, "100"],
  [0.5, "0.5"],
  [1.5, "1.5"],
  [9.5, "9.5"],
  [0.95, "0.95"],
  [0.995, "0.995"],
  [1000000000000000.0, "1e+15"],
  [1e+16, "1e+16"],
  [1e+17, "1e+17"],
  [1e+21, "1e+21"],
  [1e+22, "1e+22"],
  [1e+100, "1e+100"],
  [1e+300, "1e+300"],
  [1e-05, "1e-05"],
  [0.0001, "0.0001"],
  [1.234e-05, "1.234e-05"],
  [0.000123456789012345, "0.000123456789012345"],
  [1e-07, "1e-07"],
  [1.5e-07, "1.5e-07"],
  [1.23e-18, "1.23e-18"],
  [7e-10, "7e-10"],
  [1.2345678901234568e+17, "1.23456789012346e+17"],
  [1.7976931348623157e+308, "1.79769313486232e+308"],
  [2.2250738585072014e-308, "2.2250738585072e-308"],
  [5e-324, "4.94065645841247e-324"],
  [2.225073858507201e-308, "2.2250738585072e-308"],
  [1e-310, "9.99999999999997e-311"],
  [1.5e-320, "1.49998330077402e-320"],
  [562949953421312.5, "562949953421312"],
  [1234567890123455.0, "1.23456789012346e+15"],
  [100000000000000.5, "100000000000000"],
  [100000000000001.5, "100000000000002"],
  [999999999999999.5, "1e+15"],
  [999999999999999.4, "999999999999999"],
  [123456789012345.5, "123456789012346"],
  [123456789012345.6, "123456789012346"],
  [1000000000000005.0, "1e+15"],
  [1000000000000015.0, "1.00000000000002e+15"],
  [9999999999999996.0, "1e+16"],
  [12345678901234.25, "12345678901234.2"],
  [12345678901234.75, "12345678901234.8"],
  [1.2345678901234e-05, "1.2345678901234e-05"],
  [3.141592653589793, "3.14159265358979"],
  [2.718281828459045, "2.71828182845905"],
  [3.14159265358979, "3.14159265358979"],
  [12345.678, "12345.678"],
  [-12345.678, "-12345.678"],
  [9007199254740992.0, "9.00719925474099e+15"],
  [9007199254740994.0, "9.00719925474099e+15"],
  [9.223372036854776e+18, "9.22337203685478e+18"],
  [1.8446744073709552e+19, "1.84467440737096e+19"],
  [4503599627370495.5, "4.5035996273705e+15"],
  [4503599627370496.0, "4.5035996273705e+15"],
  [99999999999999.98, "100000000000000"],
  [999999999999999.0, "999999999999999"],
  [100000000000000.25, "100000000000000"],
  [-1e-300, "-1e-300"],
  [65536.0, "65536"],
  [4294967296.0, "4294967296"],
  [1073741823.0, "1073741823"],
  [1073741824.0, "1073741824"],
  [-2147483648.0, "-2147483648"],
  [0.001, "0.001"],
  [0.01, "0.01"],
  [123456.0, "123456"],
  [1234567.0, "1234567"],
  [9.999999999999999e-05, "0.0001"],
  [5e-05, "5e-05"],
  [2.5e-05, "2.5e-05"],
  [1.0000000000000002, "1"],
  [0.9999999999999999, "1"],
  [1000000000000000.5, "1e+15"],
  [9999999999999998.0, "1e+16"],
  [7.0, "7"],
  [8.5, "8.5"],
  [10.0, "10"],
  [1.1, "1.1"],
  [2.675, "2.675"],
  [1.005, "1.005"],
  [1e+23, "1e+23"],
  [8.41e+21, "8.41e+21"],
  [5e-310, "4.99999999999998e-310"],
  [Infinity, "inf"],
  [-Infinity, "-inf"],
];

test(`formatFloat equals printf("%.15g") on ${FLOATS.length} values`, () => {
  assert.ok(FLOATS.length >= 60);
  for (const [x, want] of FLOATS) assert.equal(formatFloat(x), want, `${x}`);
});

// floats-printf.txt: JS's shortest form of a double, then what glibc's printf("%.15g") prints
// for it (made by a small C program). Random values of every magnitude, 16-digit ties, runs
// of 9s that carry at the 15th digit, and the edges of plain notation (1e-4, 1e15).
test("formatFloat equals glibc's printf(\"%.15g\") on the values of floats-printf.txt", () => {
  const lines = fs.readFileSync(path.join(root, "test/unit/floats-printf.txt"), "latin1").trim().split("\n");
  assert.ok(lines.length > 3000);
  for (const line of lines) {
    const [x, want] = line.split(" ");
    assert.equal(formatFloat(Number(x)), want, x);
  }
});

test("formatFloat of negated values adds the sign", () => {
  for (const [x, want] of FLOATS) {
    if (x === 0 || !Number.isFinite(x)) continue;
    const neg = want.startsWith("-") ? want.slice(1) : "-" + want;
    assert.equal(formatFloat(-x), neg, `${-x}`);
  }
});

test("formatFloat of NaN: -nan by default, nan when parsed from text", () => {
  assert.equal(formatFloat(NaN), "-nan");
  assert.equal(formatFloat(NaN, true), "nan");
  assert.equal(formatG(NaN), signBit(NaN) ? "-nan" : "nan");
});

test("formatG with other precisions", () => {
  assert.equal(formatG(0.5, 1), "0.5");
  assert.equal(formatG(2.5, 1), "2"); // a tie rounds to even
  assert.equal(formatG(3.5, 1), "4");
  assert.equal(formatG(123456, 3), "1.23e+05");
  assert.equal(formatG(0.000123456, 3), "0.000123");
  assert.equal(formatG(Math.PI, 17), "3.1415926535897931");
  assert.equal(formatG(0.1, 17), "0.10000000000000001");
  assert.equal(formatG(1e21, 6), "1e+21");
});

test("signBit", () => {
  assert.equal(signBit(-0), true);
  assert.equal(signBit(0), false);
  assert.equal(signBit(-1e-320), true);
  assert.equal(signBit(Infinity), false);
  assert.equal(signBit(-Infinity), true);
});

// ---------------------------------------------------------------------------------------
// val_compare ($compare): -1/0/1, memcmp differences, or invalid

test("compareValues matches neko's $compare", () => {
  const vm = newVM();
  const I = INVALID_COMPARISON;
  const nan = f(NaN);
  const cases: [string, Value, Value, number][] = [
    ['"a" "c"', s("a"), s("c"), -2],
    ['"c" "a"', s("c"), s("a"), 2],
    ['"ab" "abc"', s("ab"), s("abc"), -1],
    ['"abc" "ab"', s("abc"), s("ab"), 1],
    ['"" ""', s(""), s(""), 0],
    ['"a\\0b" "a\\0c"', sb("a\0b"), sb("a\0c"), -1],
    ['"\\255" "a"', sb("\xff"), s("a"), 158],
    ["1 2", 1, 2, -1],
    ["2 1", 2, 1, 1],
    ["1 1.0", 1, f(1), 0],
    ["1 1.5", 1, f(1.5), -1],
    ['10 "9"', 10, s("9"), -8],
    ['"10" 9', s("10"), 9, -8],
    ['1.5 "1.5"', f(1.5), s("1.5"), 0],
    ['1.0 "1"', f(1), s("1"), 0],
    ['1e20 "1e+20"', f(1e20), s("1e+20"), 0],
    ['"abc" 1.5', s("abc"), f(1.5), 48],
    ['true "true"', true, s("true"), 0],
    ['"false" false', s("false"), false, 0],
    ["true false", true, false, 1],
    ["false true", false, true, -1],
    ["true true", true, true, 0],
    ["null null", null, null, 0],
    ["null 0", null, 0, I],
    ["0 null", 0, null, I],
    ["1 true", 1, true, I],
    ["$array() $array()", [], [], I],
    ["nan 1", nan, 1, I],
    ["1.0 nan", f(1), nan, I],
    ["nan nan (same value)", nan, nan, I],
    ["0x7fffffff 1", 0x7fffffff, 1, 1],
    ["-0x80000000 0x7fffffff", -0x80000000, 0x7fffffff, -1],
    ["inf 1", f(Infinity), 1, 1],
    ["-0.0 0.0", f(-0), f(0), 0],
  ];
  for (const [name, a, b, want] of cases) assert.equal(compareValues(vm, a, b), want, name);
  const e: Value[] = [];
  assert.equal(compareValues(vm, e, e), 0, "the same array");
  assert.equal(compareValues(vm, [1], [1]), I, "two arrays");
  const fn = vm.builtins.get(hashName("print"))!;
  assert.equal(compareValues(vm, fn, fn), 0, "the same function");
});

test("compareValues on objects uses __compare (through prototypes)", () => {
  const vm = newVM();
  const I = INVALID_COMPARISON;
  const ret = (v: Value) => vm.primitive("cmp", 1, () => v);
  const a = new NekoObject();
  const b = new NekoObject();
  assert.equal(compareValues(vm, a, b), I, "no __compare");
  assert.equal(compareValues(vm, a, a), 0, "the same object");
  const c = obj(vm, [["__compare", ret(42)]]);
  assert.equal(compareValues(vm, c, b), 42);
  assert.equal(compareValues(vm, b, c), I, "only the left operand's __compare counts");
  assert.equal(compareValues(vm, c, 1), I, "object vs int");
  assert.equal(compareValues(vm, obj(vm, [["__compare", ret(s("s"))]]), b), I, "a string result");
  assert.equal(compareValues(vm, obj(vm, [["__compare", ret(0x40000000)]]), b), I, "a boxed int32 result");
  assert.equal(compareValues(vm, obj(vm, [["__compare", ret(-0x40000000)]]), b), -0x40000000);
  assert.equal(compareValues(vm, obj(vm, [["__compare", ret(0xfe)]]), b), I);
  const h = new NekoObject();
  setProto(h, c);
  assert.equal(compareValues(vm, h, b), 42, "inherited __compare");
  let seen: Value = null;
  const d = obj(vm, [["__compare", vm.primitive("cmp", 1, (vm2: VM, other: Value) => ((seen = [vm2.vthis, other]), 0))]]);
  assert.equal(compareValues(vm, d, b), 0);
  assert.deepEqual(seen, [d, b], "__compare gets this = left operand and the right operand");
});

// ---------------------------------------------------------------------------------------
// Printing (val_buffer)

test("printing scalars", () => {
  const vm = newVM();
  assert.equal(printed(vm, null), "null");
  assert.equal(printed(vm, true), "true");
  assert.equal(printed(vm, false), "false");
  assert.equal(printed(vm, 0), "0");
  assert.equal(printed(vm, -0x80000000), "-2147483648");
  assert.equal(printed(vm, 0x7fffffff), "2147483647");
  assert.equal(printed(vm, f(1)), "1");
  assert.equal(printed(vm, f(1e16)), "1e+16");
  assert.equal(printed(vm, f(-0)), "-0");
  assert.equal(printed(vm, f(Infinity)), "inf");
  assert.equal(printed(vm, new PositiveNaN()), "nan");
  assert.equal(printed(vm, f(NaN)), "-nan");
  assert.equal(printed(vm, vm.builtins.get(hashName("print"))!), "#function:-1");
  assert.equal(printed(vm, vm.primitive("p", 2, () => null)), "#function:2");
});

test("printing strings keeps every byte (NUL and >= 0x80 included)", () => {
  const vm = newVM();
  const raw = Uint8Array.from([0x61, 0, 0x62, 0x80, 0xff, 0xc8, 0]);
  assert.deepEqual(valueToBytes(vm, new NekoString(raw)), raw);
  assert.equal(printed(vm, [sb("x\0y")]), "[x\0y]");
  assert.equal(printed(vm, obj(vm, [["k", sb("\0\xff")]])), "{ k => \0\xff }");
});

test("printing arrays and nested objects", () => {
  const vm = newVM();
  assert.equal(printed(vm, []), "[]");
  assert.equal(printed(vm, [[], [1, [2]]]), "[[],[1,[2]]]");
  assert.equal(printed(vm, [1, f(2.5), s("s"), null, true]), "[1,2.5,s,null,true]");
  assert.equal(printed(vm, [f(1), f(1e100), f(0.1 + 0.2)]), "[1,1e+100,0.3]");
  assert.equal(printed(vm, new NekoObject()), "{}");
  const n = obj(vm, [["inner", obj(vm, [["x", [[], [1, [2]]]]])]]);
  assert.equal(printed(vm, n), "{ inner => { x => [[],[1,[2]]] } }");
});

test("printing cyclic arrays and objects", () => {
  const vm = newVM();
  const a: Value[] = [1, 2, 3];
  a[1] = a;
  assert.equal(printed(vm, a), "[1,...,3]");
  const c = new NekoObject();
  vm.setNamed(c, "self", c);
  vm.setNamed(c, "list", [c, 1]);
  assert.equal(printed(vm, c), "{ list => [...,1], self => ... }");
  // the same (acyclic) value twice is printed twice
  const shared = [1];
  assert.equal(printed(vm, [shared, shared]), "[[1],[1]]");
  // deep nesting does not blow the stack
  let deep: Value = [];
  for (let i = 0; i < 1000; i++) deep = [deep];
  assert.equal(printed(vm, deep), "[".repeat(1001) + "]".repeat(1001));
});

test("object fields print in neko's order (ascending signed field id)", () => {
  const vm = newVM();
  const o = obj(vm, [["b", 2], ["a", 1], ["print", s("p")], ["zz", [1]]]);
  // print's id is negative, so it comes first; a (97) < b (98) < zz
  assert.equal(printed(vm, o), "{ print => p, a => 1, b => 2, zz => [1] }");
  assert.deepEqual(sortedFieldIds(o), [hashName("print"), 97, 98, hashName("zz")]);
});

test("printing objects with __string", () => {
  const vm = newVM();
  const sfun = vm.primitive("s", 0, () => s("custom"));
  const so = obj(vm, [["__string", sfun]]);
  assert.equal(printed(vm, so), "custom");
  assert.equal(printed(vm, [so]), "[custom]");
  // a non-string result: the fields are printed instead
  const t = obj(vm, [["__string", vm.primitive("t", 0, () => 12)], ["k", 1]]);
  assert.equal(printed(vm, t), "{ k => 1, __string => #function:0 }");
  // inherited __string
  const inheriting = new NekoObject();
  setProto(inheriting, so);
  assert.equal(printed(vm, inheriting), "custom");
  // __string gets the object as this
  let self: Value = null;
  const u = obj(vm, [["__string", vm.primitive("u", 0, (vm2: VM) => ((self = vm2.vthis), s("u")))]]);
  assert.equal(printed(vm, u), "u");
  assert.equal(self, u);
});

test("a field whose name the VM never saw prints as null", () => {
  const vm = newVM();
  const o = new NekoObject();
  setField(o, fieldKey(123456789), 1);
  assert.equal(printed(vm, o), "{ null => 1 }");
});

test("valueToBuffer appends", () => {
  const vm = newVM();
  const b = new ByteBuffer(1);
  valueToBuffer(vm, b, s("x="));
  valueToBuffer(vm, b, [1, f(0.5)]);
  assert.equal(ascii(b.toBytes()), "x=[1,0.5]");
});

// ---------------------------------------------------------------------------------------
// Object field tables; names that are special in JS are ordinary field names

const ADVERSARIAL = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "__defineGetter__", "isPrototypeOf", "length", "0", "1", "$1", "prototype", "then"];

test("adversarial field names behave like any name", () => {
  const vm = newVM();
  const o = new NekoObject();
  ADVERSARIAL.forEach((name, i) => vm.setNamed(o, name, i + 1));
  assert.equal(fieldCount(o), ADVERSARIAL.length);
  ADVERSARIAL.forEach((name, i) => {
    const k = vm.key(name);
    assert.equal(getField(o, k), i + 1, name);
    assert.equal(findField(o, k), i + 1, name);
    assert.equal(hasOwnField(o, k), true, name);
  });
  // a fresh object has none of them
  const e = new NekoObject();
  for (const name of ADVERSARIAL) {
    const k = vm.key(name);
    assert.equal(getField(e, k), null, name);
    assert.equal(findField(e, k), undefined, name);
    assert.equal(hasOwnField(e, k), false, name);
    assert.equal(removeField(e, k), false, name);
  }
  assert.equal(Object.getPrototypeOf(o.t), Object.getPrototypeOf({}), "the field table's JS prototype is untouched");
  // removal
  assert.equal(removeField(o, vm.key("constructor")), true);
  assert.equal(getField(o, vm.key("constructor")), null);
  assert.equal(fieldCount(o), ADVERSARIAL.length - 1);
  // printing lists them in id order
  const p = obj(vm, [["__proto__", 1], ["constructor", 2], ["toString", 3], ["hasOwnProperty", 4], ["valueOf", 5]]);
  assert.equal(printed(vm, p), "{ hasOwnProperty => 4, valueOf => 5, __proto__ => 1, constructor => 2, toString => 3 }");
});

test("prototype chains: lookup, shadowing, null fields", () => {
  const vm = newVM();
  const base = obj(vm, [["x", 1], ["y", 2]]);
  const mid = obj(vm, [["y", 20]], base);
  const top = obj(vm, [["z", null]], mid);
  assert.equal(getField(top, vm.key("x")), 1);
  assert.equal(getField(top, vm.key("y")), 20);
  assert.equal(getField(top, vm.key("z")), null);
  assert.equal(findField(top, vm.key("z")), null, "a null field is present");
  assert.equal(findField(top, vm.key("w")), undefined);
  assert.equal(hasOwnField(top, vm.key("x")), false);
  assert.equal(printed(vm, top), "{ z => null }", "only own fields print");
});

test("copyObject copies own fields and keeps the prototype", () => {
  const vm = newVM();
  const proto = obj(vm, [["p", 1]]);
  const o = obj(vm, [["a", 1], ["__proto__", 2]], proto);
  const c = copyObject(o);
  assert.notEqual(c, o);
  assert.equal(c.proto, proto);
  assert.deepEqual(sortedFieldIds(c), sortedFieldIds(o));
  setField(c, vm.key("a"), 5);
  assert.equal(getField(o, vm.key("a")), 1, "the copy is independent");
});

test("fieldKey / keyField round-trip, negative ids included", () => {
  for (const id of [0, 1, -1, 97, hashName("print"), 0x3fffffff, -0x40000000]) {
    assert.equal(keyField(fieldKey(id)), id);
    assert.ok(!/^\d+$/.test(fieldKey(id)), "never an array-index key");
  }
});

test("sortedFieldIds orders by signed id whatever the insertion order", () => {
  const o = new NekoObject();
  const ids = [5, -3, 0x3fffffff, -0x40000000, 0, 97, -930392019];
  for (const id of ids) setField(o, fieldKey(id), id);
  assert.deepEqual(sortedFieldIds(o), [...ids].sort((a, b) => a - b));
});

// ---------------------------------------------------------------------------------------
// Byte strings

test("str / utf8 / jsString / bytesToString / latin1", () => {
  assert.deepEqual(str("abc").b, bytes(0x61, 0x62, 0x63));
  assert.deepEqual(str("é").b, bytes(0xc3, 0xa9));
  assert.deepEqual(str("a\0b").b, bytes(0x61, 0, 0x62));
  assert.deepEqual(utf8("€"), bytes(0xe2, 0x82, 0xac));
  assert.equal(jsString(str("héllo\0")), "héllo\0");
  assert.equal(bytesToString(bytes(0xff, 0x61)), "\ufffda", "invalid UTF-8 is replaced");
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);
  const l = latin1(all);
  assert.equal(l.length, 256);
  for (let i = 0; i < 256; i++) assert.equal(l.charCodeAt(i), i);
  const big = new Uint8Array(20000).fill(0x41);
  assert.equal(latin1(big), "A".repeat(20000));
  assert.equal(bytesToString(big), "A".repeat(20000));
});

test("compareBytes is memcmp then length", () => {
  assert.equal(compareBytes(bytes(0x61), bytes(0x63)), -2);
  assert.equal(compareBytes(bytes(0xff), bytes(0x61)), 158);
  assert.equal(compareBytes(bytes(0x61, 0), bytes(0x61)), 1);
  assert.equal(compareBytes(bytes(0x61), bytes(0x61, 0)), -1);
  assert.equal(compareBytes(bytes(), bytes()), 0);
  assert.equal(compareBytes(bytes(0, 1), bytes(0, 2)), -1);
});

test("ByteBuffer grows and keeps bytes", () => {
  const b = new ByteBuffer(1);
  for (let i = 0; i < 1000; i++) b.addByte(i & 0xff);
  b.addAscii("xyz");
  b.addBytes(bytes(0, 0xff));
  const out = b.toBytes();
  assert.equal(out.length, 1005);
  assert.equal(out[999], 999 & 0xff);
  assert.equal(ascii(out.subarray(1000, 1003)), "xyz");
  assert.deepEqual(out.subarray(1003), bytes(0, 0xff));
  assert.deepEqual(b.toNeko().b, out);
  const big = new ByteBuffer(2);
  big.addBytes(new Uint8Array(100000).fill(7));
  assert.equal(big.toBytes().length, 100000);
});

test("concatBytes and emptyString", () => {
  assert.deepEqual(concatBytes(bytes(1, 2), bytes(3)).b, bytes(1, 2, 3));
  assert.equal(emptyString(0).length, 0);
  const e = emptyString(3);
  assert.deepEqual(e.b, bytes(0, 0, 0));
  assert.notEqual(emptyString(3).b, e.b, "fresh buffers");
});

// ---------------------------------------------------------------------------------------
// End to end: a module compiled by nekoc 2.3 printing these values (fixture print_values.n)

test("print_values.n prints what the real neko prints", () => {
  const b = new Uint8Array(fs.readFileSync(path.join(fixtures, "print_values.n")));
  const host = new MemoryHost();
  host.files.set("print_values.n", b);
  host.files.set("./print_values.n", b);
  const { exitCode } = new NekoVM({ host }).runMain("print_values.n", []);
  const want =
    "{ print => p, a => 1, b => 2, zz => [1,2.5,s,null,true] }\n{ inner => { x => [[],[1,[2]]] } }\n[1,...,3]\n" +
    "{ list => [...,1], self => ... }\n{}\ncustom [custom]\n{ k => 1, __string => #function:0 }\n{ x => 1, y => 2 } 1\n" +
    "{ hasOwnProperty => 4, valueOf => 5, __proto__ => 1, constructor => 2, toString => 3 }\n12345\ntrue false false\n" +
    "null null null\n{ hasOwnProperty => 4, valueOf => 5, __proto__ => 1, toString => 3 } [-566386815,-261340440,-35841816,946786476]\n" +
    "v1v2null2\na\x00b|3\n\xc8\xff\n[x\x00y]\n1 0.1 1e+16 -1.5 1e-05\n[1,1e+100,0.3]\n2147483647 -2147483648 1073741824\n" +
    "#function:-1 #function:2 #function:0\nnulltruefalse\n{ y => 2 } 1 true\n";
  assert.equal(ascii(host.stderrBytes()), "");
  assert.equal(ascii(host.stdoutBytes()), want);
  assert.equal(exitCode, 0);
});

test(
  "printing and hashing 10000-deep nested arrays and objects (the real neko 2.3 handles them)",
  () => {
    // neko: var a = $array(); 10000 x a = $array(a); o: 10000 x { x => o }
    //   $hkey(o) = 656797696, $hkey(a) = 0, $ssize($string(a)) = 20002, $ssize($string(o)) = 90002
    const vm = newVM();
    let a: Value = [];
    for (let i = 0; i < 10000; i++) a = [a];
    let o = new NekoObject();
    for (let i = 0; i < 10000; i++) o = obj(vm, [["x", o]]);
    assert.equal(valueHash(o), 656797696);
    assert.equal(valueHash(a), 0);
    assert.equal(valueToBytes(vm, a).length, 20002);
    assert.equal(valueToBytes(vm, o).length, 90002);
  },
);

function runFixture(name: string): { stdout: string; stderr: string; exit: number } {
  const b = new Uint8Array(fs.readFileSync(path.join(fixtures, name)));
  const host = new MemoryHost();
  host.files.set(name, b);
  host.files.set("./" + name, b);
  const { exitCode } = new NekoVM({ host }).runMain(name, []);
  return { stdout: ascii(host.stdoutBytes()), stderr: ascii(host.stderrBytes()), exit: exitCode };
}

test("valueHash of NaNs hashes the sign bit", () => {
  assert.equal(valueHash(new PositiveNaN()), 402452285); // $hkey($float("nan"))
  assert.equal(valueHash(f(Infinity)), 26085237);
});

test(
  "NaN signs through arithmetic print and hash as on the real neko (fixture nan_sign.n)",
  () => {
    // 0/0, inf-inf, inf*0, sqrt(-1) make negative NaNs; arithmetic with a positive NaN operand keeps it positive.
    const want = [
      "-nan 877244861", "-nan 877244861", "-nan 877244861", "-nan 877244861",
      "nan 402452285", "nan 402452285", "nan 402452285", "nan 402452285", "nan 402452285", "nan 402452285",
      "-nan 877244861", "-nan 877244861", "-nan 877244861",
    ];
    assert.deepEqual(runFixture("nan_sign.n"), { stdout: want.join("\n") + "\n", stderr: "", exit: 0 });
  },
);

// ---------------------------------------------------------------------------------------
// String sizes: past neko's max_string_size a concatenation is neko's failure (alloc.c),
// never a JS RangeError. A string claiming that length stands in for a 256 MB one.

test("a concatenation past max_string_size raises neko's failure", () => {
  const vm = newVM();
  class Long extends NekoString {
    override get length(): number {
      return MAX_STRING_SIZE;
    }
  }
  const long = new Long(null, "x");
  const failed = (e: unknown) =>
    e instanceof NekoThrow && e.value instanceof NekoObject && jsString(vm.getNamed(e.value, "msg") as NekoString) === "max_string_size reached" && vm.getNamed(e.value, "line") === 177;
  // add runs under its position's frame (4 slots, as slow() pushes); neko's failure names
  // no position, so the frame is dropped before the failure is raised
  const csp = vm.csp;
  vm.csp = csp + 4;
  assert.throws(() => add(vm, long, NekoString.of("y")), failed);
  assert.equal(vm.csp, csp);
  vm.csp = csp + 4;
  assert.throws(() => add(vm, long, 1), failed);
  assert.equal(vm.csp, csp);
  assert.equal(jsString(add(vm, new Long(null, ""), NekoString.of("")) as NekoString), "", "exactly max_string_size is allowed");
});

test("a string-size overflow thrown where no VM is at hand becomes neko's failure", () => {
  const vm = newVM();
  const e = asNekoThrow(vm, new StringTooLong());
  assert.ok(e.value instanceof NekoObject);
  assert.equal(jsString(vm.getNamed(e.value, "msg") as NekoString), "max_string_size reached");
  assert.equal(jsString(vm.getNamed(e.value, "file") as NekoString), "alloc.c");
});
