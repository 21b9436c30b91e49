// neko libs/std/process.c: child processes with piped stdin, stdout and stderr, through the
// SysHost's process methods (fork/exec/pipe/waitpid in neko). A read at the end of a stream
// and every operation on a closed process fail with neko's error; writing to a child that no
// longer reads throws "Broken pipe" (neko's SIGPIPE handler).

import type { VM } from "../interp/vm.js";
import type { SysHost } from "../host/host.js";
import { Kind, NekoAbstract, NekoString, type Value } from "../value/value.js";
import { isIntArg, isString } from "../builtins/check.js";
import type { BuiltinTable } from "../builtins/table.js";
import { throwString } from "./common.js";
import { hostOf, pathOf } from "./sys.js";

export const processKind = new Kind("process");
/** What a process abstract becomes once closed (neko clears the kind). */
const closedKind = new Kind("process_closed");

interface Proc {
  sys: SysHost;
  h: number;
}

function proc(v: Value): Proc | undefined {
  return v instanceof NekoAbstract && v.kind === processKind ? (v.data as Proc) : undefined;
}

function attempt<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}

/** The checks of neko's CHECK_ARGS: a process, then a string with pos/len inside it. */
function ioArgs(vp: Value, s: Value, pos: Value, len: Value): { p: Proc; s: NekoString; pos: number; len: number } | undefined {
  const p = proc(vp);
  if (!p || !isString(s) || !isIntArg(pos) || !isIntArg(len)) return undefined;
  if (pos < 0 || len < 0 || pos + len > s.b.length) return undefined;
  return { p, s, pos, len };
}

function reader(stream: 1 | 2) {
  return (_vm: VM, vp: Value, s: Value, pos: Value, len: Value): Value | undefined => {
    const a = ioArgs(vp, s, pos, len);
    if (!a || a.len === 0) return undefined; // read(fd, buf, 0) is 0: the end-of-stream error
    const n = attempt(() => a.p.sys.processRead(a.p.h, stream, a.s.b, a.pos, a.len));
    return n === undefined || n === 0 ? undefined : n;
  };
}

export const processPrimitives: BuiltinTable = {
  process_run: [2, (vm: VM, cmd: Value, vargs: Value) => {
    if (!isString(cmd)) return undefined;
    let args: string[] | null = null;
    if (vargs !== null) {
      if (!Array.isArray(vargs)) return undefined;
      args = [];
      for (const a of vargs) {
        if (!isString(a)) return undefined;
        args.push(pathOf(a));
      }
    }
    const sys = hostOf(vm).sys;
    if (!sys) return undefined;
    const h = attempt(() => sys.processRun(pathOf(cmd), args));
    return h === undefined ? undefined : new NekoAbstract(processKind, { sys, h } as Proc);
  }],
  process_stdout_read: [4, reader(1)],
  process_stderr_read: [4, reader(2)],
  process_stdin_write: [4, (vm: VM, vp: Value, s: Value, pos: Value, len: Value) => {
    const a = ioArgs(vp, s, pos, len);
    if (!a) return undefined;
    try {
      return a.p.sys.processWrite(a.p.h, a.s.b, a.pos, a.len);
    } catch (e) {
      if ((e as { code?: string }).code === "EPIPE") throwString(vm, "Broken pipe");
      return undefined;
    }
  }],
  process_stdin_close: [1, (_vm: VM, vp: Value) => {
    const p = proc(vp);
    return p ? attempt(() => (p.sys.processCloseStdin(p.h), null)) : undefined;
  }],
  process_exit: [1, (vm: VM, vp: Value) => {
    const p = proc(vp);
    if (!p) return undefined;
    const st = attempt(() => p.sys.processWait(p.h));
    if (st === undefined) return undefined;
    if (st.signal !== undefined) throwString(vm, "process killed by signal " + st.signal);
    return st.code;
  }],
  process_pid: [1, (_vm: VM, vp: Value) => {
    const p = proc(vp);
    return p ? attempt(() => p.sys.processPid(p.h)) : undefined;
  }],
  process_kill: [1, (_vm: VM, vp: Value) => {
    const p = proc(vp);
    if (!p) return undefined;
    attempt(() => p.sys.processKill(p.h));
    return null;
  }],
  process_close: [1, (_vm: VM, vp: Value) => {
    const p = proc(vp);
    if (!p) return undefined;
    attempt(() => p.sys.processClose(p.h));
    (vp as NekoAbstract).kind = closedKind;
    return null;
  }],
};
