/// <reference types="node" />
// nekoc -console: each test/compiler/console/<name>.in, fed to the real nekoc 2.3's console
// (regen-console.sh), gave <name>.stdout/.stderr/.exit; runConsole must give the same bytes.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { runConsole } from "../../src/cli/console.js";
import { MemoryHost } from "../../src/host/host.js";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../test/compiler/console");

for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".in"))) {
  const name = f.slice(0, -3);
  test(`nekoc -console ${name}`, () => {
    const host = new MemoryHost();
    for (const extra of ["ld.n", "bad.n"]) host.files.set(extra, new Uint8Array(fs.readFileSync(path.join(dir, extra))));
    const input = fs.readFileSync(path.join(dir, f));
    let pos = 0;
    const readLine = () => {
      const nl = input.indexOf(10, pos);
      if (nl < 0) return null;
      const line = new Uint8Array(input.subarray(pos, nl));
      pos = nl + 1;
      return line;
    };
    const code = runConsole({ host, readLine }, 0, new Map());
    assert.equal(Buffer.from(host.stdoutBytes()).toString("latin1"), fs.readFileSync(path.join(dir, name + ".stdout"), "latin1"));
    assert.equal(Buffer.from(host.stderrBytes()).toString("latin1"), fs.readFileSync(path.join(dir, name + ".stderr"), "latin1"));
    assert.equal(String(code), fs.readFileSync(path.join(dir, name + ".exit"), "utf8").trim());
  });
}
