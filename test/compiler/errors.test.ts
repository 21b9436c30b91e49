/// <reference types="node" />
// Syntax and compilation errors, nekoc crashes and command-line failures: the outcomes recorded
// from the real nekoc 2.3 in errors.json (regenerate with `node test/compiler/regen-errors.mjs`)
// must be reproduced exactly by nekocMain (stdout, stderr, exit code and the files written),
// and the compile() API must throw the same message for syntax and compilation errors.
//
// Each case runs in a directory holding "<name>.neko" (the source, a byte string, unless null),
// "ok.neko" ("1;") and its "extra" files; args default to ["<name>.neko"], "%" stands for
// "<name>.neko" and "%n" for "<name>.n".

import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { nekoPathOf, nekocMain } from "../../src/cli/nekoc.js";
import { NekoCompileError, compile } from "../../src/compiler/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

interface ErrorCase {
  name: string;
  source: string | null;
  args?: string[];
  extra?: Record<string, string>;
  expected: { exit: number; stdout: string; stderr: string; files: Record<string, string> };
}

const cases: ErrorCase[] = JSON.parse(fs.readFileSync(path.join(root, "test/compiler/errors.json"), "utf8")).cases;

const latin1 = (s: string) => new Uint8Array(Buffer.from(s, "latin1"));

test("at least 60 error cases", () => {
  assert.ok(cases.filter((c) => c.expected.exit !== 0).length >= 60);
});

for (const c of cases) {
  test(`nekoc error case ${c.name}`, () => {
    const src = c.name + ".neko";
    const files = new Map<string, Uint8Array>();
    files.set("ok.neko", latin1("1;\n"));
    if (c.source !== null) files.set(src, latin1(c.source));
    for (const [f, data] of Object.entries(c.extra ?? {})) files.set(f, latin1(data));
    const initial = new Map(files);
    let stdout = "";
    let stderr = "";
    const args = (c.args ?? ["%"]).map((a) => (a === "%" ? src : a === "%n" ? c.name + ".n" : a));
    const exit = nekocMain(args, {
      nekoPath: nekoPathOf(undefined),
      readFile: (p) => files.get(p) ?? null,
      writeFile: (p, d) => {
        if (p.includes("/")) return false;
        files.set(p, d);
        return true;
      },
      stdout: (s) => void (stdout += s),
      stderr: (s) => void (stderr += s),
    });
    assert.equal(stderr, c.expected.stderr, "stderr");
    assert.equal(stdout, c.expected.stdout, "stdout");
    assert.equal(exit, c.expected.exit, "exit code");
    const written: Record<string, string> = {};
    for (const [f, d] of [...files].sort()) if (initial.get(f) !== d) written[f] = Buffer.from(d).toString("base64");
    assert.deepEqual(written, c.expected.files, "files written");

    // the library API reports syntax and compilation errors the same way
    const m = /^[^\n]*\(\d+\): [^\n]*\n$/.exec(c.expected.stderr);
    if (m && args.length === 1 && c.source !== null) {
      assert.throws(
        () => compile(latin1(c.source!), src),
        (e: unknown) => e instanceof NekoCompileError && e.report + "\n" === c.expected.stderr,
      );
    }
  });
}
