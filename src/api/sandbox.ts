// The sandbox: which primitives untrusted Neko code may load, by family.
//
// Every primitive of the std, regexp and zlib libraries belongs to one family (primitiveFamily);
// a primitive of any other library (one the embedder defined, "mylib@f") belongs to the
// family named like its library ("mylib"). A sandboxed loader refuses every primitive whose
// family is not allowed, and loads no module from the host's files (only from the loader
// hooks), unless told to.

/** The families of neko's std, regexp and zlib primitives. */
export type PrimitiveFamily =
  | "file" // file_* (open, read, write, delete...)
  | "process" // process_*, sys_command
  | "socket" // socket_*, host_* (network, name resolution)
  | "sys" // the rest of sys_* and the environment: get_env, put_env, get_cwd, set_cwd, sys_exit...
  | "thread" // thread_*, lock_*, mutex_*, tls_*, deque_*
  | "module" // module_* (reading, running and patching modules)
  | "vm" // VM and GC switches: print_redirect, set_trusted, enable_jit, run_gc, gc_stats, mem_size...
  | "time" // date_*, sys_time, sys_cpu_time, sys_thread_cpu_time
  | "math" // math_*, int32_*, float/double bytes
  | "string" // buffers, utf8/unicode, sprintf, base/url coding, string_split, md5/sha1, xml
  | "serialize" // serialize, unserialize
  | "random" // random_*
  | "misc" // merge_sort, same_closure, test
  | "regexp" // regexp@*
  | "zlib"; // zlib@*

/** The families a sandbox allows when the embedder lists none: computation only, no I/O or OS access. */
export const SAFE_FAMILIES: readonly string[] = ["math", "string", "serialize", "random", "misc", "regexp", "zlib", "time"];

const SYS_TIME = new Set(["sys_time", "sys_cpu_time", "sys_thread_cpu_time"]);
const VM_SWITCHES = new Set(["print_redirect", "set_trusted", "enable_jit", "run_gc", "gc_stats", "mem_size", "mem_local_size"]);
const SYS_OTHERS = new Set(["get_env", "put_env", "get_cwd", "set_cwd", "set_time_locale", "win_env_changed"]);
const MATH_BYTES = new Set(["float_bytes", "double_bytes", "float_of_bytes", "double_of_bytes"]);
const MISC = new Set(["merge_sort", "same_closure", "test"]);

/** The family of primitive lib@name (see PrimitiveFamily); other libraries' primitives are in the family named like the library. */
export function primitiveFamily(lib: string, name: string): string {
  if (lib === "regexp" || lib === "zlib") return lib;
  if (lib !== "std") return lib;
  const prefix = name.slice(0, name.indexOf("_") + 1);
  if (SYS_TIME.has(name)) return "time";
  if (name === "sys_command") return "process";
  if (name === "elf_update_section_header_for_bytecode") return "file";
  if (VM_SWITCHES.has(name)) return "vm";
  if (SYS_OTHERS.has(name)) return "sys";
  if (MATH_BYTES.has(name)) return "math";
  if (MISC.has(name)) return "misc";
  if (name === "serialize" || name === "unserialize") return "serialize";
  switch (prefix) {
    case "file_":
      return "file";
    case "process_":
      return "process";
    case "socket_":
    case "host_":
      return "socket";
    case "sys_":
      return "sys";
    case "thread_":
    case "lock_":
    case "mutex_":
    case "tls_":
    case "deque_":
      return "thread";
    case "module_":
      return "module";
    case "date_":
      return "time";
    case "math_":
    case "int32_":
      return "math";
    case "random_":
      return "random";
    default:
      // buffer_, utf8_, unicode_, url_, base_, string_split, sprintf, make_md5, make_sha1, parse_xml
      return "string";
  }
}

export interface SandboxOptions {
  /**
   * The primitive families untrusted code may load (PrimitiveFamily names, or a library
   * name for the embedder's own libraries). Default: SAFE_FAMILIES.
   */
  allow?: readonly string[];
  /** Let `$loader.loadmodule` read modules from the host's files. Default false: modules come only from loader hooks. */
  hostModules?: boolean;
}

/** A sandbox policy, resolved from SandboxOptions. */
export class Sandbox {
  readonly allow: ReadonlySet<string>;
  readonly hostModules: boolean;
  constructor(options: SandboxOptions = {}) {
    this.allow = new Set(options.allow ?? SAFE_FAMILIES);
    this.hostModules = options.hostModules === true;
  }
  /** May untrusted code load the primitive "lib@name"? */
  allows(full: string): boolean {
    const at = full.indexOf("@");
    if (at < 0) return false;
    return this.allow.has(primitiveFamily(full.slice(0, at), full.slice(at + 1)));
  }
}
