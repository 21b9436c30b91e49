// `nekoc -link out.n a b ...` (nekoc 2.3 src/neko/Linker.nml): merges modules into one,
// replacing each constant `$loader.loadmodule("name",$loader)` by the linked module's exports
// object. Failures are reported as nekoc's uncaught exceptions (text and stack frames).

import { BytecodeReadError, readBytecode } from "../bytecode/dump.js";
import { Op } from "../bytecode/opcodes.js";
import { type FieldTable, type Instr, type ModuleCode, type ModuleGlobal, opParam } from "../bytecode/writer.js";

export interface LinkHost {
  /** Reads a file, or null when it cannot be opened. */
  readFile(path: string): Uint8Array | null;
  /** The neko module search path ($loader.path), each entry ending with a slash. */
  readonly nekoPath: readonly string[];
  /** nekoc prints the name of each module it links. */
  print(text: string): void;
}

/** A failure of the linker: nekoc's exception text and its stack frames inside Linker.nml. */
export class LinkError extends Error {
  constructor(
    readonly exception: string,
    readonly frames: readonly string[],
  ) {
    super(exception);
    this.name = "LinkError";
  }
}

const L = (line: number) => `neko/Linker.nml line ${line}`;

function sameGlobal(a: ModuleGlobal, b: ModuleGlobal): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case "string":
    case "float":
      return a.value === (b as typeof a).value;
    default:
      return false;
  }
}

class Linker {
  readonly globals: ModuleGlobal[] = [];
  readonly opcodes: Instr[] = [];
  readonly debug: number[] = [];
  readonly debugFiles: string[] = [];
  readonly loaded = new Map<string, number | null>();
  version: number | null = null;
  haveDebug = false;

  constructor(
    private readonly host: LinkHost,
    private readonly fields: FieldTable,
  ) {}

  private fileOpen(file: string): Uint8Array {
    const tries: string[] = [];
    for (const p of ["", ...this.host.nekoPath]) {
      tries.push(L(44));
      const b = this.host.readFile(p + file);
      if (b !== null) return b;
    }
    throw new LinkError(`Error(File not found : ${file})`, [L(52), ...tries]);
  }

  /** Links one module (and, first, the modules it loads); returns the global of its exports. */
  link(module: string): number {
    this.host.print(module + "\n");
    const bytes = this.fileOpen(module + ".n");
    let code: ModuleCode;
    try {
      code = readBytecode(bytes, this.fields);
    } catch (e) {
      if (e instanceof BytecodeReadError) throw new LinkError(e.exception, [L(53), ...e.frames]);
      throw e;
    }
    const { globals, ops: opcodes } = code;
    let debugInfo: { files: string[]; pos: number[] } | null = null;
    const funcs: { p: number; nargs: number; k: number }[] = [];
    let version = 0;
    const gtbl = globals.map((g) => {
      switch (g.kind) {
        case "var": {
          const k = this.globals.length;
          this.globals.push(g);
          return k;
        }
        case "function": {
          const k = this.globals.length;
          this.globals.push(g);
          funcs.push({ p: g.pos, nargs: g.nargs, k });
          return k;
        }
        case "string":
        case "float": {
          const i = this.globals.findIndex((x) => sameGlobal(x, g));
          if (i >= 0) return i;
          const k = this.globals.length;
          this.globals.push(g);
          return k;
        }
        case "debug":
          this.haveDebug = true;
          debugInfo = { files: g.files, pos: g.pos };
          return -1;
        case "version":
          if (this.version === null) {
            this.version = g.version;
            this.globals.push({ kind: "version", version: g.version });
          }
          version = g.version;
          return -1;
      }
    });
    if (this.version === null) this.version = version;
    else if (this.version !== version) throw new LinkError("Error(Linking modules with different version)", [L(96)]);
    const mid = this.globals.length;
    const moduleFid = this.debugFiles.length;
    this.debugFiles.push(module);
    this.globals.push({ kind: "var", name: module });
    this.opcodes.push({ op: Op.AccNull }, { op: Op.Push }, { op: Op.AccBuiltin, s: "new" }, { op: Op.Call, n: 1 }, { op: Op.SetGlobal, n: mid });
    for (let i = 0; i < 8; i++) this.debug.push(moduleFid, 0);
    this.loaded.set(module, null);
    const nops = opcodes.length;
    const opmap = new Array<number>(nops).fill(-1);
    let debug: number[];
    if (debugInfo === null) {
      debug = [];
      for (let i = 0; i < nops * 2; i++) debug.push(moduleFid, 0);
    } else {
      const { files, pos } = debugInfo as { files: string[]; pos: number[] };
      const fmap = files.map((f) => {
        const p = this.debugFiles.length;
        this.debugFiles.push(f);
        return p;
      });
      debug = [];
      for (let i = 0; i < pos.length; i += 2) debug.push(fmap[pos[i]], pos[i + 1]);
    }
    let debugPos = 0;
    const jumps: { op: Op; k: number; p: number; i: number }[] = [];
    const getDebug = (line: number) => {
      if (debugPos < 0 || 2 * debugPos >= debug.length)
        throw new LinkError("Invalid_argument(Array.get)", [L(line), "core/Core.nml line 179", "core/Core.nml line 212"]);
      const r = [debug[2 * debugPos], debug[2 * debugPos + 1]];
      debugPos++;
      return r;
    };
    const op = (o: Instr, frames: string[]) => {
      this.opcodes.push(o);
      try {
        this.debug.push(...getDebug(121));
        if (opParam(o.op)) this.debug.push(...getDebug(124));
      } catch (e) {
        if (e instanceof LinkError) throw new LinkError(e.exception, [...frames, ...e.frames]);
        throw e;
      }
    };
    const isSeq = (p: number): boolean => {
      if (p + 8 > nops) return false;
      const o = opcodes;
      return (
        o[p].op === Op.AccGlobal &&
        o[p + 1].op === Op.Push &&
        o[p + 2].op === Op.AccBuiltin &&
        o[p + 2].s === "loader" &&
        o[p + 3].op === Op.Push &&
        o[p + 4].op === Op.AccBuiltin &&
        o[p + 4].s === "loader" &&
        o[p + 5].op === Op.Push &&
        o[p + 6].op === Op.AccField &&
        o[p + 6].s === "loadmodule" &&
        o[p + 7].op === Op.ObjCall &&
        o[p + 7].n === 2
      );
    };
    const LOOP = [L(184)];
    let p = 0;
    while (p < nops) {
      if (isSeq(p)) {
        const g = globals[opcodes[p].n!];
        if (g === undefined) throw new LinkError("Invalid_argument(Array.get)", [...LOOP, L(146), "core/Core.nml line 179", "core/Core.nml line 212"]);
        if (g.kind !== "string") throw new LinkError("Error(Cannot link not constant file)", [...LOOP, L(157)]);
        const s = g.value;
        let m: number | null;
        if (this.loaded.has(s)) m = this.loaded.get(s)!;
        else {
          try {
            m = this.link(s);
          } catch (e) {
            if (e instanceof LinkError) throw new LinkError(e.exception, [...LOOP, L(148), ...e.frames]);
            throw e;
          }
        }
        if (m === null) throw new LinkError(`Error(Recursive loading ${module} => ${s})`, [...LOOP, L(150)]);
        op({ op: Op.AccGlobal, n: m }, [...LOOP, L(153)]);
        debugPos += 11;
        p += 8;
        continue;
      }
      const o = opcodes[p];
      opmap[p] = this.opcodes.length;
      const gt = (g: number, line: number) => {
        if (g < 0 || g >= gtbl.length) throw new LinkError("Invalid_argument(Array.get)", [...LOOP, L(line), "core/Core.nml line 179", "core/Core.nml line 212"]);
        return gtbl[g];
      };
      switch (o.op) {
        case Op.AccBuiltin:
          if (o.s === "exports") op({ op: Op.AccGlobal, n: mid }, [...LOOP, L(163)]);
          else op(o, [...LOOP, L(175)]);
          break;
        case Op.AccGlobal:
          op({ op: Op.AccGlobal, n: gt(o.n!, 165) }, [...LOOP, L(165)]);
          break;
        case Op.SetGlobal:
          op({ op: Op.SetGlobal, n: gt(o.n!, 167) }, [...LOOP, L(167)]);
          break;
        case Op.Jump:
        case Op.JumpIf:
        case Op.JumpIfNot:
        case Op.Trap: {
          const k = this.opcodes.length;
          op({ op: Op.Jump, n: 0 }, [...LOOP, L(o.op === Op.Jump ? 169 : o.op === Op.JumpIf ? 171 : o.op === Op.JumpIfNot ? 173 : 175), L(131)]);
          jumps.unshift({ op: o.op, k, p, i: o.n! });
          break;
        }
        default:
          op(o, [...LOOP, L(177)]);
      }
      p++;
    }
    const JUMPS = [L(186), "core/List.nml line 71"];
    for (const j of jumps) {
      const a = j.p + j.i;
      if (a < 0 || a >= nops) throw new LinkError("Invalid_argument(Array.get)", [...JUMPS, L(187), "core/Core.nml line 179", "core/Core.nml line 212"]);
      this.opcodes[j.k] = { op: j.op, n: opmap[a] - opmap[j.p] };
    }
    for (let f = funcs.length - 1; f >= 0; f--) {
      const { p: fp, nargs, k } = funcs[f];
      if (fp < 0 || fp >= nops)
        throw new LinkError("Invalid_argument(Array.get)", [L(190), "core/List.nml line 71", L(191), "core/Core.nml line 179", "core/Core.nml line 212"]);
      this.globals[k] = { kind: "function", pos: opmap[fp], nargs };
    }
    this.loaded.set(module, mid);
    this.opcodes.push({ op: Op.AccGlobal, n: mid });
    this.debug.push(moduleFid, 0, moduleFid, 0);
    return mid;
  }
}

/**
 * Links modules (names without ".n") as nekoc -link does. Throws LinkError where nekoc fails;
 * frames are those inside Linker.nml, outermost first.
 */
export function linkModules(modules: readonly string[], host: LinkHost, fields: FieldTable = new Map()): ModuleCode {
  const ctx = new Linker(host, fields);
  for (const m of modules) {
    try {
      ctx.link(m);
    } catch (e) {
      if (e instanceof LinkError) throw new LinkError(e.exception, [L(210), "core/List.nml line 71", L(210), ...e.frames]);
      throw e;
    }
  }
  if (ctx.haveDebug) ctx.globals.push({ kind: "debug", files: ctx.debugFiles, pos: ctx.debug });
  return { globals: ctx.globals, ops: ctx.opcodes };
}
