// Calling std primitives directly from unit tests.

import { NekoVM } from "../../src/api/nekovm.js";
import { NekoThrow } from "../../src/interp/errors.js";
import { valueToBytes } from "../../src/value/print.js";
import { bytesToString, str } from "../../src/value/string.js";
import { NekoString, type Value } from "../../src/value/value.js";

export class Std {
  readonly neko = new NekoVM();
  get vm() {
    return this.neko.vm;
  }

  /** Call std@name; a neko_error() comes back as the thrown primitive name, like the VM does. */
  call(name: string, ...args: Value[]): Value {
    const def = this.neko.primitives.find("std", name, args.length);
    if (def === null) throw new Error(`no primitive std@${name}/${args.length}`);
    const r = def.fn(this.vm, ...args);
    if (r === undefined) throw new NekoThrow(str("std@" + name));
    return r;
  }

  /** The printed form of a value ($string). */
  show(v: Value): string {
    return bytesToString(valueToBytes(this.vm, v));
  }

  /** What a call throws, printed; null when it returns. */
  error(name: string, ...args: Value[]): string | null {
    try {
      this.call(name, ...args);
      return null;
    } catch (e) {
      if (e instanceof NekoThrow) return this.show(e.value);
      throw e;
    }
  }
}

export function s(text: string): NekoString {
  return str(text);
}

export function bytes(...b: number[]): NekoString {
  return new NekoString(new Uint8Array(b));
}

export function hex(v: Value): string {
  if (!(v instanceof NekoString)) throw new Error("not a string");
  return Array.from(v.b, (c) => c.toString(16).padStart(2, "0")).join("");
}
