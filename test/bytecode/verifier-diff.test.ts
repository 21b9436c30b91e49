/// <reference types="node" />
// Differential test of the loader's checks against the real neko 2.3: a few hundred random
// modules (gen.ts, seeded) whose outcome under `neko x.n` was recorded in
// fixtures/verifier-diff.expected (one JSON string per module: the stderr, "" when the
// module loaded and ran, printing nothing). The random code never runs (see gen.ts).
//
// NEKOVM_REAL_NEKO=1 also compares the recorded outcomes with the installed neko;
// NEKOVM_REGEN_FIXTURES=1 rewrites the fixture from it (after changing gen.ts).

import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { NekoVM } from "../../src/api/nekovm.js";
import { MemoryHost } from "../../src/host/host.js";
import { prng } from "./builder.js";
import { randomModule } from "./gen.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const expectedFile = path.join(root, "test/bytecode/fixtures/verifier-diff.expected");
const COUNT = 800;
const SEED = 2023;

function modules(): Uint8Array[] {
  const rnd = prng(SEED);
  return Array.from({ length: COUNT }, () => randomModule(rnd));
}

/** One VM for all the runs (a VM costs ~15 ms to make): runMain makes a fresh loader each time. */
const host = new MemoryHost();
const vm = new NekoVM({ host });

function ours(b: Uint8Array): string {
  host.files.set("x.n", b);
  host.files.set("./x.n", b);
  host.stdout.length = 0;
  host.stderr.length = 0;
  const { exitCode } = vm.runMain("x.n", []);
  const out = Buffer.from(host.stdoutBytes()).toString("latin1");
  const err = Buffer.from(host.stderrBytes()).toString("latin1");
  assert.equal(out, "", "the random code never runs");
  assert.equal(exitCode, err === "" ? 0 : 1);
  return err;
}

function real(b: Uint8Array, dir: string): string {
  fs.writeFileSync(path.join(dir, "x.n"), b);
  const r = spawnSync("neko", ["x.n"], { cwd: dir, timeout: 10000, env: { PATH: "/usr/bin:/bin", LC_ALL: "C" } });
  const err = r.stdout.toString("latin1") + r.stderr.toString("latin1");
  if (r.status !== (err === "" ? 0 : 1)) return `<exit ${r.status}> ${err}`;
  return err;
}

test(`${COUNT} random modules load or fail exactly as on the real neko`, () => {
  const want = fs.readFileSync(expectedFile, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as string);
  assert.equal(want.length, COUNT);
  const mods = modules();
  const kinds = new Map<string, number>();
  const wrong: string[] = [];
  mods.forEach((b, i) => {
    kinds.set(want[i], (kinds.get(want[i]) ?? 0) + 1);
    const got = ours(b);
    if (got !== want[i]) wrong.push(`module ${i} (${Buffer.from(b).toString("hex")}): got ${JSON.stringify(got)}, neko ${JSON.stringify(want[i])}`);
  });
  assert.deepEqual(wrong, []);
  // the sample is varied: loads, invalid modules and each failure
  assert.ok((kinds.get("") ?? 0) > COUNT / 10, "enough valid modules");
  assert.ok((kinds.get("Uncaught exception - load.c(398) : Invalid module : x.n\n") ?? 0) > COUNT / 10, "enough invalid modules");
  assert.ok(kinds.has("Uncaught exception - module.c(524) : Too much big environment\n"));
  assert.ok(kinds.has("Uncaught exception - module.c(528) : Too much big array\n"));
  assert.ok(kinds.has("Uncaught exception - module.c(118) : Builtin not found\n"));
});

const REAL = process.env.NEKOVM_REAL_NEKO === "1" || process.env.NEKOVM_REGEN_FIXTURES === "1";

test("the recorded outcomes are the real neko's", { skip: REAL ? false : "set NEKOVM_REAL_NEKO=1 to compare with the installed neko" }, () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nekovm-diff-"));
  try {
    const outcomes = modules().map((b) => real(b, dir));
    if (process.env.NEKOVM_REGEN_FIXTURES === "1") fs.writeFileSync(expectedFile, outcomes.map((o) => JSON.stringify(o)).join("\n") + "\n");
    const want = fs.readFileSync(expectedFile, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l) as string);
    assert.deepEqual(outcomes, want);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
