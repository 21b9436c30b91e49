// std.ndll digests (neko libs/std/md5.c): make_md5 hashes any value (strings hash as plain
// MD5; other values feed tagged 32-bit words), make_sha1 hashes a substring.

import { isIntArg, isString } from "../builtins/check.js";
import type { BuiltinTable } from "../builtins/table.js";
import type { VM } from "../interp/vm.js";
import { fieldKey, sortedFieldIds } from "../value/object.js";
import { isTaggedInt, NekoAbstract, NekoFloat, NekoFunction, NekoObject, NekoString, type Value } from "../value/value.js";
import { isPositiveNaN, writeFloat64 } from "./common.js";
import { Md5, sha1 } from "./digest.js";

interface Seen {
  v: Value;
  depth: number;
  next: Seen | null;
}

const f64Bytes = new Uint8Array(8);
const f64View = new DataView(f64Bytes.buffer);

function hashValue(m: Md5, v: Value, seen: Seen | null): void {
  if (v === null) m.updateUint32(0);
  else if (typeof v === "number") m.updateUint32(isTaggedInt(v) ? (v << 1) | 1 : v);
  else if (typeof v === "boolean") m.updateUint32(v ? 8 : 16);
  else if (v instanceof NekoFloat) {
    writeFloat64(f64View, 0, v.v, isPositiveNaN(v), true);
    m.update(f64Bytes);
  } else if (v instanceof NekoString) m.update(v.b);
  else if (v instanceof NekoObject || Array.isArray(v)) {
    for (let s = seen; s !== null; s = s.next)
      if (s.v === v) {
        m.updateUint32((s.depth << 3) | 2);
        return;
      }
    const here: Seen = { v, depth: seen ? seen.depth + 1 : 0, next: seen };
    if (v instanceof NekoObject) {
      for (const id of sortedFieldIds(v)) {
        m.updateUint32(id);
        hashValue(m, v.t[fieldKey(id)], here);
      }
      if (v.proto !== null) hashValue(m, v.proto, here);
    } else {
      m.updateUint32((v.length << 3) | 6);
      for (let i = v.length - 1; i >= 0; i--) hashValue(m, v[i], here);
    }
  } else if (v instanceof NekoFunction) m.updateUint32((v.nargs << 3) | 4);
  else if (v instanceof NekoAbstract) m.updateUint32(24);
}

export const md5Primitives: BuiltinTable = {
  make_md5: [
    1,
    (_vm: VM, v: Value) => {
      const m = new Md5();
      hashValue(m, v, null);
      return new NekoString(m.digest());
    },
  ],
  make_sha1: [
    3,
    (_vm: VM, s: Value, p: Value, l: Value) => {
      if (!isString(s) || !isIntArg(p) || !isIntArg(l)) return undefined;
      if (p < 0 || l < 0 || p + l > s.b.length) return undefined;
      return new NekoString(sha1(s.b.subarray(p, p + l)));
    },
  ],
};
