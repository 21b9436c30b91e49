/// <reference types="node" />
// The Node.js Host: synchronous file system access and buffered stdout on fd 1.

import { readFileSync, statSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { FileStat, Host, SysHost } from "../host.js";
import { NodeSysHost } from "./sys.js";

function writeAll(fd: number, b: Uint8Array): void {
  let off = 0;
  while (off < b.length) {
    try {
      off += writeSync(fd, b, off, b.length - off);
    } catch (e: any) {
      if (e && e.code === "EAGAIN") continue;
      if (e && e.code === "EPIPE") return;
      throw e;
    }
  }
}

export class NodeHost implements Host {
  readonly sys: SysHost = new NodeSysHost();
  private buf = new Uint8Array(1 << 16);
  private len = 0;

  writeStdout(bytes: Uint8Array): void {
    if (this.len + bytes.length > this.buf.length) {
      this.flush();
      if (bytes.length > this.buf.length) {
        writeAll(1, bytes);
        return;
      }
    }
    this.buf.set(bytes, this.len);
    this.len += bytes.length;
  }
  writeStderr(bytes: Uint8Array): void {
    this.flush();
    writeAll(2, bytes);
  }
  flush(): void {
    if (this.len > 0) {
      const n = this.len;
      this.len = 0;
      writeAll(1, this.buf.subarray(0, n));
    }
  }
  readFile(p: string): Uint8Array | null {
    try {
      const b = readFileSync(p);
      return new Uint8Array(b.buffer, b.byteOffset, b.length);
    } catch {
      return null;
    }
  }
  stat(p: string): FileStat | null {
    try {
      const s = statSync(p);
      return { isFile: s.isFile(), isDirectory: s.isDirectory() };
    } catch {
      return null;
    }
  }
  getEnv(name: string): string | undefined {
    return process.env[name];
  }
  now(): number {
    return Date.now();
  }
  exeDir(): string {
    return dirname(process.argv[1] ?? "/usr/bin/neko") + "/";
  }
}
