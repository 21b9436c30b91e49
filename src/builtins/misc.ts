// neko vm/builtins.c: output, exceptions, reflection on the VM and kinds ($print, $throw,
// $rethrow, $excstack, $callstack, $version, $setresolver, $getkind, $iskind).

import { NekoThrow } from "../interp/errors.js";
import { callStack } from "../interp/trace.js";
import type { VM } from "../interp/vm.js";
import { valueToBuffer } from "../value/print.js";
import { ByteBuffer } from "../value/string.js";
import { Kind, NekoAbstract, NekoString, type Value } from "../value/value.js";
import { isFunctionOf } from "./check.js";
import type { BuiltinTable } from "./table.js";

/** neko_k_kind: the kind of the abstracts $getkind returns. */
export const kindKind = new Kind("kind");
/** k_old_int32: what $getkind says of a boxed int32. */
export const oldInt32Kind = new Kind("old_int32");

/** NEKO_VERSION of neko 2.3.0. */
export const NEKO_VERSION = 230;

function printBody(vm: VM, args: Value[]): Value {
  if (args.length === 1 && args[0] instanceof NekoString) vm.print(args[0].b);
  else {
    const b = new ByteBuffer(64);
    b.limit = vm.maxAlloc;
    for (const a of args) valueToBuffer(vm, b, a);
    vm.print(b.toBytes());
  }
  // neko returns neko_builtins[1]: a second $print function, distinct from the builtin
  return (vm.printAgain ??= vm.primitive("$print", -1, printBody));
}

export const miscBuiltins: BuiltinTable = {
  print: [-1, printBody],
  throw: [
    1,
    (vm: VM, v: Value) => {
      throw vm.throwValue(v);
    },
  ],
  rethrow: [
    1,
    (_vm: VM, v: Value) => {
      throw new NekoThrow(v);
    },
  ],
  excstack: [0, (vm: VM) => vm.excStack],
  callstack: [0, (vm: VM) => callStack(vm)],
  version: [0, () => NEKO_VERSION],
  setresolver: [
    1,
    (vm: VM, f: Value) => {
      if (f === null) vm.resolver = null;
      else if (isFunctionOf(f, 2)) vm.resolver = f;
      else return undefined;
      return null;
    },
  ],
  getkind: [
    1,
    (_vm: VM, v: Value) => {
      if (typeof v === "number" && (v < -0x40000000 || v > 0x3fffffff)) return new NekoAbstract(kindKind, oldInt32Kind);
      if (!(v instanceof NekoAbstract)) return undefined;
      return new NekoAbstract(kindKind, v.kind);
    },
  ],
  iskind: [
    2,
    (_vm: VM, v: Value, k: Value) => {
      if (!(k instanceof NekoAbstract) || k.kind !== kindKind) return undefined;
      if (v instanceof NekoAbstract) return v.kind === k.data;
      if (k.data === oldInt32Kind) return typeof v === "number" && (v < -0x40000000 || v > 0x3fffffff);
      return false;
    },
  ],
};
