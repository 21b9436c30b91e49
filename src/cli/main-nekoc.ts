/// <reference types="node" />
// Entry point of bin/nekoc on Node.js. The compiler recurses over the syntax tree like nekoc
// does, so it runs in a worker thread with a large stack: deeply nested sources that nekoc
// accepts must not overflow ours.

import * as fs from "node:fs";
import { Worker, isMainThread, parentPort } from "node:worker_threads";
import { NodeHost } from "../host/node/index.js";
import { type NekocHost, nekoPathOf, nekocMain } from "./nekoc.js";

const STACK_MB = 256;

/** Lines of standard input (fd 0), read synchronously in blocks. */
function stdinLines(): () => Uint8Array | null {
  let buf = Buffer.alloc(0);
  let eof = false;
  return () => {
    for (;;) {
      const nl = buf.indexOf(10);
      if (nl >= 0) {
        const line = new Uint8Array(buf.subarray(0, nl));
        buf = buf.subarray(nl + 1);
        return line;
      }
      if (eof) return null;
      const chunk = Buffer.alloc(65536);
      let n = 0;
      try {
        n = fs.readSync(0, chunk, 0, chunk.length, null);
      } catch (e: any) {
        if (e && e.code === "EAGAIN") continue;
        n = 0;
      }
      if (n === 0) eof = true;
      else buf = Buffer.concat([buf, chunk.subarray(0, n)]);
    }
  };
}

const host: NekocHost = {
  console: { host: new NodeHost(), readLine: stdinLines() },
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
