// The Host interface: everything the VM needs from the outside world (files, stdio,
// environment, clock, processes) comes through here, so the core runs in Node and browsers.

import { joinBytes } from "../value/string.js";

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
  /** Operating-system services, when the host has them (Node); absent in sandboxes and browsers. */
  sys?: SysHost;
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
    return this.files.get(path) ?? this.files.get(altPath(path)) ?? null;
  }
  stat(path: string): FileStat | null {
    return this.files.has(path) || this.files.has(altPath(path)) ? { isFile: true, isDirectory: false } : null;
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
    return joinBytes(this.stdout);
  }
  stderrBytes(): Uint8Array {
    return joinBytes(this.stderr);
  }
}

/** "./x" <-> "x": the same file for an in-memory host. */
function altPath(p: string): string {
  return p.startsWith("./") ? p.slice(2) : "./" + p;
}

/** Kept for callers of the host module: the same as value/string joinBytes. */
export { joinBytes as joinChunks } from "../value/string.js";

/** Full stat() data, as sys_stat returns it. Times in seconds. */
export interface FullStat {
  gid: number;
  uid: number;
  atime: number;
  mtime: number;
  ctime: number;
  dev: number;
  ino: number;
  nlink: number;
  rdev: number;
  size: number;
  mode: number;
  kind: "file" | "dir" | "symlink" | "sock" | "char" | "block" | "fifo";
}

/**
 * Operating-system services for the std file/sys/process primitives. Every method may throw
 * (any JS error): the primitive turns that into neko's error for the operation.
 */
export interface SysHost {
  /** fopen-like: returns a handle number. mode is C's ("r", "wb", "a+"...). */
  open(path: string, mode: string): number;
  close(fd: number): void;
  /** Read at the handle's position; returns bytes read (0 at end of file). */
  read(fd: number, buf: Uint8Array, off: number, len: number): number;
  write(fd: number, buf: Uint8Array, off: number, len: number): number;
  seek(fd: number, pos: number, whence: number): void;
  tell(fd: number): number;
  cwd(): string;
  chdir(path: string): void;
  setEnv(name: string, value: string): void;
  envList(): [string, string][];
  lstat(path: string): FullStat;
  stat(path: string): FullStat;
  readDir(path: string): string[];
  mkdir(path: string, mode: number): void;
  rmdir(path: string): void;
  unlink(path: string): void;
  rename(from: string, to: string): void;
  realpath(path: string): string;
  exePath(): string;
  /** Run a shell command with inherited stdio; returns its exit status. */
  command(cmd: string): number;
  sleep(seconds: number): void;
  cpuTime(): number;
  pid(): number;
  /** Read one byte from the terminal (echo or not); -1 at end. */
  getch(echo: boolean): number;

  // Child processes with piped stdin/stdout/stderr (std process_*). Handles are numbers.
  /** Start `cmd` with `args` (searched along PATH), or through `/bin/sh -c cmd` when args is null. */
  processRun(cmd: string, args: string[] | null): number;
  /** Read at most len bytes of the child's stdout (1) or stderr (2), blocking; 0 at the end. */
  processRead(h: number, stream: 1 | 2, buf: Uint8Array, off: number, len: number): number;
  /** Write to the child's stdin, blocking until written; an Error with code "EPIPE" when nobody reads. */
  processWrite(h: number, buf: Uint8Array, off: number, len: number): number;
  /** Close the child's stdin (throws when already closed). */
  processCloseStdin(h: number): void;
  /** Wait for the child to end (throws when it was already waited for). */
  processWait(h: number): ProcessStatus;
  processPid(h: number): number;
  /** Send SIGKILL. */
  processKill(h: number): void;
  /** Close the pipes and forget the handle (the child is neither waited for nor killed). */
  processClose(h: number): void;

  /** The IPv4 address of a host name, as its 4 bytes in network order (throws when unknown). */
  hostResolve(name: string): Uint8Array;
  /** The name of an IPv4 address given as 4 bytes in network order (throws when unknown). */
  hostReverse(ip: Uint8Array): string;
  /** This machine's host name (gethostname). */
  hostName(): string;
}

/** How a child process ended: its exit code, or the number of the signal that killed it. */
export type ProcessStatus = { code: number; signal?: undefined } | { signal: number; code?: undefined };
