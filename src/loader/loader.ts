// The default loader (neko vm/load.c): the $loader object with path, cache, args,
// loadmodule and loadprim; module search along NEKOPATH; module reading and execution.

import { readModule, InvalidModule, type ModuleData } from "../bytecode/reader.js";
import { hashBytes } from "../value/hash.js";
import { ModuleFailure, verifyModule } from "../bytecode/verifier.js";
import type { Host } from "../host/host.js";
import { linkModule, moduleKind, type RuntimeModule } from "../interp/module.js";
import type { VM } from "../interp/vm.js";
import { NekoThrow } from "../interp/errors.js";
import { fieldKey } from "../value/object.js";
import { valueToBytes } from "../value/print.js";
import { bytesToString, concatBytes, joinBytes, str } from "../value/string.js";
import { EMPTY_ARRAY, Kind, NekoAbstract, NekoObject, NekoString, isSmallInt, type Value } from "../value/value.js";
import type { PrimitiveRegistry } from "./primitives.js";

/** The kind of the loader's __libs field. */
export const loaderLibsKind = new Kind("loader_libs");

/** neko 2.3's default search path on Debian when NEKOPATH is unset. */
export const DEFAULT_NEKOPATH = "/usr/lib/x86_64-linux-gnu/neko:/usr/local/lib/neko:/usr/lib/neko:/usr/local/bin:/usr/bin";

/** neko init_path: the path list as nested [dir, next] arrays, last entry first. */
export function initPath(nekopath: string | undefined): Value {
  const p = nekopath ?? DEFAULT_NEKOPATH;
  let l: Value = null;
  let rest = p;
  for (;;) {
    let i: number;
    const start = rest.length > 1 && rest[1] === ":" ? 2 : 0; // a Windows drive letter
    const colon = rest.indexOf(":", start);
    const semi = rest.indexOf(";", start);
    i = colon < 0 ? semi : semi >= 0 && semi < colon ? semi : colon;
    const part = i < 0 ? rest : rest.slice(0, i);
    const last = part.length ? part[part.length - 1] : "";
    const dir = last === "/" || last === "\\" ? part : part + "/";
    l = [str(dir), l];
    if (i < 0) break;
    rest = rest.slice(i + 1);
  }
  return l;
}

/** neko_select_file: the file itself (as "./file" when bare) if it exists, else the first hit along path. */
export function selectFile(host: Host, path: Value, file: string, ext: string): string {
  const ff = file + ext;
  if (host.stat(ff) !== null) return file.includes("/") || file.includes("\\") ? ff : "./" + ff;
  while (Array.isArray(path) && path.length === 2) {
    const dir = path[0];
    path = path[1];
    const candidate = (dir instanceof NekoString ? bytesToString(dir.b) : "") + ff;
    if (host.stat(candidate) !== null) return candidate;
  }
  return ff;
}

export interface LoaderContext {
  vm: VM;
  host: Host;
  primitives: PrimitiveRegistry;
  /** The module search path (NEKOPATH syntax); undefined: the host's NEKOPATH, else neko's default. */
  path?: string;
}

/** Read, verify and link a module from bytes (neko_read_module). Throws Neko exceptions. */
export function readRuntimeModule(ctx: LoaderContext, bytes: Uint8Array, loader: Value, name: string): RuntimeModule {
  const m = tryReadRuntimeModule(ctx.vm, bytes, loader, name);
  if (m === null) throw ctx.vm.failure(concatBytes(str("Invalid module : ").b, str(name).b), "load.c", 398);
  return m;
}

/**
 * neko_read_module itself: the linked module, or null when the bytes are not a module (the
 * caller reports that); a bytecode that fails verification still throws neko's failure.
 */
export function tryReadRuntimeModule(vm: VM, bytes: Uint8Array, loader: Value, name: string): RuntimeModule | null {
  try {
    const data = readModule(bytes);
    const depth = verifyModule(data, (id) => checkBuiltin(vm, data, id));
    const m = linkModule(vm, data, loader, name);
    m.depth = depth;
    return m;
  } catch (e) {
    if (e instanceof InvalidModule) return null;
    if (e instanceof ModuleFailure) throw vm.failure(e.message, e.file, e.line);
    throw e;
  }
}

/** An AccBuiltin operand must name a builtin (neko module.c get_builtin). */
function checkBuiltin(vm: VM, data: ModuleData, id: number): void {
  if (id === vm.fieldId("loader") || id === vm.fieldId("exports") || vm.builtins.has(id)) return;
  const fname = data.fields.find((f) => hashBytes(f) === id);
  if (fname) throw vm.failure(concatBytes(str("Builtin not found : ").b, fname), "module.c", 116);
  throw vm.failure("Builtin not found", "module.c", 118);
}

/** neko_vm_execute: register the module's field names, then run its code with an empty env and null this. */
export function executeModule(vm: VM, m: RuntimeModule): Value {
  for (const f of m.data.fields) vm.fieldId(f);
  const oldEnv = vm.env;
  const oldThis = vm.vthis;
  vm.env = EMPTY_ARRAY;
  vm.vthis = null;
  const r = vm.jit !== null ? vm.jit.runTop(m) : vm.interp(vm, m, null, 0);
  vm.env = oldEnv;
  vm.vthis = oldThis;
  return r;
}

function loadModule(ctx: LoaderContext, mname: Value, vthis: Value): Value | undefined {
  const { vm, host } = ctx;
  const o = vm.vthis;
  if (!(o instanceof NekoObject) || !(mname instanceof NekoString) || !(vthis instanceof NekoObject)) return undefined;
  const cache = vm.getNamed(o, "cache");
  if (!(cache instanceof NekoObject)) return undefined;
  const mid = vm.fieldId(mname.b);
  const cached = cache.t[fieldKey(mid)];
  if (cached instanceof NekoAbstract && cached.kind === moduleKind) return (cached.data as RuntimeModule).exports;
  const name = cString(mname.b);
  const ext = name.endsWith(".n") ? "" : ".n";
  const file = selectFile(host, vm.getNamed(o, "path"), name, ext);
  const bytes = host.readFile(file);
  if (bytes === null) throw vm.failure(concatBytes(str("Module not found : ").b, str(name).b), "load.c", 181);
  const m = readRuntimeModule(ctx, bytes, vthis, name);
  cache.t[fieldKey(mid)] = new NekoAbstract(moduleKind, m);
  executeModule(vm, m);
  return m.exports;
}

/** A byte string up to its first NUL, as a JS string (what C code sees of a Neko string). */
export function cString(b: Uint8Array): string {
  const end = b.indexOf(0);
  return bytesToString(end < 0 ? b : b.subarray(0, end));
}

function loadPrim(ctx: LoaderContext, prim: Value, nargs: Value): Value | undefined {
  const { vm, host, primitives } = ctx;
  const o = vm.vthis;
  if (!(o instanceof NekoObject) || !(prim instanceof NekoString) || !isSmallInt(nargs)) return undefined;
  const libs = vm.getNamed(o, "__libs");
  if (!(libs instanceof NekoAbstract) || libs.kind !== loaderLibsKind) return undefined;
  if (nargs >= 10 || nargs < -1) return undefined;
  const full = cString(prim.b);
  const at = full.indexOf("@");
  const notFound = () => {
    const msg = concatBytes(concatBytes(str("Primitive not found : ").b, prim.b).b, str("(" + nargs + ")").b);
    return vm.failure(msg, "load.c", 357);
  };
  if (at < 0) throw notFound();
  const lib = full.slice(0, at);
  const name = full.slice(at + 1);
  const loaded = libs.data as Set<string>;
  if (!loaded.has(lib)) {
    if (!primitives.hasLibrary(lib)) {
      const p = selectFile(host, vm.getNamed(o, "path"), lib, ".ndll");
      const why = host.stat(p) ? p + ": native libraries cannot be loaded by nekovm" : p + ": cannot open shared object file: No such file or directory";
      throw vm.failure("Failed to load library : " + p + " (" + why + ")", "load.c", 237);
    }
    loaded.add(lib);
  }
  if (name.length > 90) throw notFound();
  const def = primitives.find(lib, name, nargs);
  if (def === null) throw notFound();
  return vm.primitive(full, nargs, def.fn);
}

/** neko_default_loader: a fresh $loader object with the program's arguments. */
export function createLoader(ctx: LoaderContext, args: string[]): NekoObject {
  const { vm, host } = ctx;
  const o = new NekoObject();
  vm.setNamed(o, "path", initPath(ctx.path ?? host.getEnv("NEKOPATH")));
  vm.setNamed(o, "cache", new NekoObject());
  vm.setNamed(o, "__libs", new NekoAbstract(loaderLibsKind, new Set<string>()));
  vm.setNamed(o, "args", args.length === 0 ? EMPTY_ARRAY : args.map((a) => str(a)));
  vm.setNamed(o, "loadprim", vm.primitive("loadprim", 2, (_vm, p, n) => loadPrim(ctx, p, n)));
  vm.setNamed(o, "loadmodule", vm.primitive("loadmodule", 2, (_vm, n, t) => loadModule(ctx, n, t)));
  return o;
}

/** Print a value whose __string may itself throw: then print what that threw instead. */
function printGuarded(vm: VM, v: Value, tries: number): Uint8Array {
  try {
    return valueToBytes(vm, v);
  } catch (e) {
    if (tries > 0 && e instanceof NekoThrow) return printGuarded(vm, e.value, tries - 1);
    if (e instanceof NekoThrow) return str("???").b;
    throw e;
  }
}

/** The printed form of an exception report (neko main.c report): trace lines, then the message. */
export function formatReport(vm: VM, exc: Value, isExc: boolean): Uint8Array {
  const parts: Uint8Array[] = [formatTrace(vm)];
  if (isExc) parts.push(str("Uncaught exception - ").b);
  parts.push(printGuarded(vm, exc, 3));
  let all = joinBytes(parts);
  const nul = all.indexOf(0); // printed with "%s"
  if (nul >= 0) all = all.subarray(0, nul);
  return concatBytes(all, str("\n").b).b;
}

/** The "Called from ..." lines of $excstack, outermost first. */
export function formatTrace(vm: VM): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const s of vm.excStack) {
    parts.push(str("Called from ").b);
    if (s === null) parts.push(str("a C function").b);
    else if (s instanceof NekoString) parts.push(s.b, str(" (no debug available)").b);
    else if (Array.isArray(s) && s.length === 2 && s[0] instanceof NekoString && isSmallInt(s[1])) {
      parts.push(s[0].b, str(" line ").b, valueToBytes(vm, s[1]));
    } else parts.push(valueToBytes(vm, s));
    parts.push(str("\n").b);
  }
  return joinBytes(parts);
}
