// neko libs/std/file.c: files as abstracts of kind "file", C-stdio-like (fopen modes,
// fread/fwrite loops, fseek, feof), plus file_stdin/stdout/stderr. Errors throw
// [operation, file name], as neko's file_error.

import type { VM } from "../interp/vm.js";
import { noteStringWrite, str } from "../value/string.js";
import { Kind, NekoAbstract, NekoString, type Value } from "../value/value.js";
import { isIntArg, isString } from "../builtins/check.js";
import type { BuiltinTable } from "../builtins/table.js";
import { hostOf, pathOf } from "./sys.js";

export const fileKind = new Kind("file");

interface FileHandle {
  name: NekoString;
  /** SysHost handle, or a standard stream. */
  fd: number | "stdin" | "stdout" | "stderr";
  eof: boolean;
}

function handle(v: Value): FileHandle | undefined {
  return v instanceof NekoAbstract && v.kind === fileKind ? (v.data as FileHandle) : undefined;
}

function fileError(vm: VM, op: string, name: NekoString): never {
  throw vm.throwValue([str(op), new NekoString(name.b.slice())]);
}

function stdio(k: "stdin" | "stdout" | "stderr"): (vm: VM) => Value {
  return () => new NekoAbstract(fileKind, { name: str(k), fd: k, eof: false } as FileHandle);
}

function writeBytes(vm: VM, f: FileHandle, b: Uint8Array): number {
  const host = hostOf(vm);
  if (f.fd === "stdout") {
    host.writeStdout(b);
    return b.length;
  }
  if (f.fd === "stderr") {
    host.writeStderr(b);
    return b.length;
  }
  if (f.fd === "stdin" || !host.sys) return 0;
  return host.sys.write(f.fd, b, 0, b.length);
}

function readBytes(vm: VM, f: FileHandle, b: Uint8Array, off: number, len: number): number {
  const host = hostOf(vm);
  if (f.fd === "stdout" || f.fd === "stderr" || !host.sys) return 0;
  if (f.fd === "stdin") {
    host.flush();
    let n = 0;
    while (n < len) {
      const c = host.sys.getch(false);
      if (c < 0) break;
      b[off + n++] = c;
      if (c === 10) break;
    }
    return n;
  }
  return host.sys.read(f.fd, b, off, len);
}

export const filePrimitives: BuiltinTable = {
  file_open: [2, (vm: VM, name: Value, r: Value) => {
    if (!isString(name) || !isString(r)) return undefined;
    const n = new NekoString(name.b.slice());
    const sys = hostOf(vm).sys;
    let fd: number;
    try {
      if (!sys) throw new Error("no file system");
      fd = sys.open(pathOf(name), pathOf(r));
    } catch {
      fileError(vm, "file_open", n);
    }
    return new NekoAbstract(fileKind, { name: n, fd, eof: false } as FileHandle);
  }],
  file_close: [1, (vm: VM, o: Value) => {
    const f = handle(o);
    if (!f) return undefined;
    if (typeof f.fd === "number") {
      try {
        hostOf(vm).sys?.close(f.fd);
      } catch {
        /* fclose errors are ignored by neko */
      }
    }
    (o as NekoAbstract).kind = new Kind("closed"); // neko sets the kind to NULL
    return null;
  }],
  file_name: [1, (_vm: VM, o: Value) => {
    const f = handle(o);
    return f ? new NekoString(f.name.b.slice()) : undefined;
  }],
  file_write: [4, (vm: VM, o: Value, s: Value, pp: Value, n: Value) => {
    const f = handle(o);
    if (!f || !isString(s) || !isIntArg(pp) || !isIntArg(n)) return undefined;
    if (pp < 0 || n < 0 || pp > s.b.length || pp + n > s.b.length) return undefined;
    try {
      if (writeBytes(vm, f, s.b.subarray(pp, pp + n)) !== n && n > 0) throw new Error("short write");
    } catch {
      fileError(vm, "file_write", f.name);
    }
    return n;
  }],
  file_read: [4, (vm: VM, o: Value, s: Value, pp: Value, n: Value) => {
    const f = handle(o);
    if (!f || !isString(s) || !isIntArg(pp) || !isIntArg(n)) return undefined;
    if (pp < 0 || n < 0 || pp > s.b.length || pp + n > s.b.length) return undefined;
    let p = pp, len = n;
    noteStringWrite();
    while (len > 0) {
      let d: number;
      try {
        d = readBytes(vm, f, s.b, p, len);
      } catch {
        d = 0;
      }
      if (d <= 0) {
        f.eof = true;
        const size = n - len;
        if (size === 0) fileError(vm, "file_read", f.name);
        return size;
      }
      p += d;
      len -= d;
    }
    return n;
  }],
  file_write_char: [2, (vm: VM, o: Value, c: Value) => {
    if (!isIntArg(c)) return undefined;
    const f = handle(o);
    if (!f || c < 0 || c > 255) return undefined;
    try {
      writeBytes(vm, f, new Uint8Array([c]));
    } catch {
      fileError(vm, "file_write_char", f.name);
    }
    return null;
  }],
  file_read_char: [1, (vm: VM, o: Value) => {
    const f = handle(o);
    if (!f) return undefined;
    const b = new Uint8Array(1);
    let d = 0;
    try {
      d = readBytes(vm, f, b, 0, 1);
    } catch {
      d = 0;
    }
    if (d !== 1) {
      f.eof = true;
      fileError(vm, "file_read_char", f.name);
    }
    return b[0];
  }],
  file_seek: [3, (vm: VM, o: Value, pos: Value, kind: Value) => {
    const f = handle(o);
    if (!f || !isIntArg(pos) || !isIntArg(kind)) return undefined;
    try {
      if (typeof f.fd !== "number") throw new Error("not seekable");
      hostOf(vm).sys!.seek(f.fd, pos, kind);
      f.eof = false;
    } catch {
      fileError(vm, "file_seek", f.name);
    }
    return null;
  }],
  file_tell: [1, (vm: VM, o: Value) => {
    const f = handle(o);
    if (!f) return undefined;
    try {
      if (typeof f.fd !== "number") throw new Error("not seekable");
      return hostOf(vm).sys!.tell(f.fd);
    } catch {
      fileError(vm, "file_tell", f.name);
    }
  }],
  file_eof: [1, (_vm: VM, o: Value) => {
    const f = handle(o);
    return f ? f.eof : undefined;
  }],
  file_flush: [1, (vm: VM, o: Value) => {
    const f = handle(o);
    if (!f) return undefined;
    if (f.fd === "stdout") hostOf(vm).flush();
    return true;
  }],
  file_contents: [1, (vm: VM, name: Value) => {
    if (!isString(name)) return undefined;
    const b = hostOf(vm).readFile(pathOf(name));
    if (b === null) fileError(vm, "file_contents", name);
    return new NekoString(b.slice());
  }],
  file_stdin: [0, stdio("stdin")],
  file_stdout: [0, stdio("stdout")],
  file_stderr: [0, stdio("stderr")],
};
