// std.ndll math functions (neko libs/std/math.c). Rounding functions give ints through C's
// (int) cast (so NaN and out-of-range floats become -2147483648); the f* variants keep floats.

import { isFloat, numberArg } from "../builtins/check.js";
import type { BuiltinTable } from "../builtins/table.js";
import type { VM } from "../interp/vm.js";
import { isTaggedInt, NekoFloat, type Value } from "../value/value.js";
import { allocInt, cInt, floatValue, isPositiveNaN } from "./common.js";
import * as libm from "./libm.js";

/**
 * A primitive applying a float function to any number (neko MATH_PRIM). A NaN argument
 * comes back with its sign; a NaN made from a number is negative (x86's default NaN)
 * except where glibc returns a positive one (`positiveNaN`).
 */
function unary(f: (x: number) => number, positiveNaN = false): [number, (vm: VM, n: Value) => Value | undefined] {
  return [
    1,
    (_vm: VM, n: Value) => {
      const x = numberArg(n);
      if (x === undefined) return undefined;
      return floatValue(f(x), x !== x ? isPositiveNaN(n) : positiveNaN);
    },
  ];
}

/** The sign of a NaN result of a two-argument function: the first NaN argument's, else negative. */
function binaryNaNSign(a: Value, x: number, b: Value): boolean {
  return x !== x ? isPositiveNaN(a) : isPositiveNaN(b);
}

/** A rounding primitive: ints are returned as they are, floats go through `f`. */
function rounding(f: (x: number, positiveNaN: boolean) => Value): [number, (vm: VM, n: Value) => Value | undefined] {
  return [
    1,
    (_vm: VM, n: Value) => {
      if (typeof n === "number") return n;
      if (isFloat(n)) return f(n.v, isPositiveNaN(n));
      return undefined;
    },
  ];
}

/** C's floor(x + 0.5), with the addition rounded as a double. */
function roundHalfUp(x: number): number {
  return Math.floor(x + 0.5);
}

function truncate(x: number): number {
  return x < 0 ? Math.ceil(x) : Math.floor(x);
}

export const mathPrimitives: BuiltinTable = {
  math_pi: [0, () => new NekoFloat(3.141592653589793)],
  math_atan2: [
    2,
    (_vm: VM, a: Value, b: Value) => {
      const x = numberArg(a), y = numberArg(b);
      if (x === undefined || y === undefined) return undefined;
      return floatValue(libm.atan2(x, y), binaryNaNSign(a, x, b));
    },
  ],
  // math.c means to return ints for integral results, but its range test compares with
  // (1 << 31), which is INT_MIN: the result is always a float.
  math_pow: [
    2,
    (_vm: VM, a: Value, b: Value) => {
      const x = numberArg(a), y = numberArg(b);
      if (x === undefined || y === undefined) return undefined;
      return floatValue(libm.pow(x, y), binaryNaNSign(a, x, b));
    },
  ],
  math_abs: [
    1,
    (_vm: VM, n: Value) => {
      if (typeof n === "number") return isTaggedInt(n) ? allocInt(Math.abs(n)) : Math.abs(n) | 0;
      // fabs clears the sign bit, of a NaN too
      if (isFloat(n)) return floatValue(Math.abs(n.v), true);
      return undefined;
    },
  ],
  math_ceil: rounding((x) => cInt(Math.ceil(x))),
  math_floor: rounding((x) => cInt(Math.floor(x))),
  math_round: rounding((x) => cInt(roundHalfUp(x))),
  math_int: rounding((x) => cInt(truncate(x))),
  math_fceil: rounding((x, pos) => floatValue(Math.ceil(x), pos)),
  math_ffloor: rounding((x, pos) => floatValue(Math.floor(x), pos)),
  math_fround: rounding((x, pos) => floatValue(roundHalfUp(x), pos)),
  math_sqrt: unary(Math.sqrt),
  // glibc's results: correctly rounded, where the JS Math functions are sometimes an ulp off
  math_atan: unary(libm.atan),
  math_cos: unary(libm.cos),
  math_sin: unary(libm.sin),
  math_tan: unary(libm.tan),
  math_log: unary(libm.log),
  math_exp: unary(libm.exp),
  math_acos: unary(libm.acos, true),
  math_asin: unary(libm.asin, true),
};
