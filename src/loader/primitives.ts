// The primitive registry: libraries of TypeScript functions, loaded by name "lib@name" with
// a number of arguments, as neko loads C primitives from .ndll files (vm/load.c).

import type { VM } from "../interp/vm.js";
import type { Value } from "../value/value.js";
import { LIBRARY_MANIFESTS } from "../std/manifest.js";
import { registerStd } from "../std/index.js";

export type PrimitiveImpl = (vm: VM, ...args: any[]) => Value | undefined;

export interface PrimitiveDef {
  nargs: number;
  fn: PrimitiveImpl;
}

/** Library name -> primitive name -> definition. */
export class PrimitiveRegistry {
  private readonly libs = new Map<string, Map<string, PrimitiveDef>>();

  /** Declare a library (it then "exists", like an .ndll on the search path). */
  library(name: string): Map<string, PrimitiveDef> {
    let l = this.libs.get(name);
    if (!l) {
      l = new Map();
      this.libs.set(name, l);
    }
    return l;
  }

  /** Register lib@name. */
  define(lib: string, name: string, nargs: number, fn: PrimitiveImpl): void {
    this.library(lib).set(name, { nargs, fn });
  }

  hasLibrary(name: string): boolean {
    return this.libs.has(name);
  }

  /** The primitive lib@name taking nargs arguments (neko looks up the symbol name__nargs). */
  find(lib: string, name: string, nargs: number): PrimitiveDef | null {
    const d = this.libs.get(lib)?.get(name);
    return d && d.nargs === nargs ? d : null;
  }
}

/** A registry knowing neko's std, regexp and zlib libraries; unwritten primitives name themselves when called. */
export function defaultRegistry(): PrimitiveRegistry {
  const r = new PrimitiveRegistry();
  for (const [lib, manifest] of Object.entries(LIBRARY_MANIFESTS))
    for (const [name, nargs] of Object.entries(manifest)) {
      const full = lib + "@" + name;
      r.define(lib, name, nargs, (vm: VM) => {
        throw vm.throwString("Primitive not implemented in nekovm yet : " + full);
      });
    }
  registerStd(r);
  return r;
}
