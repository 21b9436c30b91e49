/// <reference types="node" />
// The std primitive programs of test/std/programs: each .n (compiled by the real nekoc from
// its .neko) must print on our VM exactly what the real neko 2.3 printed (goldens made by
// test/std/regen-std.sh, with TZ=UTC). known-failures.txt lists programs that do not match
// yet: a listed program that passes is an error too, so the list only shrinks.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { NekoVM } from "../../src/api/nekovm.js";
import type { SysHost } from "../../src/host/host.js";
import { NodeSysHost } from "../../src/host/node/sys.js";
import { DirHost } from "../support/dirhost.js";

/** A DirHost with Node's operating-system services (files, processes...). */
class SysDirHost extends DirHost {
  readonly sys: SysHost = new NodeSysHost();
}

process.env.TZ = "UTC";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const dir = path.join(root, "test/std/programs");

const programs = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".n") && fs.existsSync(path.join(dir, f.slice(0, -2) + ".exit")))
  .map((f) => f.slice(0, -2))
  .sort();

const knownFailures = new Set(
  fs
    .readFileSync(path.join(dir, "known-failures.txt"), "utf8")
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter((l) => l),
);

function run(base: string, tier: "jit" | "interp"): { stdout: string; stderr: string; exit: number } {
  const host = new SysDirHost(dir, { TZ: "UTC" });
  const vm = new NekoVM({ host, tier });
  const { exitCode } = vm.runMain(base + ".n", []);
  return { stdout: host.out().toString("latin1"), stderr: host.err().toString("latin1"), exit: exitCode };
}

test("the std programs are all there", () => {
  assert.ok(programs.length >= 8, `only ${programs.length} programs`);
  for (const k of knownFailures) assert.ok(programs.includes(k), `known failure ${k} is not a program`);
});

for (const tier of ["jit", "interp"] as const)
for (const base of programs) {
  test(`std program ${base} (${tier})`, () => {
    const r = run(base, tier);
    const expOut = fs.readFileSync(path.join(dir, base + ".stdout")).toString("latin1");
    const expErr = fs.readFileSync(path.join(dir, base + ".stderr")).toString("latin1");
    const expExit = parseInt(fs.readFileSync(path.join(dir, base + ".exit"), "utf8"), 10);
    const ok = r.stdout === expOut && r.stderr === expErr && r.exit === expExit;
    if (knownFailures.has(base)) {
      assert.ok(!ok, `${base} now passes: remove it from known-failures.txt`);
      return;
    }
    assert.equal(r.stdout, expOut, "stdout");
    assert.equal(r.stderr, expErr, "stderr");
    assert.equal(r.exit, expExit, "exit code");
  });
}
