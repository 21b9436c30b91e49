// neko vm/builtins.c: function builtins ($nargs, $call, $closure, $apply, $varargs).

import { makeApply } from "../interp/calls.js";
import type { VM } from "../interp/vm.js";
import { NekoFunction, type Value } from "../value/value.js";
import { isArray, isFunction, isFunctionOf } from "./check.js";
import type { BuiltinTable } from "./table.js";

function closureCallback(vm: VM, args: Value[]): Value {
  const env = vm.env;
  const cargs = env.length - 2;
  const f = env[0];
  const o = env[1];
  const fargs = (f as NekoFunction).nargs;
  if (fargs !== cargs + args.length && fargs !== -1) return null;
  const all = cargs === 0 ? args : env.slice(2).concat(args);
  return vm.callEx(o, f, all);
}

function varargsCallback(vm: VM, args: Value[]): Value {
  return vm.call(vm.env[0], [args]);
}

export const functionBuiltins: BuiltinTable = {
  nargs: [1, (_vm: VM, f: Value) => (isFunction(f) ? f.nargs : undefined)],
  call: [
    3,
    (vm: VM, f: Value, ctx: Value, args: Value) => {
      if (!isArray(args)) return undefined;
      const old = vm.vthis;
      vm.vthis = ctx;
      const r = vm.callEx(undefined, f, args.slice());
      vm.vthis = old;
      return r;
    },
  ],
  closure: [
    -1,
    (vm: VM, args: Value[]) => {
      const nargs = args.length;
      if (nargs <= 1) throw vm.failure("Invalid closure arguments number", "builtins.c", 822);
      const f = args[0];
      if (!isFunction(f)) return undefined;
      if (f.nargs !== -1 && f.nargs < nargs - 2) throw vm.failure("Invalid closure arguments number", "builtins.c", 828);
      const c = vm.primitive("closure_callback", -1, closureCallback);
      c.env = args.slice();
      return c;
    },
  ],
  apply: [
    -1,
    (vm: VM, all: Value[]) => {
      if (all.length < 1) return undefined;
      const f = all[0];
      const args = all.slice(1);
      if (!isFunction(f)) return undefined;
      const nargs = args.length;
      if (nargs === 0) return f;
      const fargs = f.nargs;
      if (fargs === nargs || fargs === -1) return vm.call(f, args);
      if (nargs > fargs) return undefined;
      const env: Value[] = new Array(fargs + 1).fill(null);
      env[0] = f;
      for (let i = 0; i < nargs; i++) env[i + 1] = args[i];
      return makeApply(vm, fargs - nargs, env);
    },
  ],
  varargs: [
    1,
    (vm: VM, f: Value) => {
      if (!isFunctionOf(f, 1)) return undefined;
      const v = vm.primitive("varargs", -1, varargsCallback);
      v.env = [f];
      return v;
    },
  ],
};
