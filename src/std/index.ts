// The built-in primitive libraries: std (one file per upstream family), regexp, zlib.
// Each family exports a table name -> [nargs, body]; registerStd puts them in a registry,
// replacing the "not implemented yet" entries of the manifest.

import type { PrimitiveRegistry } from "../loader/primitives.js";
import type { BuiltinTable } from "../builtins/table.js";
import { filePrimitives } from "./file.js";
import { sysPrimitives } from "./sys.js";

/** Library name -> families of primitives. Families add themselves here. */
export const STD_FAMILIES: Record<string, BuiltinTable[]> = {
  std: [sysPrimitives, filePrimitives],
  regexp: [],
  zlib: [],
};

export function registerStd(r: PrimitiveRegistry): void {
  for (const [lib, families] of Object.entries(STD_FAMILIES))
    for (const family of families) for (const [name, [nargs, fn]] of Object.entries(family)) r.define(lib, name, nargs, fn);
}
