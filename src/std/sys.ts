// neko libs/std/sys.c: environment, working directory, time, file system, commands, exit.
// Everything goes through host.sys (SysHost); without one, the primitives fail as if the
// operating system refused.

import { NekoExit } from "../interp/errors.js";
import type { VM } from "../interp/vm.js";
import type { Host, SysHost } from "../host/host.js";
import { bytesToString, str } from "../value/string.js";
import { NekoFloat, NekoObject, NekoString, type Value } from "../value/value.js";
import { isIntArg, isString, numberArg } from "../builtins/check.js";
import type { BuiltinTable } from "../builtins/table.js";

/** The host of a VM (set by NekoVM). */
export function hostOf(vm: VM): Host {
  return vm.host;
}

function sysOf(vm: VM): SysHost | undefined {
  return hostOf(vm).sys;
}

/** The path a Neko string names (C string: up to the first NUL). */
export function pathOf(s: NekoString): string {
  const end = s.b.indexOf(0);
  return bytesToString(end < 0 ? s.b : s.b.subarray(0, end));
}

/** Run an OS operation; undefined (neko_error) when it throws or there is no SysHost. */
function attempt<T>(vm: VM, f: (sys: SysHost) => T): T | undefined {
  const sys = sysOf(vm);
  if (!sys) return undefined;
  try {
    return f(sys);
  } catch {
    return undefined;
  }
}

const S_IFMT_BITS: [number, string][] = [
  [0x8000, "file"], [0x4000, "dir"], [0x2000, "char"], [0xa000, "symlink"], [0x6000, "block"], [0x1000, "fifo"], [0xc000, "sock"],
];

export const sysPrimitives: BuiltinTable = {
  get_env: [1, (vm: VM, v: Value) => {
    if (!isString(v)) return undefined;
    const r = hostOf(vm).getEnv(pathOf(v));
    return r === undefined ? null : str(r);
  }],
  put_env: [2, (vm: VM, e: Value, v: Value) => {
    if (!isString(e) || !isString(v)) return undefined;
    return attempt(vm, (s) => (s.setEnv(pathOf(e), pathOf(v)), true));
  }],
  sys_sleep: [1, (vm: VM, f: Value) => {
    const n = numberArg(f);
    if (n === undefined) return undefined;
    hostOf(vm).flush();
    return attempt(vm, (s) => (s.sleep(n), true));
  }],
  set_time_locale: [1, (_vm: VM, l: Value) => (isString(l) ? pathOf(l) === "C" || pathOf(l) === "POSIX" || pathOf(l) === "" : undefined)],
  get_cwd: [0, (vm: VM) => attempt(vm, (s) => {
    const d = s.cwd();
    return str(d.endsWith("/") || d.endsWith("\\") ? d : d + "/");
  })],
  set_cwd: [1, (vm: VM, d: Value) => (isString(d) ? attempt(vm, (s) => (s.chdir(pathOf(d)), true)) : undefined)],
  sys_string: [0, () => str("Linux")],
  sys_is64: [0, () => true],
  sys_command: [1, (vm: VM, cmd: Value) => {
    if (!isString(cmd)) return undefined;
    if (cmd.b.length === 0) return -1;
    hostOf(vm).flush();
    return attempt(vm, (s) => s.command(pathOf(cmd)));
  }],
  sys_exit: [1, (vm: VM, code: Value) => {
    if (!isIntArg(code)) return undefined;
    hostOf(vm).flush();
    throw new NekoExit(code & 255);
  }],
  sys_exists: [1, (vm: VM, p: Value) => (isString(p) ? hostOf(vm).stat(pathOf(p)) !== null : undefined)],
  file_exists: [1, (vm: VM, p: Value) => (isString(p) ? hostOf(vm).stat(pathOf(p)) !== null : undefined)],
  file_delete: [1, (vm: VM, p: Value) => (isString(p) ? attempt(vm, (s) => (s.unlink(pathOf(p)), true)) : undefined)],
  sys_rename: [2, (vm: VM, a: Value, b: Value) => (isString(a) && isString(b) ? attempt(vm, (s) => (s.rename(pathOf(a), pathOf(b)), true)) : undefined)],
  sys_stat: [1, (vm: VM, p: Value) => {
    if (!isString(p)) return undefined;
    return attempt(vm, (s) => {
      const st = s.stat(pathOf(p));
      const o = new NekoObject();
      for (const k of ["gid", "uid", "atime", "mtime", "ctime", "dev", "ino", "mode", "nlink", "rdev", "size"] as const) {
        const v = st[k];
        vm.setNamed(o, k, k.endsWith("time") ? v | 0 : (v << 1) >> 1);
      }
      return o;
    });
  }],
  sys_file_type: [1, (vm: VM, p: Value) => {
    if (!isString(p)) return undefined;
    return attempt(vm, (s) => {
      const mode = s.stat(pathOf(p)).mode;
      for (const [bit, name] of S_IFMT_BITS) if (mode & bit) return str(name);
      return undefined;
    });
  }],
  sys_create_dir: [2, (vm: VM, p: Value, mode: Value) => (isString(p) && isIntArg(mode) ? attempt(vm, (s) => (s.mkdir(pathOf(p), mode), true)) : undefined)],
  sys_remove_dir: [1, (vm: VM, p: Value) => (isString(p) ? attempt(vm, (s) => (s.rmdir(pathOf(p)), true)) : undefined)],
  sys_time: [0, (vm: VM) => new NekoFloat(hostOf(vm).now() / 1000)],
  sys_cpu_time: [0, (vm: VM) => attempt(vm, (s) => new NekoFloat(Math.floor(s.cpuTime() * 100) / 100))],
  sys_thread_cpu_time: [0, (vm: VM) => attempt(vm, (s) => new NekoFloat(s.cpuTime()))],
  sys_env: [0, (vm: VM) => attempt(vm, (s) => {
    let h: Value = null;
    let cur: Value[] | null = null;
    for (const [k, v] of s.envList()) {
      const cell: Value[] = [str(k), str(v), null];
      if (cur) cur[2] = cell;
      else h = cell;
      cur = cell;
    }
    return h;
  })],
  sys_read_dir: [1, (vm: VM, p: Value) => {
    if (!isString(p)) return undefined;
    return attempt(vm, (s) => {
      let h: Value = null;
      let cur: Value[] | null = null;
      for (const name of s.readDir(pathOf(p))) {
        const cell: Value[] = [str(name), null];
        if (cur) cur[1] = cell;
        else h = cell;
        cur = cell;
      }
      return h;
    });
  }],
  file_full_path: [1, (vm: VM, p: Value) => (isString(p) ? attempt(vm, (s) => str(s.realpath(pathOf(p)))) : undefined)],
  sys_exe_path: [0, (vm: VM) => attempt(vm, (s) => str(s.exePath()))],
  sys_getch: [1, (vm: VM, b: Value) => {
    if (typeof b !== "boolean") return undefined;
    hostOf(vm).flush();
    return attempt(vm, (s) => s.getch(b));
  }],
  sys_get_pid: [0, (vm: VM) => attempt(vm, (s) => s.pid())],
  win_env_changed: [0, () => null],
};
