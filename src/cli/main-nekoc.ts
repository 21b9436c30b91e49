/// <reference types="node" />
// Entry point of bin/nekoc on Node.js. The compiler recurses over the syntax tree like nekoc
// does, so it runs in a worker thread with a large stack: deeply nested sources that nekoc
// accepts must not overflow ours.

import * as fs from "node:fs";
import { Worker, isMainThread, parentPort } from "node:worker_threads";
import { type NekocHost, nekoPathOf, nekocMain } from "./nekoc.js";

const STACK_MB = 256;

const host: NekocHost = {
  nekoPath: nekoPathOf(process.env.NEKOPATH),
  readFile(path) {
    try {
      return new Uint8Array(fs.readFileSync(path));
    } catch {
      return null;
    }
  },
  writeFile(path, data) {
    try {
      fs.writeFileSync(path, data);
      return true;
    } catch {
      return false;
    }
  },
  stdout(text) {
    fs.writeSync(1, Buffer.from(text, "latin1"));
  },
  stderr(text) {
    fs.writeSync(2, Buffer.from(text, "latin1"));
  },
};

if (isMainThread) {
  const worker = new Worker(new URL(import.meta.url), {
    argv: process.argv.slice(2),
    resourceLimits: { stackSizeMb: STACK_MB },
  });
  worker.on("message", (code: number) => {
    process.exitCode = code;
  });
  worker.on("error", (e) => {
    process.stderr.write(`nekoc: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 255;
  });
} else {
  parentPort!.postMessage(nekocMain(process.argv.slice(2), host));
}
