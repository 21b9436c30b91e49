// What the value helpers (print, compare) need from a running VM: calling back into Neko
// code (__string, __compare) and the VM's field-name table.

import type { NekoFunction, NekoString, Value } from "./value.js";

export interface Runtime {
  /** Call f with the given `this` and arguments (neko val_callEx). */
  callEx(thisv: Value, f: Value, args: Value[]): Value;
  /** callEx(thisv, f, [a, b].slice(0, n)) for n <= 2 (thisv undefined: the current this) when it has a fast path; else undefined, and nothing done. */
  callShort(thisv: Value | undefined, f: Value, n: number, a: Value, b: Value): Value | undefined;
  /** The name of a field id, or null when the VM never saw it (neko val_field_name). */
  fieldName(id: number): NekoString | null;
  /** The embedder's allocation limit for one string (bytes); Infinity when none. */
  readonly maxAlloc?: number;
}

export type { NekoFunction };
