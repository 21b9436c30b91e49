// Calling primitives from the interpreter (neko DoCall's primitive branch) and the partial
// application functions of $apply (neko vm/alloc.c neko_alloc_apply, apply1..apply5).

import { str } from "../value/string.js";
import { NekoFloat, NekoFunction, NekoObject, NekoString, TypeCode, typeOf, type Value } from "../value/value.js";
import { STACK_SIZE, type VM } from "./vm.js";

/**
 * Call primitive f with nargs arguments lying on the stack at sp (first argument deepest),
 * the values array `vs` holding neko index i at STACK_SIZE - i (VM.vals). The caller has
 * pushed a frame and set this/env. A primitive returning undefined failed: its name is
 * thrown, as neko does.
 */
export function callPrimitive(vm: VM, f: NekoFunction, vs: Value[], sp: number, nargs: number): Value {
  const p = f.prim!;
  const t = STACK_SIZE - sp; // the last argument's slot; the first is at t - nargs + 1
  let r: Value | undefined;
  if (f.nargs === nargs) {
    switch (nargs) {
      case 0:
        r = p(vm);
        break;
      case 1:
        r = p(vm, vs[t]);
        break;
      case 2:
        r = p(vm, vs[t - 1], vs[t]);
        break;
      case 3:
        r = p(vm, vs[t - 2], vs[t - 1], vs[t]);
        break;
      case 4:
        r = p(vm, vs[t - 3], vs[t - 2], vs[t - 1], vs[t]);
        break;
      default:
        r = p(vm, vs[t - 4], vs[t - 3], vs[t - 2], vs[t - 1], vs[t]);
    }
  } else {
    const args = new Array<Value>(nargs);
    for (let i = 0; i < nargs; i++) args[i] = vs[t - (nargs - 1 - i)];
    r = p(vm, args);
  }
  if (r === undefined) throw vm.throwValue(str(f.name));
  return r;
}

function applyN(vm: VM, ...ps: Value[]): Value {
  const env = vm.env;
  const n = env.length - 1;
  const k = ps.length;
  if (k === 5) {
    // neko's apply5 stores p1..p4 at n-4..n-1, then p5 over n-1 (slot n-5 keeps its value)
    env[1 + n - 4] = ps[0];
    env[1 + n - 3] = ps[1];
    env[1 + n - 2] = ps[2];
    env[1 + n - 1] = ps[3];
    env[1 + n - 1] = ps[4];
  } else {
    for (let i = 0; i < k; i++) env[1 + n - k + i] = ps[i];
  }
  return vm.call(env[0], env.slice(1));
}

/** A function taking the `nargs` missing arguments of env[0] (env[1..] holds the bound ones). */
export function makeApply(vm: VM, nargs: number, env: Value[]): NekoFunction {
  if (nargs < 1 || nargs > 5) throw vm.failure("Too many apply arguments", "alloc.c", 311);
  const f = vm.primitive("apply", nargs, applyN);
  f.env = env;
  return f;
}

const TYPE_CODES: number[] = [0, 1, 2, 3, 4, 5, 6, 7, 8];

/** $typeof as the TypeOf opcode computes it. */
export function typeOfCode(v: Value): number {
  if (v === null) return 0;
  if (typeof v === "number") return 1;
  if (typeof v === "boolean") return 3;
  if (v instanceof NekoString) return 4;
  if (v instanceof NekoObject) return 5;
  if (Array.isArray(v)) return 6;
  if (v instanceof NekoFloat) return 2;
  return TYPE_CODES[typeOf(v) as TypeCode];
}
