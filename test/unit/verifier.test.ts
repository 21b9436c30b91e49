/// <reference types="node" />
// The opcode table against neko 2.3's vm/opcodes.h, and the reader + verifier on every
// module compiled by the real nekoc 2.3 (test/corpus/neko and test/bytecode/fixtures),
// checked against `nekoc -d` dumps where the corpus has them.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { CALL_MAX_ARGS, MAX_STACK_PER_FUNCTION, Op, OPCODE_COUNT, OPCODES } from "../../src/bytecode/opcodes.js";
import { InvalidModule, readModule, type ModuleData } from "../../src/bytecode/reader.js";
import { ModuleFailure, verifyModule } from "../../src/bytecode/verifier.js";
import { hashName } from "../../src/value/hash.js";
import { NekoVM } from "../../src/api/nekovm.js";
import { MemoryHost } from "../../src/host/host.js";
import { buildModule, type CodeItem } from "../bytecode/builder.js";
import { PRINT_G0 } from "../bytecode/cases.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const corpus = path.join(root, "test/corpus/neko");
const fixtures = path.join(root, "test/bytecode/fixtures");

// ---------------------------------------------------------------------------------------
// The opcode table

/** neko 2.3 vm/opcodes.h: name, parameter_table, stack_table ("P" = 0xFF, the operand). */
const NEKO_OPCODES: [string, 0 | 1, number | "P" | "-P"][] = [
  ["AccNull", 0, 0], ["AccTrue", 0, 0], ["AccFalse", 0, 0], ["AccThis", 0, 0], ["AccInt", 1, 0],
  ["AccStack", 1, 0], ["AccGlobal", 1, 0], ["AccEnv", 1, 0], ["AccField", 1, 0], ["AccArray", 0, -1],
  ["AccIndex", 1, 0], ["AccBuiltin", 1, 0], ["SetStack", 1, 0], ["SetGlobal", 1, 0], ["SetEnv", 1, 0],
  ["SetField", 1, -1], ["SetArray", 0, -2], ["SetIndex", 1, -1], ["SetThis", 0, 0], ["Push", 0, 1],
  ["Pop", 1, "-P"], ["Call", 1, "-P"], ["ObjCall", 1, "-P"], ["Jump", 1, 0], ["JumpIf", 1, 0],
  ["JumpIfNot", 1, 0], ["Trap", 1, 6], ["EndTrap", 0, -6], ["Ret", 1, 0], ["MakeEnv", 1, "-P"],
  ["MakeArray", 1, "-P"], ["Bool", 0, 0], ["IsNull", 0, 0], ["IsNotNull", 0, 0], ["Add", 0, -1],
  ["Sub", 0, -1], ["Mult", 0, -1], ["Div", 0, -1], ["Mod", 0, -1], ["Shl", 0, -1],
  ["Shr", 0, -1], ["UShr", 0, -1], ["Or", 0, -1], ["And", 0, -1], ["Xor", 0, -1],
  ["Eq", 0, -1], ["Neq", 0, -1], ["Gt", 0, -1], ["Gte", 0, -1], ["Lt", 0, -1],
  ["Lte", 0, -1], ["Not", 0, 0], ["TypeOf", 0, 0], ["Compare", 0, -1], ["Hash", 0, 0],
  ["New", 0, 0], ["JumpTable", 1, 0], ["Apply", 1, "-P"], ["AccStack0", 0, 0], ["AccStack1", 0, 0],
  ["AccIndex0", 0, 0], ["AccIndex1", 0, 0], ["PhysCompare", 0, -1], ["TailCall", 1, 0], ["Loop", 0, 0],
  ["MakeArray2", 1, "-P"], ["AccInt32", 1, 0],
];

test("the opcode table has 67 opcodes before Last", () => {
  assert.equal(Op.Last, 67);
  assert.equal(OPCODE_COUNT, 67);
  assert.equal(OPCODES.length, 68);
  assert.equal(OPCODES[Op.Last].name, "Last");
  assert.equal(OPCODES[Op.Last].hasParam, false);
});

test("opcode names are unique and non-empty", () => {
  const names = OPCODES.map((o) => o.name);
  assert.equal(new Set(names).size, names.length);
  for (const o of OPCODES) {
    assert.match(o.name, /^[A-Z][A-Za-z0-9]*$/);
    assert.ok(o.meaning.length > 0, o.name);
  }
});

test("opcode numbers, operands and stack effects match neko 2.3's opcodes.h", () => {
  assert.equal(NEKO_OPCODES.length, 67);
  NEKO_OPCODES.forEach(([name, param, stack], i) => {
    const o = OPCODES[i];
    assert.equal(o.name, name, `opcode ${i}`);
    assert.equal(o.hasParam, param === 1, `${name} operand`);
    assert.equal(o.stack, stack === "P" ? "+P" : stack, `${name} stack effect`);
  });
  // a few enum members, as the interpreter uses them
  assert.equal(Op.AccNull, 0);
  assert.equal(Op.Jump, 23);
  assert.equal(Op.Trap, 26);
  assert.equal(Op.JumpTable, 56);
  assert.equal(Op.TailCall, 63);
  assert.equal(Op.Loop, 64);
  assert.equal(Op.MakeArray2, 65);
  assert.equal(Op.AccInt32, 66);
});

test("stack effects of the -P/+P kinds only on opcodes with an operand", () => {
  for (const o of OPCODES) if (typeof o.stack === "string") assert.ok(o.hasParam, o.name);
});

test("limits", () => {
  assert.equal(CALL_MAX_ARGS, 5);
  assert.equal(MAX_STACK_PER_FUNCTION, 128);
});

// ---------------------------------------------------------------------------------------
// Every module compiled by the real nekoc reads and verifies

function listModules(): string[] {
  const out: string[] = [];
  for (const dir of [corpus, fixtures]) {
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) if (f.endsWith(".n")) out.push(path.join(dir, f));
  }
  return out;
}

const modules = listModules();

test("there are modules to check", () => {
  assert.ok(modules.length >= 100, `only ${modules.length}`);
});

test("every corpus and fixture module reads and verifies", () => {
  const bad: string[] = [];
  for (const file of modules) {
    try {
      const m = readModule(new Uint8Array(fs.readFileSync(file)));
      verifyModule(m);
    } catch (e) {
      bad.push(`${path.relative(root, file)}: ${(e as Error).name}: ${(e as Error).message}`);
    }
  }
  assert.deepEqual(bad, []);
});

test("reading a module gives a consistent structure", () => {
  for (const file of modules) {
    const m = readModule(new Uint8Array(fs.readFileSync(file)));
    const name = path.basename(file);
    assert.equal(m.globals.length, m.nglobals, name);
    assert.equal(m.fields.length, m.nfields, name);
    assert.equal(m.code.length, m.codesize + 1, name);
    assert.equal(m.code[m.codesize], Op.Last, name);
    assert.equal(m.starts[0], 1, name);
    assert.equal(m.starts[m.codesize], 1, name);
    // operand words follow exactly the instructions that take one
    for (let i = 0; i < m.codesize; i++) {
      if (!m.starts[i]) continue;
      const o = OPCODES[m.code[i]];
      assert.ok(o && m.code[i] < Op.Last, `${name}@${i}`);
      if (o.hasParam) assert.equal(m.starts[i + 1], 0, `${name}@${i}`);
      else assert.equal(m.starts[i + 1], 1, `${name}@${i}`);
    }
    for (const g of m.globals)
      if (g.kind === "function") {
        assert.ok(g.addr < m.codesize && m.starts[g.addr] === 1, `${name}: function at ${g.addr}`);
        assert.ok(g.nargs >= 0 && g.nargs <= 255);
      }
    if (m.debug) {
      assert.equal(m.debug.posIndex.length, m.codesize + 1, name);
      for (let i = 0; i < m.codesize; i++) {
        const p = m.debug.positions[m.debug.posIndex[i]];
        assert.ok(p !== undefined, `${name}: position of word ${i}`);
        assert.ok(p.file >= 0 && p.file < m.debug.files.length);
      }
    }
  }
});

test("verifyModule does not modify the module", () => {
  for (const file of modules.slice(0, 40)) {
    const m = readModule(new Uint8Array(fs.readFileSync(file)));
    const code = m.code.slice();
    verifyModule(m);
    verifyModule(m);
    assert.deepEqual(m.code, code, path.basename(file));
  }
});

// ---------------------------------------------------------------------------------------
// Against `nekoc -d` dumps (test/corpus/neko/*.dump, made by the real nekoc 2.3)

interface Dump {
  nglobals: number;
  nfields: number;
  ops: number;
  total: number;
  globals: string[];
  fields: { name: string; hash: number }[];
  code: { word: number; index: number; name: string }[];
}

function parseDump(text: string): Dump {
  const num = (re: RegExp) => {
    const m = re.exec(text);
    if (!m) throw new Error("dump: no " + re);
    return parseInt(m[1], 10);
  };
  const cs = /codesize : (\d+) ops , (\d+) total/.exec(text);
  if (!cs) throw new Error("dump: no codesize");
  const lines = text.split("\n");
  const g = lines.indexOf("GLOBALS =");
  const fl = lines.indexOf("FIELDS =");
  const c = lines.indexOf("CODE =");
  const globals = lines.slice(g + 1, fl).map((l) => l.replace(/^  global \d+ : /, ""));
  const fields = lines.slice(fl + 1, c).map((l) => {
    const m = /^  (.*\S)\s+([0-9A-F]{8})$/.exec(l);
    if (!m) throw new Error("dump: bad field line " + l);
    return { name: m[1], hash: parseInt(m[2], 16) | 0 };
  });
  const code: Dump["code"] = [];
  for (const l of lines.slice(c + 1)) {
    const m = /^([0-9A-F]{6})\s+(\d+)\s+([A-Za-z0-9]+)/.exec(l);
    if (m) code.push({ word: parseInt(m[1], 16), index: parseInt(m[2], 10), name: m[3] });
  }
  return { nglobals: num(/nglobals : (\d+)/), nfields: num(/nfields : (\d+)/), ops: +cs[1], total: +cs[2], globals, fields, code };
}

test("the reader agrees with `nekoc -d` on every corpus module", () => {
  const dumps = fs.readdirSync(corpus).filter((f) => f.endsWith(".dump")).sort();
  assert.ok(dumps.length > 0);
  let checked = 0;
  for (const d of dumps) {
    const nfile = path.join(corpus, d.slice(0, -5) + ".n");
    if (!fs.existsSync(nfile)) continue;
    const dump = parseDump(fs.readFileSync(path.join(corpus, d), "latin1"));
    const m: ModuleData = readModule(new Uint8Array(fs.readFileSync(nfile)));
    assert.equal(m.nglobals, dump.nglobals, d);
    assert.equal(m.nfields, dump.nfields, d);
    assert.equal(m.codesize, dump.total, d);
    // instructions: word addresses and names
    const ours: { word: number; name: string }[] = [];
    const opIndexOfWord = new Map<number, number>();
    for (let i = 0; i < m.codesize; i++)
      if (m.starts[i]) {
        opIndexOfWord.set(i, ours.length);
        ours.push({ word: i, name: OPCODES[m.code[i]].name });
      }
    assert.equal(ours.length, dump.ops, `${d}: instruction count`);
    assert.deepEqual(
      ours,
      dump.code.map(({ word, name }) => ({ word, name })),
      `${d}: code`,
    );
    // globals: kinds (and function addresses as instruction indices)
    m.globals.forEach((g, i) => {
      const want = dump.globals[i];
      switch (g.kind) {
        case "function":
          assert.equal(want, `function ${opIndexOfWord.get(g.addr)} nargs ${g.nargs}`, `${d}: global ${i}`);
          break;
        case "debug":
          assert.match(want, new RegExp(`^debug ${m.codesize} ops `), `${d}: global ${i}`);
          break;
        case "version":
          assert.match(want, /^version /, `${d}: global ${i}`);
          break;
        default:
          assert.ok(want.startsWith(g.kind), `${d}: global ${i}: ${want} vs ${g.kind}`);
      }
    });
    // fields and their hashes
    assert.deepEqual(
      m.fields.map((f) => Buffer.from(f).toString("latin1")),
      dump.fields.map((f) => f.name),
      `${d}: fields`,
    );
    for (const f of dump.fields) assert.equal(hashName(f.name), f.hash, `${d}: hash of ${f.name}`);
    checked++;
  }
  assert.ok(checked >= 100, `only ${checked} dumps checked`);
});

// ---------------------------------------------------------------------------------------
// Direct API behaviour

test("InvalidModule and ModuleFailure are Errors with names", () => {
  const e = new InvalidModule("why");
  assert.ok(e instanceof Error);
  assert.equal(e.name, "InvalidModule");
  assert.equal(e.message, "why");
  const f = new ModuleFailure("Too much big environment", "module.c", 524);
  assert.ok(f instanceof Error);
  assert.equal(f.name, "ModuleFailure");
  assert.equal(f.file, "module.c");
  assert.equal(f.line, 524);
});

test("an empty code section is valid (codesize 0: just Last)", () => {
  const m = readModule(buildModule({ code: [] }));
  assert.equal(m.codesize, 0);
  assert.deepEqual([...m.code], [Op.Last]);
  verifyModule(m);
});

test("the version global sets the bytecode version", () => {
  assert.equal(readModule(buildModule({ code: [] })).version, 1);
  assert.equal(readModule(buildModule({ globals: [{ version: 2 }], code: [] })).version, 2);
});

test("operands are read raw, whatever their encoding", () => {
  const m = readModule(
    buildModule({
      code: [["AccInt", 1, "bit"], ["AccInt", 200, "byte"], ["AccInt", -5, "i32"], ["AccInt", 0x7fffffff, "i32"], "AccStack0", "Loop"],
    }),
  );
  assert.deepEqual([...m.code], [Op.AccInt, 1, Op.AccInt, 200, Op.AccInt, -5, Op.AccInt, 0x7fffffff, Op.AccStack0, Op.Loop, Op.Last]);
});

function runModule(b: Uint8Array): { out: string; err: string; exit: number } {
  const host = new MemoryHost();
  host.files.set("x.n", b);
  host.files.set("./x.n", b);
  const { exitCode } = new NekoVM({ host }).runMain("x.n", []);
  return { out: Buffer.from(host.stdoutBytes()).toString("latin1"), err: Buffer.from(host.stderrBytes()).toString("latin1"), exit: exitCode };
}

test("a long chain of conditional jumps verifies without deep recursion", () => {
  // 30000 x (AccFalse; JumpIf to the next pair): neko checks this recursively.
  const code: CodeItem[] = [];
  for (let i = 0; i < 30000; i++) code.push("AccFalse", ["JumpIf", `l${i}`], { label: `l${i}` });
  const b = buildModule({ globals: [{ str: "ok" }], code: [...code, ...PRINT_G0] });
  verifyModule(readModule(b));
  assert.deepEqual(runModule(b), { out: "ok", err: "", exit: 0 });
});

test("a wide module: 20000 functions verify", () => {
  const code: CodeItem[] = [["Jump", "end"]];
  const globals: { fun: string; nargs: number }[] = [];
  for (let i = 0; i < 20000; i++) {
    code.push({ label: `f${i}` }, ["AccInt", i], ["Ret", i % 4]);
    globals.push({ fun: `f${i}`, nargs: i % 4 });
  }
  code.push({ label: "end" });
  const m = readModule(buildModule({ globals, code }));
  verifyModule(m);
  assert.equal(m.globals.length, 20000);
});

test("a function reachable from the top level with another depth is rejected", () => {
  // the top level jumps into the function's body with depth 0, the function expects 1
  const b = buildModule({
    globals: [{ fun: "f", nargs: 1 }],
    code: [["Jump", "f"], { label: "f" }, ["Ret", 0]],
  });
  assert.throws(() => verifyModule(readModule(b)), InvalidModule);
});
