// nekoc -console (nekoc 2.3 src/neko/Console.nml): a read-compile-run loop. Each input is
// the lines typed up to one ending with "!"; it is compiled as a module named "@console" (or
// "#load file" loads a .n), run on one VM, and its value printed. Globals carry over between
// inputs by name. Syntax and compile errors are reported on stderr and the loop goes on; the
// end of input ends nekoc with its uncaught `Eof` (exit code 255), as the real console does.

import { installBuiltins } from "../builtins/index.js";
import { readBytecode, BytecodeReadError } from "../bytecode/dump.js";
import { type ModuleCode, WriteError, writeModule } from "../bytecode/writer.js";
import { bytesToByteString, byteStringToBytes } from "../compiler/ast.js";
import { NekoCompileError } from "../compiler/errors.js";
import { parseSource } from "../compiler/index.js";
import { compileProgram } from "../compiler/program.js";
import type { Host } from "../host/host.js";
import { NekoThrow } from "../interp/errors.js";
import { interp } from "../interp/interp.js";
import { VM } from "../interp/vm.js";
import { createLoader, executeModule, formatTrace, readRuntimeModule, type LoaderContext } from "../loader/loader.js";
import { defaultRegistry } from "../loader/primitives.js";
import { valueToBytes } from "../value/print.js";
import { concatBytes, joinBytes, str } from "../value/string.js";
import type { Value } from "../value/value.js";

export interface ConsoleIO {
  /** The VM's host: modules, primitives and all of the console's output go through it. */
  host: Host;
  /** The next line of standard input without its "\n", or null at the end of input. */
  readLine(): Uint8Array | null;
}

/** Frames of nekoc's own code above a console module, as nekoc's traces show them. */
const RUN_FRAMES = ["neko/Console.nml line 90", "core/Reflect.nml line 128"];
const LOOP_FRAMES = ["neko/Main.nml line 153", "core/Args.nml line 57", "neko/Console.nml line 114", "neko/Console.nml line 115"];
const EOF_FRAMES = [...LOOP_FRAMES, "neko/Console.nml line 49", "neko/Console.nml line 36", "neko/Console.nml line 26", "core/IO.nml line 221", "core/IO.nml line 64"];

/** Ends the console: nekoc's uncaught exception with its trace. */
class ConsoleCrash {
  constructor(
    readonly frames: string[],
    readonly exception: Uint8Array,
  ) {}
}

/** Runs the console until the input ends; returns nekoc's exit code (255). */
export function runConsole(io: ConsoleIO, version: number, fields: Map<number, string>): number {
  const { host } = io;
  const out = (s: string | Uint8Array) => host.writeStdout(typeof s === "string" ? str(s).b : s);
  const vm = new VM((b) => host.writeStdout(b));
  vm.interp = interp;
  vm.host = host;
  installBuiltins(vm);
  const ctx: LoaderContext = { vm, host, primitives: defaultRegistry() };
  const loader = createLoader(ctx, []);
  const saved = new Map<string, Value>();

  /** Lines up to one ending with "!" (which is dropped), joined with "\n". */
  const readInput = (): Uint8Array => {
    const parts: Uint8Array[] = [];
    for (;;) {
      const l = io.readLine();
      if (l === null) throw new ConsoleCrash(EOF_FRAMES, str("Eof").b);
      if (l.length > 0 && l[l.length - 1] === 0x21) {
        parts.push(l.subarray(0, l.length - 1));
        return joinBytes(parts);
      }
      parts.push(l, str("\n").b);
    }
  };

  const step = (): void => {
    out("> ");
    const input = readInput();
    let code: ModuleCode;
    let bytes: Uint8Array;
    const text = bytesToByteString(input);
    if (text.length > 6 && text.startsWith("#load ")) {
      const file = text.slice(6);
      const b = host.readFile(file);
      if (b === null) throw new ConsoleCrash([...LOOP_FRAMES, "neko/Console.nml line 54", "core/IO.nml line 71"], str(`(file_open, ${file})`).b);
      try {
        code = readBytecode(b, fields);
      } catch (e) {
        if (e instanceof BytecodeReadError) throw new ConsoleCrash([...LOOP_FRAMES, "neko/Console.nml line 55", ...e.frames], byteStringToBytes(e.exception));
        throw e;
      }
      bytes = b;
    } else {
      code = compileProgram(version, parseSource(input, "@console"));
      try {
        bytes = writeModule(code, fields);
      } catch (e) {
        if (e instanceof WriteError) throw new ConsoleCrash([...LOOP_FRAMES, "neko/Console.nml line 69"], byteStringToBytes(e.exception));
        throw e;
      }
    }
    let m;
    try {
      m = readRuntimeModule(ctx, bytes, loader, "@console");
    } catch (e) {
      if (!(e instanceof NekoThrow)) throw e;
      throw new ConsoleCrash([...LOOP_FRAMES, "neko/Console.nml line 73"], concatBytes(concatBytes(str("Neko_error(").b, valueToBytes(vm, e.value)).b, str(")").b).b);
    }
    code.globals.forEach((g, i) => {
      if (g.kind === "var" && saved.has(g.name)) m.globals[i] = saved.get(g.name)!;
    });
    const run = vm.primitive("module_exec", 0, () => executeModule(vm, m));
    const r = vm.callCatch(null, run, []);
    if (r.ok) {
      out(valueToBytes(vm, r.value));
      out("\n");
    } else {
      for (const f of RUN_FRAMES) out(`Called from ${f}\n`);
      out(formatTrace(vm));
      out("Exception : ");
      out(valueToBytes(vm, r.exc));
      out("\n");
    }
    code.globals.forEach((g, i) => {
      if (g.kind === "var") saved.set(g.name, m.globals[i]);
    });
  };

  try {
    for (;;) {
      try {
        step();
      } catch (e) {
        if (!(e instanceof NekoCompileError)) throw e;
        host.writeStderr(byteStringToBytes(e.report + "\n"));
      }
    }
  } catch (e) {
    if (!(e instanceof ConsoleCrash)) throw e;
    let s = "";
    for (const f of e.frames) s += `Called from ${f}\n`;
    host.writeStderr(concatBytes(concatBytes(str(s + "Exception : ").b, e.exception).b, str("\n").b).b);
    host.flush();
    return 255;
  }
}
