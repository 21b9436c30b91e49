/// <reference types="node" />
// make_md5 / make_sha1 and the MD5 / SHA-1 code under them.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import { md5, sha1 } from "../../src/std/digest.js";
import { NekoFloat, NekoObject } from "../../src/value/value.js";
import { Std, hex, s } from "./helpers.js";

const toHex = (b: Uint8Array) => Array.from(b, (c) => c.toString(16).padStart(2, "0")).join("");
const ascii = (t: string) => new Uint8Array(Array.from(t, (c) => c.charCodeAt(0)));

test("MD5 test vectors (RFC 1321)", () => {
  assert.equal(toHex(md5(ascii(""))), "d41d8cd98f00b204e9800998ecf8427e");
  assert.equal(toHex(md5(ascii("abc"))), "900150983cd24fb0d6963f7d28e17f72");
  assert.equal(toHex(md5(ascii("message digest"))), "f96b697d7cb7938d525a2f31aaf161d0");
  assert.equal(toHex(md5(ascii("12345678901234567890123456789012345678901234567890123456789012345678901234567890"))), "57edf4a22be3c955ac49da2e2107b67a");
});

test("SHA-1 test vectors (FIPS 180-1)", () => {
  assert.equal(toHex(sha1(ascii("abc"))), "a9993e364706816aba3e25717850c26c9cd0d89d");
  assert.equal(toHex(sha1(ascii("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))), "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  assert.equal(toHex(sha1(new Uint8Array(1000).fill(97))), "291e9a6c66994949b57ba5e650361e98fc36b1ba");
  for (const n of [55, 56, 63, 64, 65, 119, 120]) assert.equal(sha1(new Uint8Array(n)).length, 20);
});

test("make_md5 of non-string values hashes neko's tagged words", () => {
  const std = new Std();
  // md5(null) == md5("\0\0\0\0"), as md5.c notes
  assert.equal(hex(std.call("make_md5", null)), hex(std.call("make_md5", s("\0\0\0\0"))));
  // an int is its tagged word (n << 1 | 1), little-endian
  assert.equal(hex(std.call("make_md5", 1)), hex(std.call("make_md5", s("\u0003\0\0\0"))));
  assert.equal(hex(std.call("make_md5", true)), hex(std.call("make_md5", s("\u0008\0\0\0"))));
  const o = new NekoObject();
  std.vm.setNamed(o, "self", o);
  assert.equal(hex(std.call("make_md5", o)).length, 32);
  assert.notEqual(hex(std.call("make_md5", new NekoFloat(1))), hex(std.call("make_md5", 1)));
});

test("make_sha1 checks its range", () => {
  const std = new Std();
  assert.equal(hex(std.call("make_sha1", s("xabcx"), 1, 3)), "a9993e364706816aba3e25717850c26c9cd0d89d");
  assert.equal(std.error("make_sha1", s("abc"), 1, 3), "std@make_sha1");
  assert.equal(std.error("make_sha1", s("abc"), -1, 1), "std@make_sha1");
});
