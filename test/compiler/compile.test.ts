/// <reference types="node" />
// The compiler must produce .n files byte-identical to the real nekoc 2.3: every
// test/corpus/neko/*.neko, test/compiler/programs/*.neko (generated and edge-case programs,
// see regen-programs.sh) and bench/programs/*.neko that has a committed nekoc output is
// compiled from its bare file name (as the regen scripts do, from inside its directory) with
// the flags of its .nekocflags file, and compared byte for byte.
//
// Ratchet: test/compiler/known-diffs.txt lists the programs not yet identical. A listed program
// that now matches fails the test (remove it from the list), an unlisted mismatch fails too.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "../../src/compiler/index.js";
import { readRatchet } from "./ratchet.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export interface CorpusSource {
  /** Base name, e.g. "arith_div" (others: "programs/gen_clean_00", "bench/fib"). */
  name: string;
  dir: string;
  file: string;
  /** The nekoc output. */
  nfile: string;
  version: number;
}

/** nekoc flags of a corpus program (only -version changes the output of a compilation). */
export function readVersion(flagsFile: string): number {
  if (!fs.existsSync(flagsFile)) return 0;
  const args = fs.readFileSync(flagsFile, "utf8").trim().split(/\s+/);
  let version = 0;
  for (let i = 0; i < args.length; i++) if (args[i] === "-version" && i + 1 < args.length) version = parseInt(args[i + 1], 10);
  return version;
}

export function corpusSources(): CorpusSource[] {
  const out: CorpusSource[] = [];
  const scan = (dir: string, prefix: string) => {
    if (!fs.existsSync(dir)) return;
    for (const f of fs.readdirSync(dir).sort()) {
      if (!f.endsWith(".neko")) continue;
      const base = f.slice(0, -5);
      const nfile = path.join(dir, base + ".n");
      if (!fs.existsSync(nfile)) continue;
      out.push({ name: prefix + base, dir, file: f, nfile, version: readVersion(path.join(dir, base + ".nekocflags")) });
    }
  };
  scan(path.join(root, "test/corpus/neko"), "");
  scan(path.join(root, "test/compiler/programs"), "programs/");
  scan(path.join(root, "bench/programs"), "bench/");
  return out;
}

const sources = corpusSources();
const known = readRatchet(path.join(root, "test/compiler/known-diffs.txt"));

function firstDiff(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return i;
  return n;
}

test("the compiler corpus is not empty", () => {
  assert.ok(sources.length >= 100, `only ${sources.length} programs`);
});

test("known-diffs.txt only lists existing programs", () => {
  const names = new Set(sources.map((s) => s.name));
  for (const k of known) assert.ok(names.has(k), `known-diffs.txt lists ${k}, which has no source and nekoc output`);
});

for (const src of sources) {
  test(`nekoc ${src.name}`, () => {
    const expected = new Uint8Array(fs.readFileSync(src.nfile));
    let actual: Uint8Array | null = null;
    let failure = "";
    try {
      actual = compile(fs.readFileSync(path.join(src.dir, src.file)), src.file, { version: src.version });
    } catch (e) {
      failure = String((e as Error)?.message ?? e);
    }
    const same = actual !== null && actual.length === expected.length && firstDiff(actual, expected) === expected.length;
    if (known.has(src.name)) {
      assert.ok(!same, `${src.name} now compiles identically: remove it from test/compiler/known-diffs.txt`);
      return;
    }
    if (actual === null) assert.fail(`compilation failed: ${failure}`);
    assert.ok(same, `output differs from nekoc at byte ${firstDiff(actual, expected)} (sizes ${actual.length} / ${expected.length})`);
  });
}
