/// <reference types="node" />
// Node modules that only some programs need (child processes, worker threads, os), loaded on
// first use: importing them eagerly costs bin/neko a noticeable part of its start-up. Even
// the require function is made on first use (createRequire costs about 1 ms).

import { createRequire } from "node:module";

let req: NodeJS.Require | undefined;
const load = (name: string): unknown => (req ??= createRequire(import.meta.url))(name);

let cp: typeof import("node:child_process") | undefined;
let os: typeof import("node:os") | undefined;
let wt: typeof import("node:worker_threads") | undefined;

export function childProcess(): typeof import("node:child_process") {
  return (cp ??= load("node:child_process") as typeof import("node:child_process"));
}

export function osModule(): typeof import("node:os") {
  return (os ??= load("node:os") as typeof import("node:os"));
}

export function workerThreads(): typeof import("node:worker_threads") {
  return (wt ??= load("node:worker_threads") as typeof import("node:worker_threads"));
}
