// neko vm/builtins.c: string builtins ($string, $smake, $ssize, $scopy, $ssub, $sget, $sset,
// $sblit, $sfind) and the binary access ones ($sget16 ... $ssetd, $itof, $ftoi, $itod, $dtoi).

import type { VM } from "../interp/vm.js";
import { valueToText } from "../value/print.js";
import { emptyString, latin1, MAX_STRING_SIZE, noteStringWrite } from "../value/string.js";
import { NekoFloat, NekoString, type Value } from "../value/value.js";
import { isAnyInt, isArray, isFloat, isIntArg, isString } from "./check.js";
import type { BuiltinTable } from "./table.js";

/** alloc_empty_string with neko's size limit. */
export function newString(vm: VM, n: number): NekoString {
  if (n < 0 || n > MAX_STRING_SIZE) throw vm.failure("max_string_size reached", "alloc.c", 177);
  if (n > vm.maxAlloc) vm.checkAlloc(n);
  return emptyString(n);
}

/** Bytes p to p + l of s (in range) as a new string. */
function substring(s: NekoString, p: number, l: number): NekoString {
  const t = s.s;
  if (t !== null) return NekoString.of(t.substring(p, p + l));
  // short pieces read as text; long ones copy the bytes (their text would be a copy too)
  return l <= 64 ? NekoString.of(latin1(s.b.subarray(p, p + l))) : new NekoString(s.b.slice(p, p + l));
}

const scratch = new DataView(new ArrayBuffer(8));

function view(s: NekoString): DataView {
  return new DataView(s.b.buffer, s.b.byteOffset, s.b.length);
}

export const stringBuiltins: BuiltinTable = {
  string: [1, (vm: VM, v: Value) => NekoString.of(valueToText(vm, v))],
  smake: [1, (vm: VM, n: Value) => (isIntArg(n) ? newString(vm, n) : undefined)],
  ssize: [1, (_vm: VM, s: Value) => (isString(s) ? s.length : undefined)],
  scopy: [1, (_vm: VM, s: Value) => (isString(s) ? (s.s !== null ? NekoString.of(s.s) : new NekoString(s.b.slice())) : undefined)],
  ssub: [
    3,
    (_vm: VM, s: Value, p: Value, l: Value) => {
      if (!isString(s) || !isIntArg(p) || !isIntArg(l)) return undefined;
      if (p < 0 || l < 0 || p + l > s.length) return undefined;
      return substring(s, p, l);
    },
  ],
  sget: [
    2,
    (_vm: VM, s: Value, p: Value) => {
      if (!isString(s) || !isIntArg(p)) return undefined;
      return p < 0 || p >= s.length ? null : s.at(p);
    },
  ],
  sset: [
    3,
    (_vm: VM, s: Value, p: Value, c: Value) => {
      if (!isString(s) || !isIntArg(p) || !isAnyInt(c)) return undefined;
      if (p < 0 || p >= s.length) return null;
      const cc = c & 255;
      // a one-byte string stays text (see emptyString): Haxe's charAt and fromCharCode
      // make one and set its byte, then mostly concatenate or compare it as text
      if (s.s !== null && s.s.length === 1) s.s = String.fromCharCode(cc);
      else s.b[p] = cc;
      noteStringWrite();
      return cc;
    },
  ],
  sblit: [
    5,
    (_vm: VM, dst: Value, dp: Value, src: Value, sp: Value, l: Value) => {
      if (!isString(dst) || !isIntArg(dp) || !isString(src) || !isIntArg(sp) || !isIntArg(l)) return undefined;
      if (dp < 0 || sp < 0 || l < 0 || dp + l > dst.length || sp + l > src.length) return undefined;
      noteStringWrite();
      const d = dst.b;
      const t = src.s;
      if (t !== null) for (let i = 0; i < l; i++) d[dp + i] = t.charCodeAt(sp + i);
      else if (dst === src || d.buffer === src.b.buffer) d.copyWithin(dp, sp, sp + l);
      else d.set(src.b.subarray(sp, sp + l), dp);
      return null;
    },
  ],
  sfind: [
    3,
    (_vm: VM, src: Value, pos: Value, pat: Value) => {
      if (!isString(src) || !isIntArg(pos) || !isString(pat)) return undefined;
      const l = src.length;
      if (pos < 0 || pos >= l) return undefined;
      if (src.s !== null && pat.s !== null) {
        const r = src.s.indexOf(pat.s, pos);
        return r < 0 ? null : r;
      }
      const b = src.b, t = pat.b;
      const l2 = t.length;
      outer: for (let p = pos; l - p >= l2; p++) {
        for (let i = 0; i < l2; i++) if (b[p + i] !== t[i]) continue outer;
        return p;
      }
      return null;
    },
  ],
  sget16: [
    3,
    (_vm: VM, s: Value, p: Value, be: Value) => {
      if (!isString(s) || !isIntArg(p)) return undefined;
      if (p < 0 || p + 2 > s.b.length) return null;
      return view(s).getUint16(p, be !== true);
    },
  ],
  sset16: [
    4,
    (_vm: VM, s: Value, p: Value, v: Value, be: Value) => {
      if (!isString(s) || !isIntArg(p) || !isAnyInt(v)) return undefined;
      if (p < 0 || p + 2 > s.b.length) return undefined;
      noteStringWrite();
      view(s).setUint16(p, v & 0xffff, be !== true);
      return null;
    },
  ],
  sget32: [
    3,
    (_vm: VM, s: Value, p: Value, be: Value) => {
      if (!isString(s) || !isIntArg(p)) return undefined;
      if (p < 0 || p + 4 > s.b.length) return null;
      return view(s).getInt32(p, be !== true);
    },
  ],
  sset32: [
    4,
    (_vm: VM, s: Value, p: Value, v: Value, be: Value) => {
      if (!isString(s) || !isIntArg(p) || !isIntArg(v)) return undefined;
      if (p < 0 || p + 4 > s.b.length) return undefined;
      noteStringWrite();
      view(s).setInt32(p, v, be !== true);
      return null;
    },
  ],
  sgetf: [
    3,
    (_vm: VM, s: Value, p: Value, be: Value) => {
      if (!isString(s) || !isIntArg(p)) return undefined;
      if (p < 0 || p + 4 > s.b.length) return null;
      return new NekoFloat(view(s).getFloat32(p, be !== true));
    },
  ],
  ssetf: [
    4,
    (_vm: VM, s: Value, p: Value, v: Value, be: Value) => {
      if (!isString(s) || !isIntArg(p) || !isFloat(v)) return undefined;
      if (p < 0 || p + 4 > s.b.length) return undefined;
      noteStringWrite();
      view(s).setFloat32(p, v.v, be !== true);
      return null;
    },
  ],
  sgetd: [
    3,
    (_vm: VM, s: Value, p: Value, be: Value) => {
      if (!isString(s) || !isIntArg(p)) return undefined;
      if (p < 0 || p + 8 > s.b.length) return null;
      return new NekoFloat(view(s).getFloat64(p, be !== true));
    },
  ],
  ssetd: [
    4,
    (_vm: VM, s: Value, p: Value, v: Value, be: Value) => {
      if (!isString(s) || !isIntArg(p) || !isFloat(v)) return undefined;
      if (p < 0 || p + 8 > s.b.length) return undefined;
      noteStringWrite();
      view(s).setFloat64(p, v.v, be !== true);
      return null;
    },
  ],
  itof: [
    2,
    (_vm: VM, v: Value, be: Value) => {
      if (!isAnyInt(v)) return undefined;
      scratch.setInt32(0, v, be !== true);
      return new NekoFloat(scratch.getFloat32(0, true));
    },
  ],
  ftoi: [
    2,
    (_vm: VM, v: Value, be: Value) => {
      if (!isFloat(v)) return undefined;
      scratch.setFloat32(0, v.v, true);
      return scratch.getInt32(0, be !== true);
    },
  ],
  itod: [
    3,
    (_vm: VM, lo: Value, hi: Value, be: Value) => {
      if (!isAnyInt(lo) || !isAnyInt(hi)) return undefined;
      if (be === true) {
        scratch.setInt32(0, hi, false);
        scratch.setInt32(4, lo, false);
        return new NekoFloat(scratch.getFloat64(0, true));
      }
      scratch.setInt32(0, lo, true);
      scratch.setInt32(4, hi, true);
      return new NekoFloat(scratch.getFloat64(0, true));
    },
  ],
  dtoi: [
    3,
    (_vm: VM, v: Value, out: Value, be: Value) => {
      if (!isFloat(v) || !isArray(out)) return undefined;
      if (out.length < 2) return undefined;
      scratch.setFloat64(0, v.v, true);
      const lo = scratch.getInt32(0, true), hi = scratch.getInt32(4, true);
      if (be === true) {
        out[1] = scratch.getInt32(0, false);
        out[0] = scratch.getInt32(4, false);
      } else {
        out[0] = lo;
        out[1] = hi;
      }
      return null;
    },
  ],
  isbigendian: [0, () => false],
};
