/// <reference types="node" />
// bin/neko as the README runs it: the launcher, the bundle and its V8 code cache.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const neko = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(path.join(root, "bin/neko"), args, { cwd: root, encoding: "utf8", env: { ...process.env, ...env } });

test("bin/neko runs examples/hello.n on both tiers", () => {
  for (const args of [["examples/hello.n"], ["-interp", "examples/hello.n"]]) {
    const r = neko(args);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout, "Hello, World!\n");
    assert.equal(r.stderr, "");
  }
});

test("bin/neko loads the bundle with its code cache accepted (V8 rejects it under other flags)", () => {
  const r = neko(["examples/hello.n"], { NEKOVM_CHECK_CACHE: "1" });
  assert.equal(r.status, 0);
  assert.equal(r.stderr, "");
});

test("bin/neko reports an uncaught exception with neko's exit code", () => {
  const r = neko(["test/corpus/neko/jit_operator_methods.n"]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /Uncaught exception - cmp 99\n$/);
});
