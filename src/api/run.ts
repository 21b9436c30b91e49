// run(source, options): compile and run a Neko program in a fresh VM, in one call (the
// "compile and run source at runtime with injected globals and an import resolver" of
// the reference's oak-virtual-bytecode).

import { NekoObject } from "../value/value.js";
import { NekoVM, type NekoVMOptions, type RunOptions } from "./nekovm.js";

export interface RunSourceOptions extends RunOptions, Omit<NekoVMOptions, "loader"> {
  /** Run in this VM instead of a fresh one (the NekoVMOptions are then ignored). */
  vm?: NekoVM;
}

/**
 * Compile and run Neko source; the value of its last expression, converted with fromNeko
 * (unless `raw`). `globals` gives values to the program's free identifiers; `loader` supplies
 * its modules and primitives (hooks) or is its $loader object. Without `vm`, the program runs
 * in a fresh NekoVM made from the same options (host, sinks, limits, sandbox...).
 *
 *     run("x * 2 + 1", { globals: { x: 33 } })  // 67
 */
export function run(source: string | Uint8Array, options: RunSourceOptions = {}): any {
  const vm = options.vm ?? new NekoVM({ ...options, loader: options.loader instanceof NekoObject ? undefined : options.loader });
  return vm.run(source, options);
}
