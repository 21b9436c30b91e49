/// <reference types="node" />
// Conformance on Haxe output: every program of test/corpus/haxe (a Main.hx compiled by the
// real haxe 4.2.5 to out.n) must give the same stdout, stderr and exit code on our VM as on
// the real neko 2.3 (goldens made by test/corpus/regen-haxe.sh, run with TZ=UTC).
//
// test/corpus/haxe/known-failures.txt is a ratchet: programs listed there do not match yet
// (they need primitives not written yet, or known differences); a listed program that
// passes is an error, and so is an unlisted one that fails.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { NekoVM } from "../src/api/nekovm.js";
import type { SysHost } from "../src/host/host.js";
import { NodeSysHost } from "../src/host/node/sys.js";
import { DirHost } from "./support/dirhost.js";

/** Node's operating-system services, but an empty stdin (the goldens ran with </dev/null) and
 *  the fixed environment of the test's host (put_env and sys_env see what get_env sees). */
class TestSysHost extends NodeSysHost {
  constructor(readonly env: Record<string, string>) {
    super();
  }
  override getch(_echo: boolean): number {
    return -1;
  }
  override setEnv(name: string, value: string): void {
    this.env[name] = value;
  }
  override envList(): [string, string][] {
    return Object.entries(this.env);
  }
}

/** A DirHost with the operating-system services (files, clock, environment) of Node; its
 *  files are resolved from the current directory, which the program may change (set_cwd). */
class SysDirHost extends DirHost {
  readonly sys: SysHost = new TestSysHost(this.env);
}

process.env.TZ = "UTC";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dir = path.join(root, "test/corpus/haxe");

const programs = fs
  .readdirSync(dir)
  .filter((d) => fs.existsSync(path.join(dir, d, "out.n")) && fs.existsSync(path.join(dir, d, "out.exit")))
  .sort();

const knownFailures = new Map<string, string>();
for (const line of fs.readFileSync(path.join(dir, "known-failures.txt"), "utf8").split("\n")) {
  const m = /^\s*([^\s#]+)\s*(?:#\s*(.*))?$/.exec(line);
  if (m) knownFailures.set(m[1], m[2] ?? "");
}

export function runHaxeProgram(name: string, tier: "jit" | "interp" = "jit"): { stdout: Buffer; stderr: Buffer; exit: number } {
  const folder = path.join(dir, name);
  const argsFile = path.join(folder, "args");
  const args = fs.existsSync(argsFile) ? fs.readFileSync(argsFile, "utf8").trim().split(/\s+/).filter((a) => a) : [];
  const host = new SysDirHost(".", { PATH: "/usr/bin:/bin", LC_ALL: "C", TZ: "UTC", HOME: "/tmp" });
  const vm = new NekoVM({ host, tier });
  // programs read their own files with relative paths, as they ran from their folder
  const cwd = process.cwd();
  process.chdir(folder);
  try {
    const { exitCode } = vm.runMain("out.n", args);
    return { stdout: host.out(), stderr: host.err(), exit: exitCode };
  } finally {
    process.chdir(cwd);
  }
}

function matches(name: string, tier: "jit" | "interp"): { ok: boolean; why: string } {
  let r: { stdout: Buffer; stderr: Buffer; exit: number };
  try {
    r = runHaxeProgram(name, tier);
  } catch (e) {
    return { ok: false, why: "JS exception: " + (e instanceof Error ? e.message : String(e)) };
  }
  const folder = path.join(dir, name);
  const expOut = fs.readFileSync(path.join(folder, "out.stdout")).toString("latin1");
  const expErr = fs.readFileSync(path.join(folder, "out.stderr")).toString("latin1");
  const expExit = parseInt(fs.readFileSync(path.join(folder, "out.exit"), "utf8"), 10);
  if (r.stdout.toString("latin1") !== expOut) return { ok: false, why: "stdout differs" };
  if (r.stderr.toString("latin1") !== expErr) return { ok: false, why: "stderr differs:\n" + r.stderr.toString("latin1").slice(0, 400) };
  if (r.exit !== expExit) return { ok: false, why: `exit ${r.exit}, expected ${expExit}` };
  return { ok: true, why: "" };
}

test("the Haxe corpus is not empty and its ratchet names real programs", () => {
  assert.ok(programs.length >= 15, `only ${programs.length} programs`);
  for (const k of knownFailures.keys()) assert.ok(programs.includes(k), `known failure ${k} is not a program`);
});

for (const tier of ["jit", "interp"] as const)
for (const name of programs) {
  test(`corpus/haxe ${name} (${tier})`, () => {
    const { ok, why } = matches(name, tier);
    if (knownFailures.has(name)) assert.ok(!ok, `${name} now passes: remove it from test/corpus/haxe/known-failures.txt`);
    else assert.ok(ok, why);
  });
}
