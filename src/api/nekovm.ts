// NekoVM: one independent Neko virtual machine (neko vm/interp.c neko_vm_alloc plus the
// default loader) and the embedding API around it. Nothing is shared between two NekoVMs:
// each has its own stack, field-name table, builtins, primitive registry and loaders.
//
// Every API entry (run, call, loadModule, a JS function made from a Neko one...) runs under
// guard(): a Neko exception comes out as a NekoError, a limit as a NekoLimitError, and the
// VM is left ready for the next call whatever happened.

import { installBuiltins } from "../builtins/index.js";
import { compile } from "../compiler/index.js";
import type { Host } from "../host/host.js";
import { MemoryHost } from "../host/host.js";
import { NekoExit } from "../interp/errors.js";
import { interp } from "../interp/interp.js";
import { JitRuntime } from "../jit/runtime.js";
import { callStack } from "../interp/trace.js";
import { STACK_SIZE, VM } from "../interp/vm.js";
import { executeModule, formatReport, readRuntimeModule, type LoaderContext } from "../loader/loader.js";
import { defaultRegistry, type PrimitiveRegistry } from "../loader/primitives.js";
import { LimitExceeded } from "../value/limits.js";
import { fieldKey } from "../value/object.js";
import { bytesToString, str } from "../value/string.js";
import { NekoFunction, NekoObject, type Value } from "../value/value.js";
import { fromNeko, hostFunction, toNeko, type Bridge, type FromNekoOptions, type HostFunction, type HostFunctionOptions } from "./convert.js";
import { NekoError, NekoLimitError, formatTrace, nekoErrorOf } from "./errors.js";
import { HostView, type OutputSink } from "./host.js";
import { loadModuleBytes, makeLoader, type LoaderHooks, type LoaderOptions } from "./loaders.js";
import { NekoModule } from "./module.js";
import { Sandbox, type SandboxOptions } from "./sandbox.js";

/** Limits on what one API call may make the VM do (all optional; none by default). */
export interface Limits {
  /** Steps one API call may run: a step is a backward jump or a call of Neko code. */
  steps?: number;
  /** Milliseconds one API call may run (checked every few thousand steps). */
  timeMs?: number;
  /** Neko call frames that may be active at once. */
  callDepth?: number;
  /** Largest single allocation: elements of an array, bytes of a string or buffer. */
  maxAlloc?: number;
}

export interface NekoVMOptions {
  /** Files, stdio, environment, OS services. Defaults to an in-memory host (no files). */
  host?: Host;
  /** Primitive libraries. Defaults to a fresh registry of neko's std/regexp/zlib. */
  primitives?: PrimitiveRegistry;
  /**
   * JS tier: bytes of the JS stack translated code may use (default 480 000, for Node's
   * default 984 KB stack); deeper calls run in the interpreter, which does not recurse in JS.
   */
  jitStackBytes?: number;
  /** Module search path, as NEKOPATH (":"-separated) or a list. Default: the host's NEKOPATH, else neko's. */
  path?: string | string[];
  /** Receives the program's standard output (instead of the host). */
  stdout?: OutputSink;
  /** Receives the program's standard error (instead of the host). */
  stderr?: OutputSink;
  /** What the sinks receive: "utf8" (default) strings, or "bytes" (Uint8Array). */
  encoding?: "utf8" | "bytes";
  /** Execution tier: "jit" (default: functions are translated to JS on their first call) or "interp" (neko's interpreter only). */
  tier?: "interp" | "jit";
  /** Limits for untrusted code: budget, call depth, allocation size. */
  limits?: Limits;
  /** Run untrusted code: only some primitive families, no host files, env or OS (true: SAFE_FAMILIES). */
  sandbox?: boolean | SandboxOptions;
  /** Hooks of every loader this VM makes (module and primitive supply, filtering, renaming). */
  loader?: LoaderHooks;
}

export interface RunResult {
  /** The process exit code neko would use: 0, 1 after an uncaught exception, or sys_exit's code. */
  exitCode: number;
}

export interface RunOptions {
  /** $loader.args. */
  args?: string[];
  /** Values of the program's globals (its free identifiers), converted with toNeko. */
  globals?: Record<string, unknown>;
  /** The program's $loader: hooks for a new loader, or a loader object. Default: the VM's loader. */
  loader?: LoaderHooks | NekoObject;
  /** The source's file name, for positions in traces and errors. Default "run.neko". */
  fileName?: string;
  /** Return the Neko value itself instead of converting it with fromNeko. */
  raw?: boolean;
}

/** The part of the VM state an API call restores when a limit or a JS error aborts it. */
interface Saved {
  sp: number;
  csp: number;
  trap: number;
  vthis: Value;
  env: Value[];
  nativeDepth: number;
}

export class NekoVM implements Bridge {
  /** The VM core (stack, field table, builtins); what primitives receive. */
  readonly vm: VM;
  /** The host the VM uses (the given one, seen through the sinks and the sandbox). */
  readonly host: Host;
  readonly primitives: PrimitiveRegistry;
  /** The execution tier requested (see NekoVMOptions.tier). */
  readonly tier: "interp" | "jit";
  readonly limits: Readonly<Limits>;
  /** The sandbox policy, or null. */
  readonly sandbox: Sandbox | null;
  /** @internal the loader context (exposed to the loader helpers). */
  readonly ctx: LoaderContext;
  private readonly hooks: LoaderHooks | undefined;
  private defaultLoader: NekoObject | null = null;
  private entries = 0;

  constructor(options: NekoVMOptions = {}) {
    this.sandbox = options.sandbox ? new Sandbox(options.sandbox === true ? {} : options.sandbox) : null;
    const base = options.host ?? new MemoryHost();
    this.host =
      options.stdout || options.stderr || this.sandbox
        ? new HostView(base, { stdout: options.stdout, stderr: options.stderr, encoding: options.encoding, sandboxed: this.sandbox !== null, files: this.sandbox?.hostModules })
        : base;
    this.primitives = options.primitives ?? defaultRegistry();
    this.tier = options.tier ?? "jit";
    this.limits = { ...options.limits };
    this.hooks = options.loader;
    const host = this.host;
    this.vm = new VM((b) => host.writeStdout(b));
    this.vm.interp = interp;
    this.vm.host = host;
    if (this.tier === "jit") {
      this.vm.jit = new JitRuntime(this.vm);
      if (options.jitStackBytes !== undefined) this.vm.jsBudget = options.jitStackBytes;
    }
    const { callDepth, maxAlloc } = this.limits;
    if (callDepth !== undefined) this.vm.setDepthLimit(Math.max(0, Math.min(STACK_SIZE, callDepth * 4 - 1)));
    if (maxAlloc !== undefined) this.vm.maxAlloc = maxAlloc;
    installBuiltins(this.vm);
    const path = options.path === undefined ? undefined : Array.isArray(options.path) ? options.path.join(":") : options.path;
    this.ctx = { vm: this.vm, host: this.host, primitives: this.primitives, path };
  }

  // ---- loaders and modules ----

  /** A new $loader object (neko_default_loader) with the VM's hooks and sandbox; `options` may add args and hooks. */
  createLoader(options: string[] | LoaderOptions = {}): NekoObject {
    const o = Array.isArray(options) ? { args: options } : options;
    return makeLoader(this, { args: o.args, hooks: o.hooks ?? this.hooks });
  }

  /** The VM's own loader, made on first use: loadModule, compileAndLoad and run use it (and its module cache). */
  get loader(): NekoObject {
    return (this.defaultLoader ??= this.createLoader());
  }

  /**
   * Load a module as `$loader.loadmodule(name, $loader)` does with the VM's loader (searched
   * along the path, run once, cached), or from its bytecode (`name` then names it; default
   * "module"). Returns a handle on its $exports. A Neko exception throws a NekoError.
   */
  loadModule(module: string | Uint8Array, name = "module"): NekoModule {
    const loader = this.loader;
    if (typeof module === "string") {
      const exports = this.call(this.vm.getNamed(loader, "loadmodule"), [str(module), loader], loader);
      return new NekoModule(this, exports as NekoObject, module);
    }
    const exports = this.caught(() => loadModuleBytes(this, loader, module, name, loader));
    return new NekoModule(this, exports as NekoObject, name);
  }

  /** Compile Neko source (as nekoc would), load the module under its file name without extension, run it; a handle on its $exports. */
  compileAndLoad(source: string | Uint8Array, fileName = "module.neko"): NekoModule {
    return this.loadModule(compile(source, fileName), moduleName(fileName));
  }

  /**
   * Compile and run a Neko program; the value of its last expression (converted with
   * fromNeko unless `raw`). Its free identifiers are globals: `options.globals` gives them
   * values before it runs. Compile errors throw NekoCompileError; Neko exceptions NekoError.
   */
  run(source: string | Uint8Array, options: RunOptions = {}): any {
    const fileName = options.fileName ?? "run.neko";
    const bytes = compile(source, fileName);
    const loader =
      options.loader instanceof NekoObject
        ? options.loader
        : options.loader !== undefined || options.args !== undefined
          ? this.createLoader({ args: options.args, hooks: options.loader ?? this.hooks })
          : this.loader;
    const globals = options.globals ?? {};
    const values = new Map<string, Value>();
    for (const k of Object.keys(globals)) values.set(k, toNeko(this, globals[k]));
    const v = this.caught(() => {
      const m = readRuntimeModule(this.ctx, bytes, loader, moduleName(fileName));
      m.data.globals.forEach((g, i) => {
        if (g.kind === "var") {
          const x = values.get(bytesToString(g.name));
          if (x !== undefined) m.globals[i] = x;
        }
      });
      return executeModule(this.vm, m);
    });
    return options.raw ? v : this.fromNeko(v);
  }

  /**
   * Run a module file as the neko executable does: load it with a fresh loader, report an
   * uncaught exception (or a limit) on stderr. Returns the exit code.
   */
  runMain(file: string, args: string[] = []): RunResult {
    return this.runAsMain(args, (loader) => [loader, this.vm.getNamed(loader, "loadmodule"), [str(file), loader]]);
  }

  /**
   * Run a module given as bytes (e.g. compiled in memory from `name`) as the main program,
   * like runMain: uncaught exceptions are reported on stderr. Returns the exit code.
   */
  runMainBytes(bytes: Uint8Array, name: string, args: string[] = []): RunResult {
    const run = (loader: NekoObject): Value => {
      const m = readRuntimeModule(this.ctx, bytes, loader, name);
      executeModule(this.vm, m);
      return m.exports;
    };
    return this.runAsMain(args, (loader) => [null, this.vm.primitive("loadmodule", 0, () => run(loader)), []]);
  }

  private runAsMain(args: string[], entry: (loader: NekoObject) => [Value, Value, Value[]]): RunResult {
    const vm = this.vm;
    try {
      return this.guarded(() => {
        const loader = this.createLoader(args);
        const [thisv, f, fargs] = entry(loader);
        const r = vm.callCatch(thisv, f, fargs);
        if (r.ok) return { exitCode: 0 };
        this.host.flush();
        this.host.writeStderr(formatReport(vm, r.exc, true));
        return { exitCode: 1 };
      });
    } catch (e) {
      if (e instanceof NekoExit) return { exitCode: e.code };
      if (e instanceof NekoLimitError) {
        this.host.flush();
        this.host.writeStderr(str(e.nekoStack + "Uncaught exception - " + e.message + "\n").b);
        return { exitCode: 1 };
      }
      throw e;
    } finally {
      this.host.flush();
    }
  }

  // ---- calls ----

  /**
   * Call a Neko function (neko val_callEx) with `args` (JS values are converted with toNeko)
   * and `this` (default null). Returns the raw Neko result; a Neko exception throws a
   * NekoError, a limit a NekoLimitError.
   */
  call(f: Value, args: readonly unknown[] = [], thisv: unknown = null): Value {
    const nargs = args.map((a) => toNeko(this, a));
    const self = toNeko(this, thisv);
    const vm = this.vm;
    return this.guarded(() => {
      const r = vm.callCatch(self, f, nargs);
      if (!r.ok) throw nekoErrorOf(vm, r.exc);
      return r.value;
    });
  }

  /** Call method `name` of a Neko object with the object as `this` (as `o.name(args)` in Neko). */
  callMethod(o: NekoObject, name: string, args: readonly unknown[] = []): Value {
    return this.call(this.vm.getNamed(o, name), args, o);
  }

  // ---- values ----

  /** A JS value as a Neko value (rules in src/api/convert.ts). */
  toNeko(x: unknown): Value {
    return toNeko(this, x);
  }

  /** A Neko value as a JS value (rules in src/api/convert.ts). */
  fromNeko(v: Value, options?: FromNekoOptions): any {
    return fromNeko(this, v, options);
  }

  /** A Neko function calling `fn` with `nargs` arguments (-1: any number); see HostFunctionOptions. */
  function(nargs: number, fn: HostFunction, options?: HostFunctionOptions): NekoFunction {
    if (!Number.isInteger(nargs) || nargs < -1) throw new RangeError("nargs must be -1 or a non-negative integer");
    return hostFunction(this, nargs, fn, options);
  }

  /**
   * Define the primitive "lib@name" taking `nargs` arguments (-1: any number), callable from
   * Neko as `$loader.loadprim("lib@name", nargs)`: loadprim with another count fails as in
   * neko. `fn` receives arguments converted with fromNeko (or raw Neko values with
   * `{ raw: true }`), `this` is the Neko `this`; see toNekoThrow for what it may throw.
   * The primitive goes into this VM's registry (shared if the registry was passed in).
   */
  definePrimitive(fullName: string, nargs: number, fn: HostFunction, options: HostFunctionOptions = {}): void {
    const at = fullName.indexOf("@");
    if (at <= 0 || at === fullName.length - 1) throw new RangeError('a primitive name is "lib@name"');
    const f = this.function(nargs, fn, { ...options, name: options.name ?? fullName });
    this.primitives.define(fullName.slice(0, at), fullName.slice(at + 1), nargs, f.prim as any);
  }

  /** An object field by name (neko val_field), null when absent. */
  field(o: NekoObject, name: string): Value {
    return this.vm.getNamed(o, name);
  }

  /** Set an object field by name (neko alloc_field); the value is converted with toNeko. */
  setField(o: NekoObject, name: string, value: unknown): void {
    o.t[fieldKey(this.vm.fieldId(name))] = toNeko(this, value);
  }

  /** neko val_id: the field id of a name (registered in this VM's field table). */
  id(name: string): number {
    return this.vm.fieldId(name);
  }

  // ---- the API boundary ----

  /** Run `fn` (which may run Neko code and throw Neko exceptions) as an API entry under a trap: a Neko exception throws a NekoError. */
  private caught(fn: () => Value): Value {
    const vm = this.vm;
    return this.guarded(() => {
      const r = vm.callCatch(null, vm.primitive("embedder", 0, fn), []);
      if (!r.ok) throw nekoErrorOf(vm, r.exc);
      return r.value;
    });
  }

  /**
   * Run `fn` as an API entry: the outermost one starts the budget (limits.steps/timeMs);
   * a limit ends it with a NekoLimitError; a limit, sys_exit or a JS error leaves the VM
   * state as it was before the call.
   */
  private guarded<T>(fn: () => T): T {
    const vm = this.vm;
    const saved: Saved = { sp: vm.sp, csp: vm.csp, trap: vm.trap, vthis: vm.vthis, env: vm.env, nativeDepth: vm.nativeDepth };
    const outer = this.entries === 0;
    if (outer) vm.setBudget(this.limits.steps ?? Infinity, this.limits.timeMs ?? Infinity);
    this.entries++;
    try {
      return fn();
    } catch (e) {
      if (e instanceof NekoError) throw e;
      if (e instanceof LimitExceeded) {
        const trace = formatTrace(vm, callStack(vm));
        restore(vm, saved);
        throw new NekoLimitError(e.limit, trace, e.message);
      }
      restore(vm, saved);
      throw e;
    } finally {
      this.entries--;
      if (outer) vm.setBudget(Infinity, Infinity);
    }
  }
}

/** Put the VM state back as it was at an API entry, clearing what the aborted call left on the stack. */
function restore(vm: VM, s: Saved): void {
  const st = vm.stack;
  vm.popVals(s.sp);
  for (let i = s.csp + 1; i <= vm.csp; i++) st[i] = null;
  vm.csp = s.csp;
  vm.trap = s.trap;
  vm.vthis = s.vthis;
  vm.env = s.env;
  vm.nativeDepth = s.nativeDepth;
}

/** A module name from a file name: without its directory-free ".neko"/".n" extension. */
function moduleName(fileName: string): string {
  return fileName.replace(/\.(neko|n)$/, "");
}
