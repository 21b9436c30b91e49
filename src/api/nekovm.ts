// NekoVM: one independent Neko virtual machine (neko vm/interp.c neko_vm_alloc plus the
// default loader). Nothing is shared between two NekoVM instances.

import { installBuiltins } from "../builtins/index.js";
import type { Host } from "../host/host.js";
import { MemoryHost } from "../host/host.js";
import { NekoExit } from "../interp/errors.js";
import { interp } from "../interp/interp.js";
import { JitRuntime } from "../jit/runtime.js";
import { VM } from "../interp/vm.js";
import { createLoader, executeModule, formatReport, readRuntimeModule, type LoaderContext } from "../loader/loader.js";
import { defaultRegistry, type PrimitiveRegistry } from "../loader/primitives.js";
import { str } from "../value/string.js";
import type { NekoObject, Value } from "../value/value.js";

export interface NekoVMOptions {
  /** Files, stdio, environment. Defaults to an in-memory host. */
  host?: Host;
  /** Primitive libraries. Defaults to neko's std/regexp/zlib. */
  primitives?: PrimitiveRegistry;
  /** "jit" (default): functions are translated to JS on their first call; "interp": neko's interpreter only. */
  tier?: "jit" | "interp";
  /**
   * JS tier: bytes of the JS stack translated code may use (default 480 000, for Node's
   * default 984 KB stack); deeper calls run in the interpreter, which does not recurse in JS.
   */
  jitStackBytes?: number;
}

export interface RunResult {
  /** The process exit code neko would use: 0, 1 after an uncaught exception, or sys_exit's code. */
  exitCode: number;
}

export class NekoVM {
  readonly vm: VM;
  readonly host: Host;
  readonly primitives: PrimitiveRegistry;
  private readonly ctx: LoaderContext;

  constructor(options: NekoVMOptions = {}) {
    this.host = options.host ?? new MemoryHost();
    this.primitives = options.primitives ?? defaultRegistry();
    const host = this.host;
    this.vm = new VM((b) => host.writeStdout(b));
    this.vm.interp = interp;
    this.vm.host = host;
    if ((options.tier ?? "jit") === "jit") {
      this.vm.jit = new JitRuntime(this.vm);
      if (options.jitStackBytes !== undefined) this.vm.jsBudget = options.jitStackBytes;
    }
    installBuiltins(this.vm);
    this.ctx = { vm: this.vm, host: this.host, primitives: this.primitives };
  }

  /** A new default loader ($loader) whose args are `args`. */
  createLoader(args: string[] = []): NekoObject {
    return createLoader(this.ctx, args);
  }

  /**
   * Run a module file as the neko executable does: load it with a fresh loader, report an
   * uncaught exception on stderr. Returns the exit code.
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
      const loader = this.createLoader(args);
      const [thisv, f, fargs] = entry(loader);
      const r = vm.callCatch(thisv, f, fargs);
      if (!r.ok) {
        this.host.flush();
        this.host.writeStderr(formatReport(vm, r.exc, true));
        return { exitCode: 1 };
      }
      return { exitCode: 0 };
    } catch (e) {
      if (e instanceof NekoExit) return { exitCode: e.code };
      throw e;
    } finally {
      this.host.flush();
    }
  }

  /** Call a Neko function value from JS (neko val_callEx); Neko exceptions propagate as NekoThrow. */
  call(f: Value, args: Value[], thisv?: Value): Value {
    return this.vm.callEx(thisv, f, args);
  }
}
