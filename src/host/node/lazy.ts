/// <reference types="node" />
// Node modules that only some programs need (child processes, worker threads, os), loaded on
// first use: importing them eagerly costs bin/neko a noticeable part of its start-up.

import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

let cp: typeof import("node:child_process") | undefined;
let os: typeof import("node:os") | undefined;
let wt: typeof import("node:worker_threads") | undefined;

export function childProcess(): typeof import("node:child_process") {
  return (cp ??= require("node:child_process"));
}

export function osModule(): typeof import("node:os") {
  return (os ??= require("node:os"));
}

export function workerThreads(): typeof import("node:worker_threads") {
  return (wt ??= require("node:worker_threads"));
}
