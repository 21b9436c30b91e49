// A handle on a loaded module: its $exports object, with field access and calls by name
// (the C embedding example's val_field(module, val_id("x")) and val_call1(f, x)).

import { sortedFieldIds } from "../value/object.js";
import { bytesToString } from "../value/string.js";
import { NekoFunction, type NekoObject, type Value } from "../value/value.js";
import type { NekoVM } from "./nekovm.js";

export class NekoModule {
  constructor(
    /** The VM the module runs in. */
    readonly vm: NekoVM,
    /** The module's $exports object. */
    readonly exports: NekoObject,
    /** The name it was loaded under. */
    readonly name: string,
  ) {}

  /** The raw Neko value of an exported field (null when absent). */
  get(field: string): Value {
    return this.vm.field(this.exports, field);
  }

  /** An exported field converted with fromNeko (functions become JS functions bound to $exports). */
  getJS(field: string): any {
    const v = this.get(field);
    if (!(v instanceof NekoFunction)) return this.vm.fromNeko(v);
    return (...args: unknown[]) => this.vm.fromNeko(this.vm.call(v, args, this.exports));
  }

  /** Set an exported field (the value is converted with toNeko). */
  set(field: string, value: unknown): void {
    this.vm.setField(this.exports, field, value);
  }

  /** Does the module export this field? */
  has(field: string): boolean {
    return this.vm.field(this.exports, field) !== null;
  }

  /** The names of the exported fields, in neko's field order. */
  fields(): string[] {
    const out: string[] = [];
    for (const id of sortedFieldIds(this.exports)) {
      const n = this.vm.vm.fieldName(id);
      if (n !== null) out.push(bytesToString(n.b));
    }
    return out;
  }

  /**
   * Call an exported function with $exports as `this` (JS arguments converted with toNeko);
   * the raw Neko result. A Neko exception throws a NekoError.
   */
  call(field: string, ...args: unknown[]): Value {
    return this.vm.callMethod(this.exports, field, args);
  }
}
