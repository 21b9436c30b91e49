/// <reference types="node" />
// A Host for tests: files resolved relative to a base directory, stdout/stderr captured,
// a fixed environment (like the corpus regeneration's `env -i`).

import * as fs from "node:fs";
import * as path from "node:path";
import { joinChunks, type FileStat, type Host } from "../../src/host/host.js";

export class DirHost implements Host {
  stdout: Uint8Array[] = [];
  stderr: Uint8Array[] = [];
  constructor(readonly base: string, readonly env: Record<string, string> = {}) {}
  private resolve(p: string): string {
    return path.resolve(this.base, p);
  }
  writeStdout(bytes: Uint8Array): void {
    this.stdout.push(bytes.slice());
  }
  writeStderr(bytes: Uint8Array): void {
    this.stderr.push(bytes.slice());
  }
  flush(): void {}
  readFile(p: string): Uint8Array | null {
    try {
      return new Uint8Array(fs.readFileSync(this.resolve(p)));
    } catch {
      return null;
    }
  }
  stat(p: string): FileStat | null {
    try {
      const s = fs.statSync(this.resolve(p));
      return { isFile: s.isFile(), isDirectory: s.isDirectory() };
    } catch {
      return null;
    }
  }
  getEnv(name: string): string | undefined {
    return this.env[name];
  }
  now(): number {
    return Date.now();
  }
  exeDir(): string {
    return "/usr/bin/";
  }
  out(): Buffer {
    return Buffer.from(joinChunks(this.stdout));
  }
  err(): Buffer {
    return Buffer.from(joinChunks(this.stderr));
  }
}
