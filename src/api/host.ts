// The host a NekoVM runs on: the embedder's Host, with its output sent to stdout/stderr
// sinks when given, and its files, environment and OS services hidden under a sandbox.

import type { FileStat, Host, SysHost } from "../host/host.js";

/** Where a NekoVM sends the program's output: a function receiving each chunk. */
export type OutputSink = (chunk: any) => void;

export interface HostViewOptions {
  stdout?: OutputSink;
  stderr?: OutputSink;
  /** What the sinks receive: "utf8" (default) decoded JS strings, or "bytes" (Uint8Array copies). */
  encoding?: "utf8" | "bytes";
  /** Hide the host's OS services and environment (a sandbox), and its files unless `files`. */
  sandboxed?: boolean;
  /** With sandboxed: still let the VM read the host's files (module loading). */
  files?: boolean;
}

function sinkWriter(sink: OutputSink, encoding: "utf8" | "bytes"): (b: Uint8Array) => void {
  if (encoding === "bytes") return (b) => sink(b.slice());
  const dec = new TextDecoder("utf-8");
  return (b) => {
    const s = dec.decode(b, { stream: true });
    if (s.length > 0) sink(s);
  };
}

/** A Host delegating to `base`, with output redirected and services hidden as `options` says. */
export class HostView implements Host {
  private readonly out: ((b: Uint8Array) => void) | null;
  private readonly err: ((b: Uint8Array) => void) | null;
  private readonly sandboxed: boolean;
  private readonly files: boolean;
  constructor(readonly base: Host, options: HostViewOptions) {
    const enc = options.encoding ?? "utf8";
    this.out = options.stdout ? sinkWriter(options.stdout, enc) : null;
    this.err = options.stderr ? sinkWriter(options.stderr, enc) : null;
    this.sandboxed = options.sandboxed === true;
    this.files = !this.sandboxed || options.files === true;
  }
  writeStdout(bytes: Uint8Array): void {
    if (this.out) this.out(bytes);
    else this.base.writeStdout(bytes);
  }
  writeStderr(bytes: Uint8Array): void {
    if (this.err) this.err(bytes);
    else this.base.writeStderr(bytes);
  }
  flush(): void {
    this.base.flush();
  }
  readFile(path: string): Uint8Array | null {
    return this.files ? this.base.readFile(path) : null;
  }
  stat(path: string): FileStat | null {
    return this.files ? this.base.stat(path) : null;
  }
  getEnv(name: string): string | undefined {
    return this.sandboxed ? undefined : this.base.getEnv(name);
  }
  now(): number {
    return this.base.now();
  }
  exeDir(): string {
    return this.base.exeDir();
  }
  get sys(): SysHost | undefined {
    return this.sandboxed ? undefined : this.base.sys;
  }
}
