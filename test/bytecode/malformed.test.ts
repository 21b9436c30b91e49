/// <reference types="node" />
// Malformed (and a few valid) modules: the reader and verifier must fail cleanly with
// InvalidModule / ModuleFailure (never a JS TypeError/RangeError, never a hang), and
// NekoVM.runMain must report exactly what the real neko 2.3 prints.
//
// The expected outcomes were taken from the real neko 2.3 (`neko x.n`). Set
// NEKOVM_REAL_NEKO=1 to check them again against the installed `neko`.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { readModule, InvalidModule, type ModuleData } from "../../src/bytecode/reader.js";
import { verifyModule, ModuleFailure } from "../../src/bytecode/verifier.js";
import { Op, OPCODES } from "../../src/bytecode/opcodes.js";
import { NekoVM } from "../../src/api/nekovm.js";
import { hashName } from "../../src/value/hash.js";
import { MemoryHost } from "../../src/host/host.js";
import { CASES, CASE_FILE, PRINT_G0, PRINT_WORDS, expectedRun, type Case } from "./cases.js";
import { buildModule, ByteWriter, prng } from "./builder.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const fixtures = path.join(root, "test/bytecode/fixtures");
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(fixtures, name)));

const latin1 = (b: Uint8Array) => Buffer.from(b).toString("latin1");

/** The builtins a NekoVM knows (by field id), for verifyModule's builtin check. */
const BUILTIN_IDS = new Set(new NekoVM({ host: new MemoryHost() }).vm.builtins.keys());
BUILTIN_IDS.add(hashName("loader"));
BUILTIN_IDS.add(hashName("exports"));

/** A builtin check for verifyModule, as the loader's (neko module.c get_builtin). */
function checkBuiltin(id: number): void {
  if (!BUILTIN_IDS.has(id)) throw new ModuleFailure("Builtin not found", "module.c", 118);
}

/** Read then verify; returns the module, or the error thrown (which must be a Neko-style one). */
function load(bytes: Uint8Array, onBuiltin?: (id: number) => void): ModuleData | InvalidModule | ModuleFailure {
  try {
    const m = readModule(bytes);
    verifyModule(m, onBuiltin);
    return m;
  } catch (e) {
    if (e instanceof InvalidModule || e instanceof ModuleFailure) return e;
    throw new Error(`non-Neko error from the reader/verifier: ${(e as Error)?.stack ?? e}`);
  }
}

/** Messages that would betray a JS error turned into a Neko exception. */
const JS_ERROR = /TypeError|RangeError|ReferenceError|SyntaxError|Cannot read|Cannot set|is not a function|is not iterable|is not defined|undefined|Invalid array length|Maximum call stack|out of memory/;

function run(bytes: Uint8Array, file = CASE_FILE): { stdout: string; stderr: string; exit: number } {
  const host = new MemoryHost();
  host.files.set(file, bytes);
  // The loader stats "name" and opens "./name" (neko_select_file): register both spellings
  // so these tests do not depend on MemoryHost's path handling (tested in test/unit/api.test.ts).
  if (!file.includes("/")) host.files.set("./" + file, bytes);
  const vm = new NekoVM({ host });
  let exit: number;
  try {
    exit = vm.runMain(file, []).exitCode;
  } catch (e) {
    throw new Error(`a JS exception escaped runMain: ${(e as Error)?.stack ?? e}`);
  }
  return { stdout: latin1(host.stdoutBytes()), stderr: latin1(host.stderrBytes()), exit };
}

/**
 * A run function reusing one VM (a VM costs ~15 ms to make; runMain makes a fresh loader
 * each time), for the loops over hundreds of modules.
 */
function sharedRunner(): (bytes: Uint8Array) => { stdout: string; stderr: string; exit: number } {
  const host = new MemoryHost();
  const vm = new NekoVM({ host });
  return (bytes) => {
    host.files.set(CASE_FILE, bytes);
    host.files.set("./" + CASE_FILE, bytes);
    host.stdout.length = 0;
    host.stderr.length = 0;
    let exit: number;
    try {
      exit = vm.runMain(CASE_FILE, []).exitCode;
    } catch (e) {
      throw new Error(`a JS exception escaped runMain: ${(e as Error)?.stack ?? e}`);
    }
    return { stdout: latin1(host.stdoutBytes()), stderr: latin1(host.stderrBytes()), exit };
  };
}

const invalidReport = (file: string) => `Uncaught exception - load.c(398) : Invalid module : ${file}\n`;

// ---------------------------------------------------------------------------------------
// Hand-built cases

test("there are at least 40 malformed cases", () => {
  const bad = CASES.filter((c) => !("ok" in c.expect) && !("runtime" in c.expect));
  assert.ok(bad.length >= 40, `only ${bad.length}`);
  assert.equal(new Set(CASES.map((c) => c.name)).size, CASES.length, "case names are unique");
});

function checkCase(c: Case): void {
  const e = c.expect;
  const r = load(c.bytes, checkBuiltin);
  if ("invalid" in e) {
    assert.ok(r instanceof InvalidModule, `readModule/verifyModule should throw InvalidModule, got ${r instanceof Error ? r.name + ": " + r.message : "a module"}`);
  } else if ("failure" in e) {
    assert.ok(r instanceof ModuleFailure, `should throw ModuleFailure, got ${r instanceof Error ? r.name + ": " + r.message : "a module"}`);
    if (e.line !== 116) {
      // (the loader's builtin check names the field; checkBuiltin above does not)
      assert.equal(r.message, e.msg);
      assert.equal(r.file, e.file);
      assert.equal(r.line, e.line);
    }
  } else {
    assert.ok(!(r instanceof Error), `the module should read and verify, got ${r instanceof Error ? r.name + ": " + r.message : ""}`);
  }
  const got = run(c.bytes);
  const want = expectedRun(e);
  assert.equal(got.stderr, want.stderr, "stderr");
  assert.equal(got.stdout, want.stdout, "stdout");
  assert.equal(got.exit, want.exit, "exit code");
}

for (const c of CASES) {
  test(`module: ${c.name}`, c.todo ? { todo: c.todo } : {}, () => checkCase(c));
}

// ---------------------------------------------------------------------------------------
// Truncations: every proper prefix of a real module is an invalid module.
//
// The real neko 2.3 agrees for almost every cut point, but its file reader ignores short
// reads (neko_file_reader never returns -1 and read_long ignores its result), so it reads
// stale bytes at a few cut points: for hello.n, prefix 49 crashes (segfault) and 59..62
// give "Builtin not found"; for mixed.n, prefixes 191..206 even run (printing nothing) and
// 210, 314..316, 342..344, 352..354 crash or fail differently. We require the clean answer.

for (const name of ["hello.n", "mixed.n"]) {
  test(`truncation: every prefix of ${name} fails with Invalid module`, () => {
    const full = fixture(name);
    const run = sharedRunner();
    for (let n = 0; n < full.length; n++) {
      const cut = full.slice(0, n);
      const r = load(cut);
      assert.ok(r instanceof InvalidModule, `prefix ${n}: expected InvalidModule, got ${r instanceof Error ? r.name : "a module"}`);
      const got = run(cut);
      assert.deepEqual(got, { stdout: "", stderr: invalidReport(CASE_FILE), exit: 1 }, `prefix ${n}`);
    }
  });
}

test("fixtures run as on the real neko", () => {
  assert.deepEqual(run(fixture("hello.n"), "hello.n"), { stdout: "hi 3\n", stderr: "", exit: 0 });
  assert.deepEqual(run(fixture("mixed.n"), "mixed.n"), {
    stdout: "3 15 1s2.5 2\ncaught boom\nthree\ntrue 3.5\n",
    stderr: "",
    exit: 0,
  });
});

test("the Invalid module report names the module as it was asked for", () => {
  const bad = fixture("hello.n").slice(0, 20);
  assert.equal(run(bad, "dir/sub.n").stderr, invalidReport("dir/sub.n"));
  assert.equal(run(bad, "weird name.n").stderr, invalidReport("weird name.n"));
});

test("a truncated file appended with garbage is still invalid (never a JS error)", () => {
  const full = fixture("mixed.n");
  const rnd = prng(7);
  for (let n = 16; n < full.length; n += 3) {
    const b = new Uint8Array(n + 8);
    b.set(full.subarray(0, n));
    for (let i = n; i < b.length; i++) b[i] = Math.floor(rnd() * 256);
    load(b); // must not throw a non-Neko error
  }
});

// ---------------------------------------------------------------------------------------
// Random mutations of real modules (seeded, deterministic).

/** Whether a verified module may loop forever: any backward (or self) jump or trap, a tail call, or a jump table. */
function mayLoop(m: ModuleData): boolean {
  for (let i = 0; i < m.codesize; i++) {
    if (!m.starts[i]) continue;
    const op = m.code[i];
    const p = m.code[i + 1];
    if ((op === Op.Jump || op === Op.JumpIf || op === Op.JumpIfNot || op === Op.Trap) && p <= 0) return true;
    // (Plain recursion through Call ends in a stack overflow, which is fine.)
    if (op === Op.TailCall || op === Op.JumpTable) return true;
  }
  return false;
}

function mutate(src: Uint8Array, rnd: () => number): Uint8Array {
  const b = src.slice();
  const kind = rnd();
  const nflips = 1 + Math.floor(rnd() * 3);
  for (let k = 0; k < nflips; k++) {
    const at = Math.floor(rnd() * b.length);
    if (kind < 0.4) b[at] ^= 1 << Math.floor(rnd() * 8); // a bit flip
    else if (kind < 0.8) b[at] = Math.floor(rnd() * 256); // a random byte
    else b[at] = [0, 0xff, 0x7f, 0x80, 2, 3][Math.floor(rnd() * 6)]; // an interesting byte
  }
  return b;
}

for (const [name, seed] of [
  ["hello.n", 1],
  ["mixed.n", 2],
] as const) {
  test(`mutations of ${name}: read+verify never throw a JS error; runs end cleanly`, () => {
    const src = fixture(name);
    const rnd = prng(seed);
    let loaded = 0;
    let ran = 0;
    for (let k = 0; k < 400; k++) {
      const b = mutate(src, rnd);
      const r = load(b);
      if (r instanceof Error) continue;
      loaded++;
      if (mayLoop(r)) continue;
      ran++;
      const got = run(b);
      assert.ok(got.exit === 0 || got.exit === 1, `mutation ${k}: exit ${got.exit}`);
      if (got.exit === 1) assert.match(got.stderr, /^(Called from .*\n)*Uncaught exception - /, `mutation ${k}`);
      assert.doesNotMatch(got.stderr, JS_ERROR, `mutation ${k}: a JS error leaked as a Neko exception`);
    }
    assert.ok(loaded > 0 && ran > 0, `loaded ${loaded}, ran ${ran}`);
  });
}

test("mutations of every corpus module: read+verify never throw a JS error", () => {
  const dir = path.join(root, "test/corpus/neko");
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".n")).sort();
  const rnd = prng(3);
  for (const f of files) {
    const src = new Uint8Array(fs.readFileSync(path.join(dir, f)));
    for (let k = 0; k < 5; k++) load(mutate(src, rnd));
  }
});

test("every single-byte value at every position of hello.n: read+verify stay clean", () => {
  const src = fixture("hello.n");
  for (let at = 0; at < src.length; at++) {
    for (let v = 0; v < 256; v++) {
      const b = src.slice();
      b[at] = v;
      load(b);
    }
  }
});

test("tiny modules with every first code byte and encoding stay clean", () => {
  // Every first byte followed by a few operand bytes, inside a valid header; those that
  // verify (and cannot loop) must also run to a clean end.
  let ran = 0;
  const run = sharedRunner();
  for (let t = 0; t < 256; t++) {
    for (const tail of [[], [0], [0xff], [1, 0, 0, 0], [0xff, 0xff, 0xff, 0x7f], [2, 64]]) {
      for (const codesize of [1, 2, 3]) {
        const b = Uint8Array.from([0x4e, 0x45, 0x4b, 0x4f, 0, 0, 0, 0, 0, 0, 0, 0, codesize, 0, 0, 0, t, ...tail]);
        const r = load(b);
        if (r instanceof Error || mayLoop(r)) continue;
        const got = run(b);
        assert.ok(got.exit === 0 || got.exit === 1, `byte ${t}: exit ${got.exit}`);
        assert.doesNotMatch(got.stderr, JS_ERROR, `byte ${t}`);
        ran++;
      }
    }
  }
  assert.ok(ran > 50, `only ${ran} ran`);
});

test("debug infos with a repeat count of 0 do not hang", () => {
  // neko decrements the count below zero here (undefined behaviour); we must just finish.
  const files = new ByteWriter().u8(1).cstr("x.neko").i32(PRINT_WORDS).out;
  for (const stream of [[0x02, (6 << 2) | 2], [0x0c, 0x02, (6 << 2) | 2], [0x0c, 0x02, 0x02, 0x02, (6 << 2) | 2], [0x02, 0x02]]) {
    const b = buildModule({ globals: [{ str: "ok" }, { debug: [...files, ...stream] }], code: PRINT_G0 });
    const r = load(b);
    const got = run(b);
    if (r instanceof Error) assert.deepEqual(got, { stdout: "", stderr: invalidReport(CASE_FILE), exit: 1 });
    else assert.deepEqual(got, { stdout: "ok", stderr: "", exit: 0 });
  }
});

test("a Ret or TailCall in top-level code ends the run cleanly (no JS error)", () => {
  // $print("ok"); then Ret / TailCall from the module body. neko's stack check accepts
  // both; the real neko 2.3 then pops a call frame that does not exist and crashes
  // ("Called from a C function\nUncaught exception - Segmentation fault"). We only require
  // a clean end: exit 0 or 1, and no JS error leaking into the report.
  const mods = [
    buildModule({ globals: [{ str: "ok" }], code: [...PRINT_G0, ["Ret", 0]] }),
    buildModule({ globals: [{ str: "ok" }], code: [...PRINT_G0, "Push", ["Ret", 1]] }),
    buildModule({
      globals: [{ str: "ok" }, { fun: "f", nargs: 0 }],
      code: [...PRINT_G0, ["AccGlobal", 1], ["TailCall", 0], { label: "f" }, "AccNull", ["Ret", 0]],
    }),
  ];
  for (const b of mods) {
    const r = load(b);
    assert.ok(!(r instanceof Error), "the module verifies (neko's stack check accepts it)");
    const got = run(b);
    assert.equal(got.stdout, "ok");
    assert.ok(got.exit === 0 || got.exit === 1, `exit ${got.exit}`);
    assert.doesNotMatch(got.stderr, JS_ERROR);
  }
});

// ---------------------------------------------------------------------------------------
// Optional: check the recorded outcomes against the real neko (NEKOVM_REAL_NEKO=1).

const REAL = process.env.NEKOVM_REAL_NEKO === "1";

function realNeko(bytes: Uint8Array): { stdout: string; stderr: string; exit: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nekovm-real-"));
  try {
    fs.writeFileSync(path.join(dir, CASE_FILE), bytes);
    const r = spawnSync("neko", [CASE_FILE], { cwd: dir, timeout: 10000, env: { PATH: "/usr/bin:/bin", LC_ALL: "C" } });
    return { stdout: r.stdout.toString("latin1"), stderr: r.stderr.toString("latin1"), exit: r.status ?? -1 };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test("real neko 2.3 gives the recorded outcome of every case", { skip: REAL ? false : "set NEKOVM_REAL_NEKO=1 to compare with the installed neko" }, () => {
  const wrong: string[] = [];
  for (const c of CASES) {
    if (c.realDiffers) continue;
    const got = realNeko(c.bytes);
    const want = expectedRun(c.expect);
    if (got.stdout !== want.stdout || got.stderr !== want.stderr || got.exit !== want.exit)
      wrong.push(`${c.name}: got ${JSON.stringify(got)}, recorded ${JSON.stringify(want)}`);
  }
  assert.deepEqual(wrong, []);
});
