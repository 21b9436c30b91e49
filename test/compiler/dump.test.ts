/// <reference types="node" />
// `nekoc -d` dumps: for every module of test/corpus/neko and test/compiler/programs with a
// .dump made by the real nekoc 2.3, our dump of the committed .n must be the same text, byte
// for byte.
//
// Ratchet: test/compiler/known-dump-diffs.txt lists the modules whose dump is not yet
// identical. A listed module that now matches fails the test, an unlisted mismatch fails too.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { dump } from "../../src/bytecode/dump.js";
import { readRatchet } from "./ratchet.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const dirs: [string, string][] = [
  [path.join(root, "test/corpus/neko"), ""],
  [path.join(root, "test/compiler/programs"), "programs/"],
];

/** Module name (with its directory prefix) -> directory. */
const modules = new Map<string, string>();
for (const [dir, prefix] of dirs) {
  if (!fs.existsSync(dir)) continue;
  for (const f of fs.readdirSync(dir).sort())
    if (f.endsWith(".dump") && fs.existsSync(path.join(dir, f.slice(0, -5) + ".n"))) modules.set(prefix + f.slice(0, -5), dir);
}
const known = readRatchet(path.join(root, "test/compiler/known-dump-diffs.txt"));

test("the dump corpus is not empty", () => {
  assert.ok(modules.size >= 100, `only ${modules.size} dumps`);
});

test("known-dump-diffs.txt only lists existing modules", () => {
  for (const k of known) assert.ok(modules.has(k), `known-dump-diffs.txt lists ${k}, which has no .n and .dump`);
});

for (const [name, dir] of modules) {
  const base = path.basename(name);
  test(`nekoc -d ${name}`, () => {
    const expected = fs.readFileSync(path.join(dir, base + ".dump")).toString("latin1");
    let actual: string | null = null;
    let failure = "";
    try {
      actual = dump(new Uint8Array(fs.readFileSync(path.join(dir, base + ".n"))));
    } catch (e) {
      failure = String((e as Error)?.message ?? e);
    }
    if (known.has(name)) {
      assert.notEqual(actual, expected, `${name} now dumps identically: remove it from test/compiler/known-dump-diffs.txt`);
      return;
    }
    if (actual === null) assert.fail(`dump failed: ${failure}`);
    assert.equal(actual, expected);
  });
}
