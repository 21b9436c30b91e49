/// <reference types="node" />
// The Node.js SysHost: files with C-stdio-like positions, directories, environment, processes.

import type { Stats } from "node:fs";
import { closeSync, fstatSync, lstatSync, mkdirSync, openSync, readSync, readdirSync, realpathSync, renameSync, rmdirSync, statSync, unlinkSync, writeSync } from "node:fs";
import { childProcess, osModule } from "./lazy.js";
import type { FullStat, ProcessStatus, SysHost } from "../host.js";
import { ProcessChannel } from "./process.js";

interface Handle {
  fd: number;
  pos: number;
  append: boolean;
}

function toStat(s: Stats): FullStat {
  const kind = s.isFile() ? "file" : s.isDirectory() ? "dir" : s.isSymbolicLink() ? "symlink" : s.isSocket() ? "sock" : s.isCharacterDevice() ? "char" : s.isBlockDevice() ? "block" : "fifo";
  return {
    gid: s.gid, uid: s.uid, atime: Math.floor(s.atimeMs / 1000), mtime: Math.floor(s.mtimeMs / 1000), ctime: Math.floor(s.ctimeMs / 1000),
    dev: s.dev, ino: s.ino, nlink: s.nlink, rdev: s.rdev, size: s.size, mode: s.mode, kind,
  };
}

export class NodeSysHost implements SysHost {
  private handles = new Map<number, Handle>();
  private next = 3;
  private children = new ProcessChannel();
  private pids = new Map<number, number>();

  open(path: string, mode: string): number {
    const m = mode.replace(/b/g, "");
    const flags = m === "r" ? "r" : m === "r+" ? "r+" : m === "w" ? "w" : m === "w+" ? "w+" : m === "a" ? "a" : m === "a+" ? "a+" : null;
    if (flags === null) throw new Error("bad mode");
    const fd = openSync(path, flags);
    const h = this.next++;
    this.handles.set(h, { fd, pos: 0, append: m.startsWith("a") });
    return h;
  }
  private h(id: number): Handle {
    const h = this.handles.get(id);
    if (!h) throw new Error("closed file");
    return h;
  }
  close(id: number): void {
    const h = this.h(id);
    this.handles.delete(id);
    closeSync(h.fd);
  }
  read(id: number, buf: Uint8Array, off: number, len: number): number {
    const h = this.h(id);
    const n = readSync(h.fd, buf, off, len, h.pos);
    h.pos += n;
    return n;
  }
  write(id: number, buf: Uint8Array, off: number, len: number): number {
    const h = this.h(id);
    if (h.append) {
      const n = writeSync(h.fd, buf, off, len);
      h.pos = fstatSync(h.fd).size;
      return n;
    }
    const n = writeSync(h.fd, buf, off, len, h.pos);
    h.pos += n;
    return n;
  }
  seek(id: number, pos: number, whence: number): void {
    const h = this.h(id);
    const base = whence === 0 ? 0 : whence === 1 ? h.pos : fstatSync(h.fd).size;
    if (base + pos < 0) throw new Error("bad seek");
    h.pos = base + pos;
  }
  tell(id: number): number {
    return this.h(id).pos;
  }
  cwd(): string {
    return process.cwd();
  }
  chdir(path: string): void {
    process.chdir(path);
  }
  setEnv(name: string, value: string): void {
    process.env[name] = value;
  }
  envList(): [string, string][] {
    return Object.entries(process.env).map(([k, v]) => [k, v ?? ""]);
  }
  lstat(path: string): FullStat {
    return toStat(lstatSync(path));
  }
  stat(path: string): FullStat {
    return toStat(statSync(path));
  }
  readDir(path: string): string[] {
    return readdirSync(path);
  }
  mkdir(path: string, mode: number): void {
    mkdirSync(path, { mode });
  }
  rmdir(path: string): void {
    rmdirSync(path);
  }
  unlink(path: string): void {
    unlinkSync(path);
  }
  rename(from: string, to: string): void {
    renameSync(from, to);
  }
  realpath(path: string): string {
    return realpathSync(path);
  }
  exePath(): string {
    return process.argv[1] ?? process.execPath;
  }
  command(cmd: string): number {
    const r = childProcess().spawnSync("/bin/sh", ["-c", cmd], { stdio: "inherit" });
    // like neko: the exit status, or the number of the signal that ended the shell times 256
    if (r.status === null) return r.signal ? (osModule().constants.signals[r.signal] ?? 0) << 8 : -1;
    return r.status;
  }
  sleep(seconds: number): void {
    if (seconds > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, seconds * 1000);
  }
  cpuTime(): number {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  }
  pid(): number {
    return process.pid;
  }
  getch(_echo: boolean): number {
    const b = Buffer.alloc(1);
    try {
      return readSync(0, b, 0, 1, null) === 1 ? b[0] : -1;
    } catch {
      return -1;
    }
  }
  processRun(cmd: string, args: string[] | null): number {
    const { id, pid } = this.children.run(cmd, args);
    this.pids.set(id, pid);
    return id;
  }
  processRead(h: number, stream: 1 | 2, buf: Uint8Array, off: number, len: number): number {
    return this.children.read(h, stream, buf, off, len);
  }
  processWrite(h: number, buf: Uint8Array, off: number, len: number): number {
    return this.children.write(h, buf, off, len);
  }
  processCloseStdin(h: number): void {
    this.children.closeStdin(h);
  }
  processWait(h: number): ProcessStatus {
    return this.children.wait(h);
  }
  processPid(h: number): number {
    const pid = this.pids.get(h);
    if (pid === undefined) throw new Error("no such process");
    return pid;
  }
  processKill(h: number): void {
    this.children.kill(h);
  }
  processClose(h: number): void {
    this.pids.delete(h);
    this.children.close(h);
  }
  hostResolve(name: string): Uint8Array {
    const parts = this.children.resolve(name).split(".").map(Number);
    if (parts.length !== 4 || parts.some((p) => !(p >= 0 && p <= 255))) throw new Error("not an IPv4 address");
    return Uint8Array.from(parts);
  }
  hostReverse(ip: Uint8Array): string {
    return this.children.reverse(Array.from(ip).join("."));
  }
  hostName(): string {
    return osModule().hostname();
  }
}
