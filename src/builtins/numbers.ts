// neko vm/builtins.c: number and comparison builtins ($iadd, $isub, $imult, $idiv, $isnan,
// $isinfinite, $int, $float, $typeof, $compare, $pcompare, $not, $istrue).

import { typeOfCode } from "../interp/calls.js";
import type { VM } from "../interp/vm.js";
import { compareValues, INVALID_COMPARISON } from "../value/compare.js";
import { NekoFloat, NekoString, PositiveNaN, type Value } from "../value/value.js";
import { toTagged } from "./check.js";
import type { BuiltinTable } from "./table.js";

/** The int value neko reads from an "anyint" argument; other values read as garbage in C, 0 here. */
function anyInt(v: Value): number {
  return typeof v === "number" ? v : 0;
}

/** The bytes of a C string: up to the first NUL. */
function cString(s: NekoString): string {
  const t = s.text();
  const end = t.indexOf("\0");
  return end < 0 ? t : t.slice(0, end);
}

const isDigit = (c: number) => c >= 48 && c <= 57;

/**
 * strtol of the common case, read from the bytes: an optional sign and 1 to 9 digits at
 * the start (whatever follows). Null for anything else (spaces, long numbers, no digits),
 * which parseIntC handles.
 */
function shortDecimal(b: NekoString): number | null {
  const n = b.length;
  const c0 = n > 0 ? b.at(0) : 0;
  let i = c0 === 45 || c0 === 43 ? 1 : 0;
  const start = i;
  let v = 0;
  for (; i < n && isDigit(b.at(i)); i++) {
    if (i - start === 9) return null;
    v = v * 10 + (b.at(i) - 48);
  }
  if (i === start) return null;
  return c0 === 45 ? -v | 0 : v;
}

/**
 * strtod of the common case: an optional sign, digits, and optionally a point and more
 * digits, at the start and not followed by an exponent or hex mark. Null for anything
 * else (parseFloatC handles it). JS parseFloat and strtod both round correctly.
 */
function plainDecimal(b: NekoString): number | null {
  const n = b.length;
  const c0 = n > 0 ? b.at(0) : 0;
  let i = c0 === 45 || c0 === 43 ? 1 : 0;
  const digits = i;
  while (i < n && isDigit(b.at(i))) i++;
  if (i === digits || i - digits > 15) return null;
  if (i < n && b.at(i) === 46) {
    i++;
    while (i < n && isDigit(b.at(i))) i++;
  }
  if (i < n) {
    const c = b.at(i) | 32;
    if (c === 101 /* e */ || c === 120 /* x */ || c === 112 /* p */ || c === 46) return null;
  }
  return parseFloat(b.text().slice(0, i));
}

/** C strtol(s, 10) truncated to an int, or null when no digits. */
function parseIntC(s: string): number | null {
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)/.exec(s);
  if (!m) return null;
  let n = BigInt(m[2]);
  if (m[1] === "-") n = -n;
  const max = (1n << 63n) - 1n;
  if (n > max) n = max;
  if (n < -max - 1n) n = -max - 1n;
  return Number(BigInt.asIntN(32, n));
}

/**
 * C strtod of a Neko string up to its first NUL, as a Neko float (strtod("nan") is a positive
 * NaN, "-nan" a negative one); null when it starts with no number. $float, and the float
 * constants of a module (atof), read numbers so.
 */
export function strtod(s: NekoString): NekoFloat | null {
  // the usual case without a regexp to compile and run
  const quick = plainDecimal(s);
  if (quick !== null) return new NekoFloat(quick);
  const t = cString(s);
  const v = parseFloatC(t);
  if (v === null) return null;
  return v !== v && !/^[ \t\n\v\f\r]*-/.test(t) ? new PositiveNaN() : new NekoFloat(v);
}

/** C strtod: the longest numeric prefix, or null when none. */
export function parseFloatC(s: string): number | null {
  const m =
    /^[ \t\n\v\f\r]*([+-]?)(0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)(?:[pP][+-]?\d+)?|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|[iI][nN][fF](?:[iI][nN][iI][tT][yY])?|[nN][aA][nN](?:\([0-9A-Za-z_]*\))?)/.exec(s);
  if (!m) return null;
  const sign = m[1] === "-" ? -1 : 1;
  const body = m[2].toLowerCase();
  if (body.startsWith("inf")) return sign * Infinity;
  if (body.startsWith("nan")) return sign < 0 ? -NaN : NaN;
  if (body.startsWith("0x")) {
    const hm = /^0x([0-9a-f]*)\.?([0-9a-f]*)(?:p([+-]?\d+))?$/.exec(body)!;
    let v = 0;
    for (const c of hm[1]) v = v * 16 + parseInt(c, 16);
    let scale = 1 / 16;
    for (const c of hm[2]) {
      v += parseInt(c, 16) * scale;
      scale /= 16;
    }
    return sign * v * Math.pow(2, hm[3] ? parseInt(hm[3], 10) : 0);
  }
  return sign * parseFloat(body);
}

export const numberBuiltins: BuiltinTable = {
  iadd: [2, (_vm: VM, a: Value, b: Value) => (anyInt(a) + anyInt(b)) | 0],
  isub: [2, (_vm: VM, a: Value, b: Value) => (anyInt(a) - anyInt(b)) | 0],
  imult: [2, (_vm: VM, a: Value, b: Value) => Math.imul(anyInt(a), anyInt(b))],
  idiv: [
    2,
    (_vm: VM, a: Value, b: Value) => {
      const y = anyInt(b);
      if (y === 0) return undefined;
      return (anyInt(a) / y) | 0;
    },
  ],
  isnan: [1, (_vm: VM, f: Value) => f instanceof NekoFloat && f.v !== f.v],
  isinfinite: [1, (_vm: VM, f: Value) => f instanceof NekoFloat && (f.v === Infinity || f.v === -Infinity)],
  int: [
    1,
    (_vm: VM, f: Value) => {
      if (typeof f === "number") return f;
      if (f instanceof NekoFloat) {
        const t = Math.trunc(f.v % 4294967296);
        return toTagged(t | 0);
      }
      if (f instanceof NekoString) {
        const hex = f.length >= 2 && f.at(0) === 48 && (f.at(1) === 120 || f.at(1) === 88);
        if (!hex) {
          const n = shortDecimal(f);
          if (n !== null) return n;
        }
        const s = cString(f);
        if (hex) {
          let h = 0;
          for (let i = 2; i < s.length; i++) {
            const c = s.charCodeAt(i);
            let d: number;
            if (c >= 48 && c <= 57) d = c - 48;
            else if (c >= 65 && c <= 70) d = c - 55;
            else if (c >= 97 && c <= 102) d = c - 87;
            else return null;
            h = (h << 4) | d;
          }
          return h;
        }
        return parseIntC(s);
      }
      return null;
    },
  ],
  float: [
    1,
    (_vm: VM, f: Value) => {
      if (f instanceof NekoString) {
        return strtod(f);
      }
      if (typeof f === "number") return new NekoFloat(f);
      if (f instanceof NekoFloat) return new NekoFloat(f.v);
      return null;
    },
  ],
  typeof: [1, (_vm: VM, v: Value) => typeOfCode(v)],
  compare: [
    2,
    (vm: VM, a: Value, b: Value) => {
      const r = compareValues(vm, a, b);
      return r === INVALID_COMPARISON ? null : r;
    },
  ],
  pcompare: [
    2,
    (_vm: VM, a: Value, b: Value) => {
      if (typeof a === "number" && typeof b === "number") return a > b ? 1 : a < b ? -1 : 0;
      return a === b ? 0 : 1;
    },
  ],
  not: [1, (_vm: VM, v: Value) => v === false || v === null || v === 0],
  istrue: [1, (_vm: VM, v: Value) => !(v === false || v === null || v === 0)],
};
