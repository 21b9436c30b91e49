// The built-in primitive libraries: std (one file per upstream family), regexp, zlib.
// Each family exports a table name -> [nargs, body]; registerStd puts them in a registry,
// replacing the "not implemented yet" entries of the manifest.

import type { PrimitiveRegistry } from "../loader/primitives.js";
import type { BuiltinTable } from "../builtins/table.js";
import { bufferPrimitives } from "./buffer.js";
import { datePrimitives } from "./date.js";
import { int32Primitives } from "./int32.js";
import { mathPrimitives } from "./math.js";
import { md5Primitives } from "./md5.js";
import { miscPrimitives } from "./misc.js";
import { randomPrimitives } from "./random.js";
import { serializePrimitives } from "./serialize.js";
import { stringPrimitives } from "./string.js";
import { threadPrimitives } from "./thread.js";
import { unicodePrimitives } from "./unicode.js";
import { utf8Primitives } from "./utf8.js";
import { xmlPrimitives } from "./xml.js";
import { filePrimitives } from "./file.js";
import { sysPrimitives } from "./sys.js";
import { modulePrimitives } from "./module.js";
import { processPrimitives } from "./process.js";
import { hostPrimitives } from "./host.js";
import { memoryPrimitives } from "./memory.js";
import { zlibPrimitives } from "./zlib/zlib.js";
import { regexpPrimitives } from "./regexp/regexp.js";

/** Library name -> families of primitives. Families add themselves here. */
export const STD_FAMILIES: Record<string, BuiltinTable[]> = {
  std: [
    sysPrimitives,
    filePrimitives,
    stringPrimitives,
    bufferPrimitives,
    mathPrimitives,
    int32Primitives,
    miscPrimitives,
    md5Primitives,
    serializePrimitives,
    utf8Primitives,
    randomPrimitives,
    datePrimitives,
    xmlPrimitives,
    unicodePrimitives,
    threadPrimitives,
    modulePrimitives,
    processPrimitives,
    hostPrimitives,
    memoryPrimitives,
  ],
  regexp: [regexpPrimitives],
  zlib: [zlibPrimitives],
};

export function registerStd(r: PrimitiveRegistry): void {
  for (const [lib, families] of Object.entries(STD_FAMILIES))
    for (const family of families) for (const [name, [nargs, fn]] of Object.entries(family)) r.define(lib, name, nargs, fn);
}
