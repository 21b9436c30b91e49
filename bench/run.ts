/// <reference types="node" />
// Side-by-side benchmark runner: each program of bench/programs runs on our VM (both tiers)
// and, when installed, on the real neko 2.3, alternating runs; prints the median of N runs,
// the ratio neko_time / ours (> 1: we are faster), peak memory and the geometric mean.
//
//   npm run bench [-- --runs 5] [-- --only fib,nbody]

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const progDir = path.join(root, "bench/programs");
const argv = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = argv.indexOf("--" + name);
  return i >= 0 ? argv[i + 1] : def;
};
const RUNS = Math.max(5, parseInt(opt("runs", "5"), 10));
const only = opt("only", "").split(",").filter((s) => s);

const hasTime = fs.existsSync("/usr/bin/time");
const nekoReal = spawnSync("neko", ["-version"], { encoding: "utf8" }).status === 0;

interface Sample {
  ms: number;
  kb: number;
  out: string;
}

function run(cmd: string[], cwd: string): Sample {
  const full = hasTime ? ["/usr/bin/time", "-f", "%M", ...cmd] : cmd;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full.slice(1), { cwd, encoding: "latin1", maxBuffer: 1 << 28 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${cmd.join(" ")} failed (${r.status}): ${r.stderr}`);
  const kb = hasTime ? parseInt(r.stderr.trim().split("\n").pop() ?? "0", 10) : NaN;
  return { ms, kb, out: r.stdout };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1];
};

// The compiled form of bench/programs/X.neko is the corpus golden test/corpus/neko/bench_X.n
// (same source, compiled by the real nekoc); a bench/programs/X.n, if present, wins.
const corpusDir = path.join(root, "test/corpus/neko");
const moduleOf = (b: string) =>
  fs.existsSync(path.join(progDir, b + ".n")) ? path.join(progDir, b + ".n") : path.join(corpusDir, "bench_" + b + ".n");
const programs = fs
  .readdirSync(progDir)
  .filter((f) => f.endsWith(".neko"))
  .map((f) => f.slice(0, -5))
  .filter((b) => fs.existsSync(moduleOf(b)))
  .filter((b) => only.length === 0 || only.includes(b))
  .sort();

const tiers: { name: string; cmd: (file: string, arg: string[]) => string[] }[] = [
  { name: "ours", cmd: (f, a) => [process.execPath, path.join(root, "bin/neko"), f, ...a] },
  { name: "ours -interp", cmd: (f, a) => [process.execPath, path.join(root, "bin/neko"), "-interp", f, ...a] },
];
if (nekoReal) tiers.push({ name: "neko", cmd: (f, a) => ["neko", f, ...a] });

const rows: string[] = [];
const ratios: number[][] = tiers.map(() => []);
console.log(`nekovm benchmarks: ${new Date().toISOString().slice(0, 10)}, ${os.cpus()[0]?.model ?? "?"} x${os.cpus().length}, node ${process.version}, runs ${RUNS}`);
for (const b of programs) {
  const src = fs.readFileSync(path.join(progDir, b + ".neko"), "utf8");
  const m = /bench-arg:\s*(\S+)/.exec(src);
  const args = m ? [m[1]] : [];
  const samples: Sample[][] = tiers.map(() => []);
  for (let i = 0; i < RUNS; i++) for (let t = 0; t < tiers.length; t++) samples[t].push(run(tiers[t].cmd(moduleOf(b), args), progDir));
  const outs = samples.map((s) => s[0].out);
  for (let t = 1; t < tiers.length; t++) if (outs[t] !== outs[0]) throw new Error(`${b}: output of ${tiers[t].name} differs from ${tiers[0].name}`);
  const med = samples.map((s) => median(s.map((x) => x.ms)));
  const mem = samples.map((s) => Math.max(...s.map((x) => x.kb)));
  const nekoIdx = tiers.findIndex((t) => t.name === "neko");
  const cells = tiers.map((t, i) => {
    const ratio = nekoIdx >= 0 ? med[nekoIdx] / med[i] : NaN;
    if (nekoIdx >= 0) ratios[i].push(ratio);
    return `${med[i].toFixed(0)} ms (${isNaN(mem[i]) ? "?" : (mem[i] / 1024).toFixed(0)} MB)${nekoIdx >= 0 && i !== nekoIdx ? ` x${ratio.toFixed(2)}` : ""}`;
  });
  rows.push(`| ${b} ${args.join(" ")} | ${cells.join(" | ")} |`);
  console.log(rows[rows.length - 1]);
}
const geo = (xs: number[]) => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
console.log(`\n| benchmark | ${tiers.map((t) => t.name).join(" | ")} |`);
console.log(`|---|${tiers.map(() => "---").join("|")}|`);
for (const r of rows) console.log(r);
if (nekoReal) console.log(`| geometric mean of neko/ours | ${tiers.map((_, i) => geo(ratios[i]).toFixed(2)).join(" | ")} |`);
