// Stack traces (neko vm/interp.c neko_flush_stack): the call frames between two points of
// the frame stack, outermost first, each as [file, line] from debug info, the module name
// when there is none, or null for native code.

import type { Value } from "../value/value.js";
import type { RuntimeModule } from "./module.js";
import type { VM } from "./vm.js";

/** The position entry for a frame whose saved pc is `pc` (neko reads the word at pc - 2). */
export function framePosition(m: RuntimeModule, pc: number): Value {
  const dbg = m.debugTable;
  if (dbg === null) return m.name;
  const ppc = pc - 2;
  if (ppc < 0 || ppc >= m.data.codesize) return m.name;
  return dbg[m.data.debug!.posIndex[ppc]];
}

/**
 * Frames from just above `csp` up to `cspup`, then the entries of `old` (if given). With
 * `old`, the frames are erased from the stack (they are being unwound).
 */
export function flushStack(vm: VM, cspup: number, csp: number, old: Value[] | null): Value[] {
  const st = vm.stack;
  const out: Value[] = [];
  while (csp < cspup) {
    const m = st[csp + 4] as RuntimeModule | null;
    out.push(m ? framePosition(m, st[csp + 1] as number) : null);
    if (old) {
      st[++csp] = null;
      st[++csp] = null;
      st[++csp] = null;
      st[++csp] = null;
    } else csp += 4;
  }
  if (old) for (const v of old) out.push(v);
  return out;
}

/** $callstack: every frame of the VM. */
export function callStack(vm: VM): Value[] {
  return flushStack(vm, vm.csp, -1, null);
}
