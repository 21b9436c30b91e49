/// <reference types="node" />
// `neko file.neko`: the source is compiled in memory and run; traces name the source file as
// a nekoc-compiled module's do. Expected texts are the real neko 2.3's for the nekoc output.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import { nekoMain } from "../../src/cli/neko.js";
import { MemoryHost } from "../../src/host/host.js";

const latin1 = (b: Uint8Array) => Buffer.from(b).toString("latin1");

function run(files: Record<string, string>, argv: string[]) {
  const host = new MemoryHost();
  for (const [k, v] of Object.entries(files)) host.files.set(k, new Uint8Array(Buffer.from(v, "latin1")));
  const code = nekoMain(argv, host);
  return { code, out: latin1(host.stdoutBytes()), err: latin1(host.stderrBytes()) };
}

test("neko file.neko runs the source with its arguments and traces", () => {
  const r = run({ "tr.neko": 'var f = function(x) { $throw(x) };\n$print($loader.args, "\\n");\nf("boom");\n' }, ["tr.neko", "a", "b"]);
  assert.deepEqual(r, { code: 1, out: "[a,b]\n", err: "Called from tr.neko line 3\nUncaught exception - boom\n" });
});

test("neko file.neko reports a syntax error as nekoc does", () => {
  const r = run({ "bad.neko": "1 +;" }, ["bad.neko"]);
  assert.deepEqual(r, { code: 255, out: "", err: "bad.neko(1): Unexpected ;\n" });
});

test("neko file.neko on a missing file", () => {
  const r = run({}, ["nothere.neko"]);
  assert.equal(r.code, 1);
  assert.equal(r.err, "Uncaught exception - load.c(181) : Module not found : nothere.neko\n");
});
