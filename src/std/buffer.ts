// std.ndll buffers (neko libs/std/buffer.c): a growable byte buffer collecting the printed
// form of any value.

import { isIntArg, isKind, isString } from "../builtins/check.js";
import type { BuiltinTable } from "../builtins/table.js";
import type { VM } from "../interp/vm.js";
import { valueToBuffer } from "../value/print.js";
import { ByteBuffer } from "../value/string.js";
import { Kind, NekoAbstract, type Value } from "../value/value.js";

/** neko's k_buffer. */
export const bufferKind = new Kind("buffer");

function buf(b: Value): ByteBuffer | undefined {
  return isKind(b, bufferKind) ? (b.data as ByteBuffer) : undefined;
}

/** A buffer bounded by the embedder's allocation limit. */
function limited(vm: VM, b: ByteBuffer): ByteBuffer {
  b.limit = vm.maxAlloc;
  return b;
}

export const bufferPrimitives: BuiltinTable = {
  buffer_new: [0, (vm: VM) => new NekoAbstract(bufferKind, limited(vm, new ByteBuffer(64)))],
  buffer_add: [
    2,
    (vm: VM, b: Value, v: Value) => {
      const bb = buf(b);
      if (bb === undefined) return undefined;
      valueToBuffer(vm, bb, v);
      return true;
    },
  ],
  buffer_add_char: [
    2,
    (_vm: VM, b: Value, c: Value) => {
      const bb = buf(b);
      if (bb === undefined || !isIntArg(c) || c < 0 || c > 255) return undefined;
      bb.addByte(c);
      return true;
    },
  ],
  buffer_add_sub: [
    4,
    (_vm: VM, b: Value, v: Value, p: Value, l: Value) => {
      const bb = buf(b);
      if (bb === undefined || !isString(v) || !isIntArg(p) || !isIntArg(l)) return undefined;
      if (p < 0 || l < 0 || v.length < p || v.length < p + l) return undefined;
      if (v.s !== null) bb.addText(v.s.substring(p, p + l));
      else bb.addBytes(v.b.subarray(p, p + l));
      return true;
    },
  ],
  buffer_string: [
    1,
    (_vm: VM, b: Value) => {
      const bb = buf(b);
      return bb === undefined ? undefined : bb.toNeko();
    },
  ],
  buffer_reset: [
    1,
    (vm: VM, b: Value) => {
      if (buf(b) === undefined) return undefined;
      (b as NekoAbstract).data = limited(vm, new ByteBuffer(64));
      return true;
    },
  ],
  buffer_get_length: [
    1,
    (_vm: VM, b: Value) => {
      const bb = buf(b);
      return bb === undefined ? undefined : bb.len;
    },
  ],
};
