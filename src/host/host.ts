// The Host interface: everything the VM needs from the outside world (files, stdio,
// environment, clock, processes) comes through here, so the core runs in Node and browsers.

export interface FileStat {
  isFile: boolean;
  isDirectory: boolean;
}

export interface Host {
  /** Write to standard output (may buffer; see flush). */
  writeStdout(bytes: Uint8Array): void;
  /** Write to standard error (unbuffered). */
  writeStderr(bytes: Uint8Array): void;
  /** Flush buffered standard output. */
  flush(): void;
  /** Read a whole file, or null if it cannot be read. */
  readFile(path: string): Uint8Array | null;
  /** stat() a path, or null if it does not exist. */
  stat(path: string): FileStat | null;
  /** An environment variable, or undefined. */
  getEnv(name: string): string | undefined;
  /** Milliseconds since the epoch. */
  now(): number;
  /** The directory of the running executable, with a trailing separator ("/usr/bin/"). */
  exeDir(): string;
}

/** A Host that has no files and collects output in memory (tests, sandboxes, browsers). */
export class MemoryHost implements Host {
  stdout: Uint8Array[] = [];
  stderr: Uint8Array[] = [];
  files = new Map<string, Uint8Array>();
  env = new Map<string, string>();
  writeStdout(bytes: Uint8Array): void {
    this.stdout.push(bytes.slice());
  }
  writeStderr(bytes: Uint8Array): void {
    this.stderr.push(bytes.slice());
  }
  flush(): void {}
  readFile(path: string): Uint8Array | null {
    return this.files.get(path) ?? null;
  }
  stat(path: string): FileStat | null {
    return this.files.has(path) ? { isFile: true, isDirectory: false } : null;
  }
  getEnv(name: string): string | undefined {
    return this.env.get(name);
  }
  now(): number {
    return Date.now();
  }
  exeDir(): string {
    return "/";
  }
  /** Everything written to stdout so far, as one byte array. */
  stdoutBytes(): Uint8Array {
    return joinChunks(this.stdout);
  }
  stderrBytes(): Uint8Array {
    return joinChunks(this.stderr);
  }
}

export function joinChunks(chunks: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const c of chunks) n += c.length;
  const r = new Uint8Array(n);
  let p = 0;
  for (const c of chunks) {
    r.set(c, p);
    p += c.length;
  }
  return r;
}
