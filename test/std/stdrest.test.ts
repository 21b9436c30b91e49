/// <reference types="node" />
// Unit tests of the last std primitives: ELF section update, inet_aton parsing, host_*,
// and the primitives that need a SysHost failing cleanly without one.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { NekoVM } from "../../src/api/nekovm.js";
import { NekoThrow } from "../../src/interp/errors.js";
import { NodeHost } from "../../src/host/node/index.js";
import { inetAton } from "../../src/std/host.js";
import { bytesToString, str } from "../../src/value/string.js";
import { NekoString, type Value } from "../../src/value/value.js";
import { Std } from "./helpers.js";

function callWith(neko: NekoVM, name: string, ...args: Value[]): Value | undefined {
  const def = neko.primitives.find("std", name, args.length);
  if (def === null) throw new Error("no primitive " + name);
  return def.fn(neko.vm, ...args);
}

/** A minimal ET_EXEC ELF with sections: null, .shstrtab, .nekobytecode (type NOBITS, flags 0x10000003). */
function makeElf(bits: 32 | 64, type = 2): Uint8Array {
  const strtab = str("\0.shstrtab\0.nekobytecode\0").b;
  const ehsize = bits === 64 ? 64 : 52;
  const shent = bits === 64 ? 64 : 40;
  const shoff = (ehsize + strtab.length + 7) & ~7;
  const b = new Uint8Array(shoff + 3 * shent);
  const dv = new DataView(b.buffer);
  b.set([0x7f, 0x45, 0x4c, 0x46, bits === 64 ? 2 : 1, 1, 1], 0);
  dv.setUint16(16, type, true);
  if (bits === 64) {
    dv.setBigUint64(40, BigInt(shoff), true);
    dv.setUint16(58, shent, true);
    dv.setUint16(60, 3, true);
    dv.setUint16(62, 1, true);
  } else {
    dv.setUint32(32, shoff, true);
    dv.setUint16(46, shent, true);
    dv.setUint16(48, 3, true);
    dv.setUint16(50, 1, true);
  }
  b.set(strtab, ehsize);
  const sec = (i: number, name: number, stype: number, flags: number, off: number, size: number) => {
    const o = shoff + i * shent;
    dv.setUint32(o, name, true);
    dv.setUint32(o + 4, stype, true);
    if (bits === 64) {
      dv.setBigUint64(o + 8, BigInt(flags), true);
      dv.setBigUint64(o + 16, 0x4184n, true);
      dv.setBigUint64(o + 24, BigInt(off), true);
      dv.setBigUint64(o + 32, BigInt(size), true);
      dv.setBigUint64(o + 48, 16n, true);
      dv.setBigUint64(o + 56, 5n, true);
    } else {
      dv.setUint32(o + 8, flags, true);
      dv.setUint32(o + 12, 0x4184, true);
      dv.setUint32(o + 16, off, true);
      dv.setUint32(o + 20, size, true);
      dv.setUint32(o + 32, 16, true);
      dv.setUint32(o + 36, 5, true);
    }
  };
  sec(1, 1, 3, 0, ehsize, strtab.length);
  sec(2, 11, 8, 0x10000003, 0x4184, 0x20);
  return b;
}

test("elf_update_section_header_for_bytecode rewrites the .nekobytecode header (as neko 2.3 does)", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nekovm-elf-"));
  try {
    const neko = new NekoVM({ host: new NodeHost() });
    for (const bits of [32, 64] as const) {
      const file = path.join(dir, "exe" + bits);
      fs.writeFileSync(file, makeElf(bits));
      assert.equal(callWith(neko, "elf_update_section_header_for_bytecode", str(file), 4096, 300), true);
      const b = new Uint8Array(fs.readFileSync(file));
      const dv = new DataView(b.buffer, b.byteOffset);
      const shent = bits === 64 ? 64 : 40;
      const o = ((bits === 64 ? 64 : 52) + 25 + 7 & ~7) + 2 * shent;
      const field = (off64: number, off32: number) => (bits === 64 ? Number(dv.getBigUint64(o + off64, true)) : dv.getUint32(o + off32, true));
      assert.equal(dv.getUint32(o + 4, true), 1, "type PROGBITS");
      assert.equal(field(8, 8), 0x10000000, "flags keep the OS/processor bits only");
      assert.equal(field(16, 12), 0, "addr");
      assert.equal(field(24, 16), 4096, "offset");
      assert.equal(field(32, 20), 300, "size");
      assert.equal(field(48, 32), 1, "addralign");
      assert.equal(field(56, 36), 0, "entsize");
      // refused: an interpreter size not a multiple of 4 (file untouched)
      fs.writeFileSync(file, makeElf(bits));
      assert.equal(callWith(neko, "elf_update_section_header_for_bytecode", str(file), 6, 1), false);
      assert.deepEqual(new Uint8Array(fs.readFileSync(file)), makeElf(bits));
    }
    const dyn = path.join(dir, "dyn");
    fs.writeFileSync(dyn, makeElf(64, 3));
    assert.equal(callWith(neko, "elf_update_section_header_for_bytecode", str(dyn), 0, 0), false, "not ET_EXEC");
    fs.writeFileSync(dyn, "not an elf file at all, but long enough for a header.............");
    assert.equal(callWith(neko, "elf_update_section_header_for_bytecode", str(dyn), 0, 0), false);
    assert.equal(callWith(neko, "elf_update_section_header_for_bytecode", str(path.join(dir, "missing")), 0, 0), false);
    assert.equal(callWith(neko, "elf_update_section_header_for_bytecode", null, 0, 0), undefined);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("inet_aton forms", () => {
  const a = (s: string) => inetAton(str(s).b);
  assert.equal(a("1.2.3.4"), 0x01020304);
  assert.equal(a("127.1"), 0x7f000001);
  assert.equal(a("10.0.258"), 0x0a000102);
  assert.equal(a("0x7f.1"), 0x7f000001);
  assert.equal(a("010.0.0.1"), 0x08000001);
  assert.equal(a("4294967295"), 0xffffffff);
  assert.equal(a("1.2.3.4 trailing"), 0x01020304);
  assert.equal(a("1.2.3.256"), null);
  assert.equal(a("1.2.3.4.5"), null);
  assert.equal(a("08.1.1.1"), null);
  assert.equal(a("0x.1"), null);
  assert.equal(a(" 1.2.3.4"), null);
  assert.equal(a("1.2.3.4x"), null);
  assert.equal(a(""), null);
  assert.equal(a("localhost"), null);
});

test("host_resolve / host_to_string on numeric addresses need no SysHost", () => {
  const std = new Std();
  assert.equal(std.call("host_resolve", str("1.2.3.4")), 67305985);
  assert.equal(std.call("host_resolve", str("127.0.0.1")), 16777343);
  assert.equal(bytesToString((std.call("host_to_string", 67305985) as NekoString).b), "1.2.3.4");
  assert.equal(bytesToString((std.call("host_to_string", 0x7fffffff) as NekoString).b), "255.255.255.127");
  // a name needs the resolver: none in a MemoryHost
  assert.equal(std.error("host_resolve", str("localhost")), "std@host_resolve");
  assert.equal(std.error("host_local"), "std@host_local");
  assert.equal(std.error("host_reverse", 16777343), "std@host_reverse");
});

test("process_run fails without a SysHost", () => {
  const std = new Std();
  assert.equal(std.error("process_run", str("echo"), [str("x")]), "std@process_run");
  assert.equal(std.error("process_run", str("echo"), null), "std@process_run");
});

test("mem_size counts neko's x86-64 structure sizes", () => {
  const std = new Std();
  const shared = str("shared");
  assert.equal(std.call("mem_size", [shared, shared, str("other")]), 8 + 3 * 8 + (8 + 6) + (8 + 5));
  assert.equal(std.call("mem_local_size", [shared, 1], [shared]), 8 + 2 * 8);
  try {
    std.call("mem_local_size", 1, null);
    assert.fail("no error");
  } catch (e) {
    assert.ok(e instanceof NekoThrow);
  }
});
