/// <reference types="node" />
// The embedding examples (examples/embedding/*.mjs) run with node against the built package
// and print what their comments say.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "../../src/index.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const dir = path.join(root, "examples/embedding");
const runExample = (name: string) => execFileSync(process.execPath, [path.join(dir, name)], { cwd: root, encoding: "utf8" });

test("embed.mjs: the VM documentation's C example prints x = 33 and f(x) = 67", () => {
  assert.equal(runExample("embed.mjs"), "x = 33\nf(x) = 67\n");
});

test("mymodule.n is what nekoc (and our compiler) make of mymodule.neko", () => {
  const src = fs.readFileSync(path.join(dir, "mymodule.neko"));
  assert.deepEqual(compile(src, "mymodule.neko"), new Uint8Array(fs.readFileSync(path.join(dir, "mymodule.n"))));
});

test("custom-primitive.mjs: JS primitives, conversions and exceptions both ways", () => {
  assert.equal(
    runExample("custom-primitive.mjs"),
    [
      "Hello, Neko!",
      "10",
      "3 4 5",
      "caught: negative: -1",
      "wrong arity: load.c(357) : Primitive not found : mylib@greet(2)",
      "Called from prims.neko line 12",
      "uncaught: negative: -2",
      "",
    ].join("\n"),
  );
});

test("sandbox.mjs: untrusted code is refused or stopped", () => {
  assert.equal(
    runExample("sandbox.mjs"),
    [
      "compute: returned 14.142135623730951",
      "read a file: refused (Primitive not allowed in the sandbox : std@file_contents(1))",
      "run a command: refused (Primitive not allowed in the sandbox : std@sys_command(1))",
      "read the environment: refused (Primitive not allowed in the sandbox : std@get_env(1))",
      "load a module from disk: refused (load.c(181) : Module not found : /usr/lib/neko/std)",
      "loop forever: stopped (budget exceeded)",
      "loop forever, catching everything: stopped (budget exceeded)",
      "recurse forever: stopped (call depth exceeded)",
      "allocate 200 MB: stopped (allocation limit exceeded)",
      "double a string forever: stopped (allocation limit exceeded)",
      "reach a JS object: returned [null,null,null]",
      "",
    ].join("\n"),
  );
});
