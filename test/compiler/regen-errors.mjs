#!/usr/bin/env node
// Regenerates the expected outcomes of test/compiler/errors.json with the real nekoc 2.3
// (apt-get install neko). Each case runs in a fresh directory holding "<name>.neko" (its
// source, unless null), "ok.neko" and its "extra" files (sources and files are byte strings:
// one char per byte); args default to ["<name>.neko"], "%" in args stands for "<name>.neko"
// and "%n" for "<name>.n".
// Records stdout, stderr, the exit code and the files nekoc created (base64).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const file = path.join(path.dirname(fileURLToPath(import.meta.url)), "errors.json");
const data = JSON.parse(fs.readFileSync(file, "utf8"));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nekoc-errors-"));
for (const c of data.cases) {
  const dir = path.join(tmp, c.name);
  fs.mkdirSync(dir);
  const src = c.name + ".neko";
  fs.writeFileSync(path.join(dir, "ok.neko"), "1;\n");
  if (c.source !== null) fs.writeFileSync(path.join(dir, src), Buffer.from(c.source, "latin1"));
  for (const [f, data] of Object.entries(c.extra ?? {})) fs.writeFileSync(path.join(dir, f), Buffer.from(data, "latin1"));
  const before = new Set(fs.readdirSync(dir));
  const args = (c.args ?? ["%"]).map((a) => (a === "%" ? src : a === "%n" ? c.name + ".n" : a));
  const r = spawnSync("nekoc", args, { cwd: dir, env: { PATH: process.env.PATH, LC_ALL: "C" } });
  if (r.error) throw r.error;
  c.expected = {
    exit: r.status,
    stdout: r.stdout.toString("latin1"),
    stderr: r.stderr.toString("latin1"),
    files: Object.fromEntries(
      fs
        .readdirSync(dir)
        .filter((f) => !before.has(f) || (c.extra && c.extra[f] !== undefined && fs.readFileSync(path.join(dir, f)).toString("latin1") !== c.extra[f]))
        .sort()
        .map((f) => [f, fs.readFileSync(path.join(dir, f)).toString("base64")]),
    ),
  };
}
fs.rmSync(tmp, { recursive: true, force: true });
fs.writeFileSync(file, JSON.stringify(data, null, 1) + "\n");
console.log(`regen-errors: ${data.cases.length} cases`);
