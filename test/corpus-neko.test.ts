/// <reference types="node" />
// Conformance: every program of test/corpus/neko, compiled by the real nekoc 2.3, must give
// the same stdout, stderr and exit code on our VM as on the real neko 2.3 (goldens made by
// test/corpus/regen-neko.sh). Both tiers run every program.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { NekoVM } from "../src/api/nekovm.js";
import { DirHost } from "./support/dirhost.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dir = path.join(root, "test/corpus/neko");

const programs = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".n") && !f.startsWith("_") && fs.existsSync(path.join(dir, f.slice(0, -2) + ".exit")))
  .map((f) => f.slice(0, -2))
  .sort();

export function runCorpusProgram(base: string, tier: "jit" | "interp" = "jit"): { stdout: Buffer; stderr: Buffer; exit: number } {
  const argsFile = path.join(dir, base + ".args");
  const args = fs.existsSync(argsFile) ? fs.readFileSync(argsFile, "utf8").trim().split(/\s+/).filter((a) => a) : [];
  const host = new DirHost(dir);
  const vm = new NekoVM({ host, tier });
  const { exitCode } = vm.runMain(base + ".n", args);
  return { stdout: host.out(), stderr: host.err(), exit: exitCode };
}

test("the corpus is not empty", () => {
  assert.ok(programs.length >= 100, `only ${programs.length} programs`);
});

for (const tier of ["jit", "interp"] as const)
for (const base of programs) {
  test(`corpus/neko ${base} (${tier})`, () => {
    const r = runCorpusProgram(base, tier);
    const expOut = fs.readFileSync(path.join(dir, base + ".stdout"));
    const expErr = fs.readFileSync(path.join(dir, base + ".stderr"));
    const expExit = parseInt(fs.readFileSync(path.join(dir, base + ".exit"), "utf8"), 10);
    assert.equal(r.stdout.toString("latin1"), expOut.toString("latin1"), "stdout");
    assert.equal(r.stderr.toString("latin1"), expErr.toString("latin1"), "stderr");
    assert.equal(r.exit, expExit, "exit code");
  });
}
