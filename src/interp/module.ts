// A loaded module ready to run (neko vm/neko_mod.h neko_module, and the operand rewriting
// of vm/module.c): globals allocated, functions created, builtins resolved, and the code
// rewritten into the interpreter's form.

import { Op, OPCODES } from "../bytecode/opcodes.js";
import type { ModuleData } from "../bytecode/reader.js";
import { need32Bits } from "../bytecode/verifier.js";
import { fieldKey } from "../value/object.js";
import { latin1, str } from "../value/string.js";
import { Kind, NekoAbstract, NekoFloat, NekoFunction, NekoObject, NekoString, EMPTY_ARRAY, type Value } from "../value/value.js";
import type { VM } from "./vm.js";
import { strtod } from "../builtins/numbers.js";

/** The kind of the abstract stored in $exports.__module and in the loader cache. */
export const moduleKind = new Kind("module");

export class RuntimeModule {
  /** neko m->name: the name the module was loaded under. */
  name: NekoString;
  readonly globals: Value[];
  readonly exports: NekoObject;
  /** The interpreter's code: same layout as data.code, operands rewritten (see link()). */
  readonly code: Int32Array;
  /** AccField/SetField operand -> JS field key, and field id. */
  readonly fieldKeys: string[] = [];
  readonly fieldIds: number[] = [];
  /** AccBuiltin operand -> value. */
  readonly consts: Value[] = [];
  /** Debug position entries as neko builds them: [file, line] arrays. */
  readonly debugTable: Value[] | null;
  /** Stack depth before each instruction (the verifier's), for the JS tier. */
  depth: Int32Array | null = null;
  /** JS tier: code address -> translated function (or null: not translatable), filled lazily. */
  jit: Map<number, any> | null = null;
  /**
   * The module as a Neko value ($exports.__module). A Trap stores this, not the module, in
   * its stack slots: bytecode can read those slots (AccStack), and must find only Neko values.
   */
  readonly handle: NekoAbstract;

  constructor(readonly vm: VM, readonly data: ModuleData, public loader: Value, name: string) {
    this.name = str(name);
    this.exports = new NekoObject();
    this.handle = new NekoAbstract(moduleKind, this);
    this.code = new Int32Array(data.code);
    this.globals = new Array<Value>(data.nglobals).fill(null);
    if (data.debug) {
      const files = data.debug.files.map((f) => new NekoString(f));
      this.debugTable = data.debug.positions.map((p) => [files[p.file], p.line] as Value);
    } else this.debugTable = null;
  }
}


/** Parse a float literal as C's atof does: the longest valid prefix (hex floats, inf, nan too), else 0. */
export function atof(text: Uint8Array): NekoFloat {
  return strtod(new NekoString(text)) ?? new NekoFloat(0);
}

/**
 * Build the runtime module: create globals and functions and rewrite operands
 * (neko module.c): AccStack/AccIndex + 2, jumps absolute, AccInt needing 32 bits -> AccInt32,
 * MakeArray -> MakeArray2 from version 2, AccField/SetField -> field slot, AccBuiltin -> const.
 */
export function linkModule(vm: VM, data: ModuleData, loader: Value, name: string): RuntimeModule {
  const m = new RuntimeModule(vm, data, loader, name);
  vm.setNamed(m.exports, "__module", m.handle);
  data.globals.forEach((g, i) => {
    switch (g.kind) {
      case "function":
        m.globals[i] = new NekoFunction(g.nargs, m, g.addr, null, "", EMPTY_ARRAY);
        break;
      case "string":
        m.globals[i] = NekoString.of(latin1(g.bytes));
        break;
      case "float":
        m.globals[i] = atof(g.text);
        break;
    }
  });
  const slots = new Map<number, number>();
  const slotOf = (id: number): number => {
    let s = slots.get(id);
    if (s === undefined) {
      s = m.fieldKeys.length;
      slots.set(id, s);
      m.fieldKeys.push(fieldKey(id));
      m.fieldIds.push(id);
    }
    return s;
  };
  const idLoader = vm.fieldId("loader");
  const idExports = vm.fieldId("exports");
  const code = m.code;
  for (let i = 0; i < data.codesize; i++) {
    if (!data.starts[i]) continue;
    const op = code[i] as Op;
    const p = code[i + 1];
    switch (op) {
      case Op.Jump:
      case Op.JumpIf:
      case Op.JumpIfNot:
      case Op.Trap:
        code[i + 1] = i + p;
        break;
      case Op.AccInt:
        if (need32Bits(p)) code[i] = Op.AccInt32;
        break;
      case Op.AccIndex:
      case Op.AccStack:
        code[i + 1] = p + 2;
        break;
      case Op.AccField:
      case Op.SetField:
        code[i + 1] = slotOf(p);
        break;
      case Op.AccBuiltin: {
        let v: Value;
        if (p === idLoader) v = loader;
        else if (p === idExports) v = m.exports;
        else {
          // checked by the verifier's operand pass (see loader.ts checkBuiltin)
          v = vm.builtins.get(p) ?? null;
        }
        code[i + 1] = m.consts.length;
        m.consts.push(v);
        break;
      }
      case Op.MakeArray:
        if (data.version >= 2) code[i] = Op.MakeArray2;
        break;
    }
    if (OPCODES[op].hasParam) i++;
  }
  return m;
}
