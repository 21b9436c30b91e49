/// <reference types="node" />
// NekoVM.runMain with a MemoryHost: how files are found, and that no JS exception ever
// escapes runMain (modules compiled by the real nekoc 2.3, in test/bytecode/fixtures).

import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { NekoVM } from "../../src/api/nekovm.js";
import { MemoryHost } from "../../src/host/host.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const fixture = (name: string) => new Uint8Array(fs.readFileSync(path.join(root, "test/bytecode/fixtures", name)));
const latin1 = (b: Uint8Array) => Buffer.from(b).toString("latin1");

function run(files: Record<string, Uint8Array>, main: string, args: string[] = []) {
  const host = new MemoryHost();
  for (const [k, v] of Object.entries(files)) host.files.set(k, v);
  const vm = new NekoVM({ host });
  let exitCode: number | undefined;
  let escaped: unknown = undefined;
  try {
    exitCode = vm.runMain(main, args).exitCode;
  } catch (e) {
    escaped = e;
  }
  return { exitCode, escaped, stdout: latin1(host.stdoutBytes()), stderr: latin1(host.stderrBytes()) };
}

/** Both spellings of a bare file name: the loader stats "name", then reads "./name". */
const both = (name: string, b: Uint8Array) => ({ [name]: b, ["./" + name]: b });

test("runMain finds a module stored as name and ./name", () => {
  const r = run(both("hello.n", fixture("hello.n")), "hello.n");
  assert.deepEqual(r, { exitCode: 0, escaped: undefined, stdout: "hi 3\n", stderr: "" });
});

test("runMain finds a module stored under a path with a directory", () => {
  const r = run({ "dir/hello.n": fixture("hello.n") }, "dir/hello.n");
  assert.deepEqual(r, { exitCode: 0, escaped: undefined, stdout: "hi 3\n", stderr: "" });
});

// The real neko runs `neko hello.n` from the file's directory fine; the loader stats
// "hello.n" but reads "./hello.n" (neko_select_file's spelling): MemoryHost must treat both
// spellings alike.
for (const key of ["hello.n", "./hello.n"]) {
  test(`runMain finds a module stored only as "${key}" in a MemoryHost`, () => {
    const r = run({ [key]: fixture("hello.n") }, "hello.n");
    assert.deepEqual(r, { exitCode: 0, escaped: undefined, stdout: "hi 3\n", stderr: "" });
  });
}

test("a missing module is reported like neko", () => {
  const r = run({}, "nothere.n");
  assert.deepEqual(r, { exitCode: 1, escaped: undefined, stdout: "", stderr: "Uncaught exception - load.c(181) : Module not found : nothere.n\n" });
});

// $throw({ __string => ... }) where printing the uncaught exception itself fails. The real
// neko 2.3 crashes on all three (SIGSEGV, exit 139); whatever we print, runMain must return
// an exit code instead of letting a JS exception (a NekoThrow) escape.
for (const name of ["throw_string_notfun.n", "throw_string_arity.n", "throw_string_throws.n"]) {
  test(
    `runMain returns (no JS exception) when printing the uncaught exception fails: ${name}`,
    () => {
      const r = run(both(name, fixture(name)), name);
      assert.equal(r.escaped, undefined, `escaped: ${String((r.escaped as any)?.constructor?.name)}`);
      assert.equal(r.exitCode, 1);
      assert.match(r.stderr, /Uncaught exception - /);
    },
  );
}

test("two VMs share nothing", () => {
  const a = run(both("hello.n", fixture("hello.n")), "hello.n");
  const b = run(both("mixed.n", fixture("mixed.n")), "mixed.n");
  assert.equal(a.stdout, "hi 3\n");
  assert.equal(b.stdout, "3 15 1s2.5 2\ncaught boom\nthree\ntrue 3.5\n");
});
