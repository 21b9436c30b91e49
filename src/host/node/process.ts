/// <reference types="node" />
// Blocking child processes and name lookups for the Node SysHost: a worker thread
// (process-worker.ts) owns the children and calls the resolver; each call posts a request to
// it and sleeps (Atomics.wait) until the answer is on the message port, so the VM sees
// synchronous pipes as neko's fork/pipe/waitpid give them, and a blocking gethostbyname.

import type { MessagePort, Worker } from "node:worker_threads";
import { workerThreads } from "./lazy.js";
import type { ProcessStatus } from "../host.js";
import type { Reply, Request } from "./process-worker.js";

/** An Error from a process request; code "EPIPE" for a write nobody reads. */
export class ProcessError extends Error {
  constructor(readonly code: string) {
    super(code);
    this.name = "ProcessError";
  }
}

export class ProcessChannel {
  private worker: Worker | null = null;
  private port: MessagePort | null = null;
  private flag: Int32Array | null = null;

  private request(req: Request): Reply & { ok: true } {
    if (!this.worker) {
      const sab = new SharedArrayBuffer(4);
      const { MessageChannel, Worker } = workerThreads();
      const { port1, port2 } = new MessageChannel();
      this.worker = new Worker(new URL("./process-worker.js", import.meta.url), { workerData: { port: port2, flag: sab }, transferList: [port2] });
      this.worker.unref();
      this.port = port1;
      this.flag = new Int32Array(sab);
    }
    Atomics.store(this.flag!, 0, 0);
    this.port!.postMessage(req);
    for (;;) {
      const m = workerThreads().receiveMessageOnPort(this.port!);
      if (m) {
        const r = m.message as Reply;
        if (!r.ok) throw new ProcessError(r.error);
        return r;
      }
      Atomics.wait(this.flag!, 0, 0);
    }
  }

  run(cmd: string, args: string[] | null): { id: number; pid: number } {
    const env: Record<string, string> = {};
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
    const r = this.request({ op: "run", cmd, args, env, cwd: process.cwd() });
    return { id: r.n!, pid: r.code! };
  }
  read(id: number, stream: 1 | 2, buf: Uint8Array, off: number, len: number): number {
    const d = this.request({ op: "read", id, stream, len }).data!;
    buf.set(d, off);
    return d.length;
  }
  write(id: number, buf: Uint8Array, off: number, len: number): number {
    return this.request({ op: "write", id, data: buf.slice(off, off + len) }).n!;
  }
  closeStdin(id: number): void {
    this.request({ op: "closeStdin", id });
  }
  wait(id: number): ProcessStatus {
    const r = this.request({ op: "wait", id });
    return r.signal !== undefined ? { signal: r.signal } : { code: r.code! };
  }
  kill(id: number): void {
    this.request({ op: "kill", id });
  }
  close(id: number): void {
    this.request({ op: "close", id });
  }
  /** An IPv4 address of a host name, dotted ("127.0.0.1"). */
  resolve(name: string): string {
    return this.request({ op: "resolve", name }).name!;
  }
  /** The host name of an IPv4 address (dotted). */
  reverse(ip: string): string {
    return this.request({ op: "reverse", ip }).name!;
  }
}
