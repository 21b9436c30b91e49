// Loaders made by the embedding API: neko's default loader ($loader, src/loader/loader.ts)
// with its loadmodule and loadprim wrapped by the embedder's JS hooks and the sandbox.
//
// The wrapped originals are held only by JS closures: Neko code given such a loader can read
// and replace its fields, but has no way to reach the unfiltered loadprim/loadmodule.

import { compile } from "../compiler/index.js";
import { moduleKind, type RuntimeModule } from "../interp/module.js";
import type { VM } from "../interp/vm.js";
import { cString, createLoader, executeModule, readRuntimeModule, type LoaderContext } from "../loader/loader.js";
import { fieldKey } from "../value/object.js";
import { str } from "../value/string.js";
import { NekoAbstract, NekoFunction, NekoObject, NekoString, isSmallInt, type Value } from "../value/value.js";
import { hostFunction, type Bridge, type HostFunction } from "./convert.js";
import { toNekoThrow } from "./errors.js";
import type { Sandbox } from "./sandbox.js";

/** A module a loadModule hook supplies: bytecode, Neko source, or an exports object. */
export type ModuleSource =
  | Uint8Array
  | string
  | { bytes: Uint8Array }
  | { source: string | Uint8Array; fileName?: string }
  | NekoObject;

/**
 * JS hooks deciding what `$loader.loadmodule` and `$loader.loadprim` give Neko code (neko's
 * "custom loaders", written in JS). Each hook receives the requested name and `next`, the
 * default behaviour (search the host's files / the primitive registry, both under the
 * sandbox when there is one); it may filter, rename (`return next("other")`) or supply.
 * Returning undefined means "do the default"; returning null refuses, with neko's
 * "Module not found" / "Primitive not found" error. What a hook throws becomes a Neko
 * exception (see toNekoThrow).
 */
export interface LoaderHooks {
  /** A module by name: bytecode (Uint8Array or {bytes}), source (string or {source, fileName}), or an exports object (what next returns). */
  loadModule?(name: string, next: (name: string) => NekoObject): ModuleSource | null | undefined;
  /** A primitive "lib@name" taking nargs arguments (-1: any): a Neko function or a JS function (converted calls). */
  loadPrimitive?(name: string, nargs: number, next: (name: string, nargs: number) => NekoFunction): NekoFunction | HostFunction | null | undefined;
}

export interface LoaderOptions {
  /** $loader.args: the program's command-line arguments. */
  args?: string[];
  /** Hooks for module and primitive loading. */
  hooks?: LoaderHooks;
}

export interface LoaderSetup extends Bridge {
  readonly ctx: LoaderContext;
  readonly sandbox: Sandbox | null;
}

/** Link a module from bytes under `name`, cache it in loader `self`, run it; its exports. */
export function loadModuleBytes(s: LoaderSetup, self: NekoObject | null, bytes: Uint8Array, name: string, moduleLoader: Value): NekoObject {
  const vm = s.vm;
  const m: RuntimeModule = readRuntimeModule(s.ctx, bytes, moduleLoader, name);
  const cache = self !== null ? vm.getNamed(self, "cache") : null;
  if (cache instanceof NekoObject) cache.t[fieldKey(vm.fieldId(name))] = new NekoAbstract(moduleKind, m);
  executeModule(vm, m);
  return m.exports;
}

/** The bytes of a module a hook supplied. */
function moduleBytes(r: Exclude<ModuleSource, NekoObject>, name: string): Uint8Array {
  if (r instanceof Uint8Array) return r;
  if (typeof r === "string") return compile(r, name + ".neko");
  if ("bytes" in r) return r.bytes;
  return compile(r.source, r.fileName ?? name + ".neko");
}

/** Call a loader primitive in place (no frame of its own, so traces stay neko's). */
function callDirect(vm: VM, self: Value, f: Value, a: Value, b: Value): Value {
  const prim = (f as NekoFunction).prim!;
  const oldThis = vm.vthis;
  vm.vthis = self;
  const r = prim(vm, a, b);
  vm.vthis = oldThis;
  if (r === undefined) throw vm.throwValue(str((f as NekoFunction).name));
  return r;
}

/** A $loader object: neko's default loader behind the hooks and the sandbox. */
export function makeLoader(s: LoaderSetup, options: LoaderOptions = {}): NekoObject {
  const vm = s.vm;
  const hooks = options.hooks ?? {};
  const sandbox = s.sandbox;
  const o = createLoader(s.ctx, options.args ?? []);
  if (options.hooks === undefined && sandbox === null) return o;
  const origModule = vm.getNamed(o, "loadmodule");
  const origPrim = vm.getNamed(o, "loadprim");

  const loadmodule = (vm: VM, mname: Value, mloader: Value): Value | undefined => {
    const self = vm.vthis;
    if (!(mname instanceof NekoString) || !(self instanceof NekoObject)) return undefined;
    const name = cString(mname.b);
    const next = (n: string): NekoObject => {
      if (sandbox !== null && !sandbox.hostModules) throw vm.failure("Module not found : " + n, "load.c", 181);
      return callDirect(vm, self, origModule, str(n), mloader) as NekoObject;
    };
    if (hooks.loadModule === undefined) return next(name);
    const cache = vm.getNamed(self, "cache");
    if (cache instanceof NekoObject) {
      const cached = cache.t[fieldKey(vm.fieldId(mname.b))];
      if (cached instanceof NekoAbstract && cached.kind === moduleKind) return (cached.data as RuntimeModule).exports;
    }
    let r: ModuleSource | null | undefined;
    let bytes: Uint8Array;
    try {
      r = hooks.loadModule(name, next);
      if (r === undefined) return next(name);
      if (r === null) throw vm.failure("Module not found : " + name, "load.c", 181);
      if (r instanceof NekoObject) return r;
      bytes = moduleBytes(r, name);
    } catch (e) {
      throw toNekoThrow(vm, e);
    }
    return loadModuleBytes(s, self as NekoObject, bytes, name, mloader);
  };

  const loadprim = (vm: VM, prim: Value, nargs: Value): Value | undefined => {
    const self = vm.vthis;
    if (!(prim instanceof NekoString) || !isSmallInt(nargs)) return undefined;
    const next = (n: string, k: number): NekoFunction => {
      if (sandbox !== null && !sandbox.allows(n)) throw vm.throwString("Primitive not allowed in the sandbox : " + n + "(" + k + ")");
      return callDirect(vm, self, origPrim, str(n), k) as NekoFunction;
    };
    const full = cString(prim.b);
    if (hooks.loadPrimitive === undefined) return next(full, nargs);
    try {
      const r = hooks.loadPrimitive(full, nargs, next);
      if (r === undefined) return next(full, nargs);
      if (r === null) throw vm.failure("Primitive not found : " + full + "(" + nargs + ")", "load.c", 357);
      if (r instanceof NekoFunction) return r;
      if (typeof r === "function") return hostFunction(s, nargs, r, { name: full });
      throw new TypeError("a loadPrimitive hook returned neither a function nor null");
    } catch (e) {
      throw toNekoThrow(vm, e);
    }
  };

  vm.setNamed(o, "loadmodule", vm.primitive("loadmodule", 2, loadmodule));
  vm.setNamed(o, "loadprim", vm.primitive("loadprim", 2, loadprim));
  return o;
}
