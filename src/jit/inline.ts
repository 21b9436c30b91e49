// Builtins the fast tier calls without a call: when an AccBuiltin is directly followed by
// the Call that uses it, the callee is known at translation time, and for the builtins
// below the translator emits their common case inline. A guard selects the common case;
// anything else (wrong types, errors, callbacks) makes the ordinary call of the builtin,
// so errors, traces and frames stay those of the builtin.
//
// An inline case must be unobservable as a call: it cannot fail, call back into Neko code
// or allocate more than its result, and it gives the builtin's result exactly.

import { isFloat, isObject, isString } from "./typetests.js";

/** The inline form of one builtin: JS expressions over the argument expressions `a`. */
export interface InlineBuiltin {
  /** Argument count, -1 for any (varargs builtins). */
  nargs: number;
  /** When the inline case applies (null: always). */
  guard: ((a: string[]) => string) | null;
  /** The builtin's result in that case. */
  value: (a: string[]) => string;
}

const isInt = (x: string) => `typeof ${x} === "number"`;

/** By builtin name (the primitive's name, "$" included). */
export const INLINE_BUILTINS: ReadonlyMap<string, InlineBuiltin> = new Map<string, InlineBuiltin>([
  ["$array", { nargs: -1, guard: null, value: (a) => (a.length === 0 ? "EMPTY_ARRAY" : `[${a.join(", ")}]`) }],
  ["$asize", { nargs: 1, guard: ([x]) => `Array.isArray(${x})`, value: ([x]) => `${x}.length` }],
  ["$ssize", { nargs: 1, guard: ([s]) => isString(s), value: ([s]) => `${s}.length` }],
  // an int or a string (Haxe's String.__add of an int); objects call their __string
  ["$string", { nargs: 1, guard: ([x]) => `(${isInt(x)} || ${isString(x)})`, value: ([x]) => `R.scopy(${x})` }],
  [
    "$sget",
    {
      nargs: 2,
      guard: ([s, p]) => `${isString(s)} && ${isInt(p)}`,
      value: ([s, p]) => `(${p} >= 0 && ${p} < ${s}.length ? ${s}.at(${p}) : null)`,
    },
  ],
  [
    "$objsetproto",
    {
      nargs: 2,
      guard: ([o, p]) => `${isObject(o)} && (${p} === null || ${p}?.t !== undefined)`,
      value: ([o, p]) => `(R.setProto(${o}, ${p}), null)`,
    },
  ],
  // ints as they are; a float's ToInt32 (what the builtin's trunc of v mod 2^32 then |0
  // gives) made a 31-bit int as the builtin does
  [
    "$int",
    {
      nargs: 1,
      guard: ([x]) => `(${isInt(x)} || ${isFloat(x)})`,
      value: ([x]) => `(${isInt(x)} ? ${x} : (${x}.v << 1) >> 1)`,
    },
  ],
  // (JS truthiness is neko's: see Op.Bool in translate.ts)
  ["$istrue", { nargs: 1, guard: null, value: ([x]) => `!!${x}` }],
]);
