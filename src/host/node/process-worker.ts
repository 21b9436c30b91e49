/// <reference types="node" />
// The thread that owns the child processes of the Node SysHost (see process.ts), and makes
// its name lookups. Node has no blocking pipe or resolver API, so the VM thread posts a
// request here and sleeps on a shared flag; this thread answers on the message port when the
// request can be answered (data arrived, the child exited, the name resolved...) and wakes it.

import { spawn, type ChildProcess } from "node:child_process";
import { lookup, lookupService } from "node:dns";
import { constants } from "node:os";
import { workerData, type MessagePort } from "node:worker_threads";
import type { Readable } from "node:stream";

export type Request =
  | { op: "run"; cmd: string; args: string[] | null; env: Record<string, string>; cwd: string }
  | { op: "read"; id: number; stream: 1 | 2; len: number }
  | { op: "write"; id: number; data: Uint8Array }
  | { op: "closeStdin" | "wait" | "kill" | "close"; id: number }
  | { op: "resolve"; name: string }
  | { op: "reverse"; ip: string };

export type Reply = { ok: true; n?: number; data?: Uint8Array; code?: number; signal?: number; name?: string } | { ok: false; error: string };

/** Pause a child's output stream once this much is buffered and unread. */
const HIGH_WATER = 1 << 20;

class Output {
  chunks: Buffer[] = [];
  size = 0;
  ended = false;
  waiter: (() => void) | null = null;
  constructor(readonly stream: Readable) {
    stream.on("data", (b: Buffer) => {
      this.chunks.push(b);
      this.size += b.length;
      if (this.size > HIGH_WATER) stream.pause();
      this.wake();
    });
    stream.on("end", () => this.finish());
    stream.on("close", () => this.finish());
    stream.on("error", () => this.finish());
  }
  private finish(): void {
    this.ended = true;
    this.wake();
  }
  private wake(): void {
    const w = this.waiter;
    this.waiter = null;
    if (w) w();
  }
  /** Up to len buffered bytes, or an empty array at the end; null when it has to wait. */
  take(len: number): Uint8Array | null {
    if (this.size === 0) return this.ended ? new Uint8Array(0) : null;
    const out = new Uint8Array(Math.min(len, this.size));
    let n = 0;
    while (n < out.length) {
      const c = this.chunks[0];
      const k = Math.min(c.length, out.length - n);
      out.set(c.subarray(0, k), n);
      n += k;
      if (k === c.length) this.chunks.shift();
      else this.chunks[0] = c.subarray(k);
    }
    this.size -= n;
    if (this.size <= HIGH_WATER && this.stream.isPaused()) this.stream.resume();
    return out;
  }
}

interface Proc {
  child: ChildProcess;
  out: Output;
  err: Output;
  stdinClosed: boolean;
  status: { code: number | null; signal: NodeJS.Signals | null } | null;
  exitWaiters: (() => void)[];
  reaped: boolean;
}

const { port, flag } = workerData as { port: MessagePort; flag: SharedArrayBuffer };
const wake = new Int32Array(flag);
const procs = new Map<number, Proc>();
let nextId = 1;

function reply(r: Reply): void {
  port.postMessage(r);
  Atomics.store(wake, 0, 1);
  Atomics.notify(wake, 0);
}

const fail = (error: string): Reply => ({ ok: false, error });

/** Spawn and answer once the child started; a command that cannot start behaves as neko's forked child does. */
function run(req: Extract<Request, { op: "run" }>): void {
  const start = (file: string, args: string[], fallback: boolean) => {
    const child = spawn(file, args, { env: req.env, cwd: req.cwd, stdio: ["pipe", "pipe", "pipe"] });
    child.once("error", () => {
      if (fallback) {
        // neko forks, then the child prints this and exits with 1 when exec fails
        start("/bin/sh", ["-c", 'printf "Command not found : %s\\n" "$1" >&2; exit 1', "sh", req.cmd], false);
      } else reply(fail("spawn failed"));
    });
    child.once("spawn", () => {
      const p: Proc = { child, out: new Output(child.stdout!), err: new Output(child.stderr!), stdinClosed: false, status: null, exitWaiters: [], reaped: false };
      child.stdin!.on("error", () => {});
      child.on("exit", (code, signal) => {
        p.status = { code, signal };
        for (const w of p.exitWaiters.splice(0)) w();
      });
      const id = nextId++;
      procs.set(id, p);
      reply({ ok: true, n: id, code: child.pid });
    });
  };
  if (req.args === null) start("/bin/sh", ["-c", req.cmd], true);
  else start(req.cmd, req.args, true);
}

function handle(req: Request): void {
  if (req.op === "run") return run(req);
  if (req.op === "resolve") {
    lookup(req.name, { family: 4 }, (e, address) => reply(e ? fail("not found") : { ok: true, name: address }));
    return;
  }
  if (req.op === "reverse") {
    lookupService(req.ip, 0, (e, hostname) => reply(e || !hostname || hostname === req.ip ? fail("not found") : { ok: true, name: hostname }));
    return;
  }
  const p = procs.get(req.id);
  if (!p) return reply(fail("no such process"));
  switch (req.op) {
    case "read": {
      const o = req.stream === 1 ? p.out : p.err;
      const attempt = () => {
        const d = o.take(req.len);
        if (d === null) o.waiter = attempt;
        else reply({ ok: true, data: d });
      };
      return attempt();
    }
    case "write": {
      if (p.stdinClosed) return reply(fail("stdin closed"));
      if (req.data.length === 0) return reply({ ok: true, n: 0 });
      p.child.stdin!.write(req.data, (e) => {
        // EPIPE, or the stream Node already destroyed when the child went away
        if (e) reply(fail("EPIPE"));
        else reply({ ok: true, n: req.data.length });
      });
      return;
    }
    case "closeStdin":
      if (p.stdinClosed) return reply(fail("stdin closed"));
      p.stdinClosed = true;
      p.child.stdin!.end();
      return reply({ ok: true });
    case "wait": {
      if (p.reaped) return reply(fail("already waited for"));
      const done = () => {
        p.reaped = true;
        const s = p.status!;
        if (s.signal !== null) reply({ ok: true, signal: constants.signals[s.signal] ?? 0 });
        else reply({ ok: true, code: s.code ?? 0 });
      };
      if (p.status) return done();
      p.exitWaiters.push(done);
      return;
    }
    case "kill":
      if (!p.reaped) p.child.kill("SIGKILL");
      return reply({ ok: true });
    case "close":
      procs.delete(req.id);
      p.child.stdin!.destroy();
      p.child.stdout!.destroy();
      p.child.stderr!.destroy();
      p.child.unref();
      return reply({ ok: true });
  }
}

port.on("message", (req: Request) => {
  try {
    handle(req);
  } catch (e) {
    reply(fail(String(e)));
  }
});
