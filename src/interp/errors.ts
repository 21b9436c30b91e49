// Exceptions (neko val_throw / failure, vm/others.c).

import { NekoObject, NekoString, type Value } from "../value/value.js";
import { valueToBuffer } from "../value/print.js";
import { ByteBuffer, str } from "../value/string.js";
import type { VM } from "./vm.js";

/** A Neko exception in flight. Not an Error: no JS stack capture on the hot path. */
export class NekoThrow {
  constructor(public readonly value: Value) {}
}

/** neko's failure object: { msg, file, line, __string } printing as "file(line) : msg". */
export function makeFailure(vm: VM, msg: NekoString, file: string, line: number): NekoObject {
  const o = new NekoObject();
  vm.setNamed(o, "msg", msg);
  vm.setNamed(o, "file", str(file));
  vm.setNamed(o, "line", line);
  vm.setNamed(o, "__string", vm.primitive("failure_to_string", 0, failureToString));
  return o;
}

function failureToString(vm: VM): Value | undefined {
  const o = vm.vthis;
  if (!(o instanceof NekoObject)) return undefined;
  const b = new ByteBuffer(64);
  valueToBuffer(vm, b, vm.getNamed(o, "file"));
  b.addAscii("(");
  valueToBuffer(vm, b, vm.getNamed(o, "line"));
  b.addAscii(") : ");
  valueToBuffer(vm, b, vm.getNamed(o, "msg"));
  return b.toNeko();
}

/** Thrown by sys_exit: unwinds every Neko frame (traps do not catch it) and ends the program. */
export class NekoExit {
  constructor(public readonly code: number) {}
}
