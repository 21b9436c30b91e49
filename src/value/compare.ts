// Comparison of any two values as neko's val_compare (vm/others.c).

import { formatFloat } from "./format.js";
import { fieldKey, findAfterMiss } from "./object.js";
import type { Runtime } from "./runtime.js";
import { compareStrings } from "./string.js";
import { hashName } from "./hash.js";
import { PositiveNaN, NekoFloat, NekoObject, NekoString, type Value } from "./value.js";

/** neko's invalid_comparison marker. A __compare returning this int is also "invalid". */
export const INVALID_COMPARISON = 0xfe;

/** The field key of __compare (the method val_compare calls on objects). */
export const KEY_COMPARE = fieldKey(hashName("__compare"));

/**
 * findField(o, KEY_COMPARE). The hot protocol lookups (__compare, __string, __add) each have
 * a function of their own: V8 keeps one inline cache per load site, and findField's, shared
 * by every key of every object shape, is megamorphic (a Haxe string sort ran 1.4x slower).
 */
export function findCompare(o: NekoObject): Value | undefined {
  const v = o.t[KEY_COMPARE];
  return v !== undefined ? v : findAfterMiss(o, KEY_COMPARE);
}

const TRUE = NekoString.of("true");
const FALSE = NekoString.of("false");

function icmp(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
function fcmp(a: number, b: number): number {
  if (a !== a || b !== b) return INVALID_COMPARISON;
  return a === b ? 0 : a < b ? -1 : 1;
}

/** -1/0/1, an int from __compare, or INVALID_COMPARISON. */
export function compareValues(rt: Runtime, a: Value, b: Value): number {
  // null equals only null and is unordered with everything else
  if (a === null || b === null) return a === b ? 0 : INVALID_COMPARISON;
  if (typeof a === "number") {
    if (typeof b === "number") return a === b ? 0 : a < b ? -1 : 1;
    if (b instanceof NekoFloat) return fcmp(a, b.v);
    if (b instanceof NekoString) return compareStrings(NekoString.of(String(a)), b);
  } else if (a instanceof NekoFloat) {
    if (typeof b === "number") return fcmp(a.v, b);
    if (b instanceof NekoFloat) return fcmp(a.v, b.v);
    if (b instanceof NekoString) return compareStrings(NekoString.of(formatFloat(a.v, a instanceof PositiveNaN)), b);
  } else if (a instanceof NekoString) {
    if (b instanceof NekoString) return compareStrings(a, b);
    if (typeof b === "number") return compareStrings(a, NekoString.of(String(b)));
    if (b instanceof NekoFloat) return compareStrings(a, NekoString.of(formatFloat(b.v, b instanceof PositiveNaN)));
    if (typeof b === "boolean") return compareStrings(a, b ? TRUE : FALSE);
  } else if (typeof a === "boolean") {
    if (typeof b === "boolean") return a === b ? 0 : a ? 1 : -1;
    if (b instanceof NekoString) return compareStrings(a ? TRUE : FALSE, b);
  } else if (a instanceof NekoObject && b instanceof NekoObject) {
    if (a === b) return 0;
    const f = findCompare(a);
    if (f === undefined || f === null) return INVALID_COMPARISON;
    let r = rt.callShort(a, f, 1, b, null);
    if (r === undefined) r = rt.callEx(a, f, [b]);
    if (typeof r === "number" && r >= -0x40000000 && r <= 0x3fffffff) return r;
    return INVALID_COMPARISON;
  }
  return a === b ? 0 : INVALID_COMPARISON;
}

export { icmp };
