// `nekoc -d`: reads a .n module the way nekoc 2.3 does (src/neko/Bytecode.nml "read", more
// lenient than the VM's loader) and prints its dump ("dump"), byte for byte.
//
// Strings are byte strings (char code = byte).

import { Op, OPCODES } from "./opcodes.js";
import {
  type FieldTable,
  type Instr,
  type ModuleCode,
  type ModuleGlobal,
  codeTables,
  debugInfoSize,
  hashChecked,
  hashField,
  opParam,
} from "./writer.js";

/**
 * nekoc cannot read the module: it dies with an uncaught exception. `line` is the line of
 * Bytecode.nml in nekoc's stack trace, `exception` its text (e.g. "Invalid_file").
 */
export class BytecodeReadError extends Error {
  constructor(
    readonly exception: string,
    readonly frames: readonly string[],
  ) {
    super(exception);
    this.name = "BytecodeReadError";
  }
}

const BC = (line: number) => `neko/Bytecode.nml line ${line}`;
const invalidFile = (line: number) => new BytecodeReadError("Invalid_file", [BC(line)]);
/** Frames of errors inside read_debug_infos (called from the globals' Array.init). */
const IN_DEBUG = [BC(458), "core/Array.nml line 95", BC(471)];
const IN_DEBUG_LOOP = [...IN_DEBUG, BC(446)];

/** End of input inside Bytecode.read: turned into Invalid_file by its final handler. */
class Eof {}

/** An instruction as read: its operand may be missing (null) when the encoding lacks it. */
type ReadInstr = Instr & { missing?: boolean };

class Input {
  pos = 0;
  constructor(private readonly b: Uint8Array) {}
  byte(): number {
    if (this.pos >= this.b.length) throw new Eof();
    return this.b[this.pos++];
  }
  i32(): number {
    const a = this.byte(), b = this.byte(), c = this.byte(), d = this.byte();
    return a | (b << 8) | (c << 16) | (d << 24);
  }
  ui16(): number {
    const a = this.byte();
    return a | (this.byte() << 8);
  }
  str(n: number): string {
    if (this.pos + n > this.b.length) throw new Eof();
    let s = "";
    for (let i = 0; i < n; i++) s += String.fromCharCode(this.b[this.pos++]);
    return s;
  }
  cstring(): string {
    let s = "";
    for (;;) {
      const c = this.byte();
      if (c === 0) return s;
      s += String.fromCharCode(c);
    }
  }
}

function readDebugInfos(ch: Input): { files: string[]; pos: number[] } {
  let nfiles = ch.byte();
  let lotOfFiles = false;
  if (nfiles >= 0x80) {
    lotOfFiles = true;
    nfiles = ((nfiles & 0x7f) << 8) | ch.byte();
  }
  if (nfiles === 0)
    throw new BytecodeReadError("Invalid_argument(Neko.Bytecode.read_debug_infos)", [...IN_DEBUG, BC(403), "core/Core.nml line 212"]);
  const files: string[] = [];
  for (let i = 0; i < nfiles; i++) files.push(ch.cstring());
  const npos = ch.i32();
  if (npos < 0 || npos > MAX_ARRAY_SIZE)
    throw new BytecodeReadError("Neko_error(alloc.c(211) : max_array_size reached)", [...IN_DEBUG, BC(408), "core/Array.nml line 80"]);
  const pos: number[] = [];
  const set = (i: number, file: number, line: number) => {
    while (pos.length < 2 * i) pos.push(0);
    pos[2 * i] = file;
    pos[2 * i + 1] = line;
  };
  let curfile = 0;
  let curpos = 0;
  let i = 0;
  while (i !== npos) {
    const b = ch.byte();
    if (b & 1) {
      const file = lotOfFiles ? ((b >> 1) << 8) | ch.byte() : b >> 1;
      if (file >= files.length)
        throw new BytecodeReadError("Invalid_argument(Neko.Bytecode.loop)", [...IN_DEBUG_LOOP, BC(420), "core/Core.nml line 212"]);
      curfile = file;
    } else if (b & 2) {
      const delta = b >> 6;
      const count = (b >> 2) & 15;
      for (let p = 0; p < count; p++) {
        if (i + p >= npos)
          throw new BytecodeReadError("Invalid_argument(Array.set)", [...IN_DEBUG_LOOP, BC(428), "core/Core.nml line 185", "core/Core.nml line 212"]);
        set(i + p, curfile, curpos);
      }
      curpos += delta;
      i += count;
    } else if (b & 4) {
      curpos += b >> 3;
      set(i, curfile, curpos);
      i++;
    } else {
      const b2 = ch.byte();
      const b3 = ch.byte();
      curpos = (b >> 3) | (b2 << 5) | (b3 << 13);
      set(i, curfile, curpos);
      i++;
    }
  }
  while (pos.length < 2 * npos) pos.push(0);
  return { files, pos };
}

/** neko's limit on array sizes. */
const MAX_ARRAY_SIZE = (1 << 29) - 1;

/** Reads a module as nekoc does: jump operands become relative instruction counts. */
export function readBytecode(bytes: Uint8Array, table: FieldTable = new Map()): ModuleCode {
  const ch = new Input(bytes);
  try {
    if (ch.str(4) !== "NEKO") throw invalidFile(453);
    const nglobals = ch.i32();
    const nids = ch.i32();
    const csize = ch.i32();
    if (nglobals < 0 || nglobals > 0xffff || nids < 0 || nids > 0xffff || csize < 0 || csize > 0xffffff) throw invalidFile(457);
    const globals: ModuleGlobal[] = [];
    for (let k = 0; k < nglobals; k++) {
      switch (ch.byte()) {
        case 1:
          globals.push({ kind: "var", name: ch.cstring() });
          break;
        case 2: {
          const v = ch.i32();
          globals.push({ kind: "function", pos: v & 0xffffff, nargs: v >> 24 });
          break;
        }
        case 3: {
          const len = ch.ui16();
          globals.push({ kind: "string", value: ch.str(len) });
          break;
        }
        case 4:
          globals.push({ kind: "float", value: ch.cstring() });
          break;
        case 5: {
          const { files, pos } = readDebugInfos(ch);
          globals.push({ kind: "debug", files, pos });
          break;
        }
        case 6:
          globals.push({ kind: "version", version: ch.byte() });
          break;
        default:
          throw new BytecodeReadError("Invalid_file", [BC(458), "core/Array.nml line 95"]);
      }
    }
    const ids = new Map<number, string>();
    for (let n = nids; n > 0; n--) {
      const s = ch.cstring();
      const { id, conflict } = hashChecked(table, s);
      if (conflict !== null) throw new BytecodeReadError(conflict, [BC(496), BC(492), BC(485)]);
      const s2 = ids.get(id);
      if (s2 !== undefined) {
        if (s !== s2) throw invalidFile(488);
        break; // nekoc stops reading the table on a repeated name
      }
      ids.set(id, s);
    }
    const field = (p: number | null, line: number): string => {
      const s = p === null ? undefined : ids.get(p);
      if (s === undefined) throw invalidFile(line);
      return s;
    };
    const pos = new Int32Array(csize + 1).fill(-1);
    let cpos = 0;
    const jumps: [number, number][] = [];
    const ops: ReadInstr[] = [];
    while (cpos < csize) {
      const code = ch.byte();
      let o: number;
      let p: number | null;
      switch (code & 3) {
        case 0:
          o = code >> 2;
          p = null;
          break;
        case 1:
          o = code >> 3;
          p = (code >> 2) & 1;
          break;
        case 2:
          if (code === 2) {
            o = ch.byte();
            p = null;
          } else {
            o = code >> 2;
            p = ch.byte();
          }
          break;
        default:
          o = code >> 2;
          p = ch.i32();
          break;
      }
      let x: ReadInstr;
      switch (o) {
        case Op.AccField:
          x = { op: o, s: field(p, 519) };
          break;
        case Op.AccBuiltin:
          x = { op: o, s: field(p, 522) };
          break;
        case Op.SetField:
          x = { op: o, s: field(p, 526) };
          break;
        case Op.AccStack:
        case Op.AccIndex:
          x = p === null ? { op: o, missing: true } : { op: o, n: p + 2 };
          break;
        case Op.TailCall:
          if (p === null) throw new BytecodeReadError("Neko_error(Invalid operation (&))", [BC(574)]);
          x = { op: o, n: p & 7, st: p >> 3 };
          break;
        case Op.Jump:
        case Op.JumpIf:
        case Op.JumpIfNot:
        case Op.Trap:
          jumps.push([cpos, ops.length]);
          x = p === null ? { op: o, missing: true } : { op: o, n: p };
          break;
        case 64:
          x = { op: Op.Loop };
          break;
        default:
          if (o > Op.TailCall) throw invalidFile(576);
          x = !opParam(o) ? { op: o } : p === null ? { op: o, missing: true } : { op: o, n: p };
          break;
      }
      pos[cpos] = ops.length;
      cpos += opParam(x.op) ? 2 : 1;
      ops.push(x);
    }
    if (cpos !== csize) throw invalidFile(582);
    pos[cpos] = ops.length;
    const posIndex = (i: number, sadr: number, frames: string[]): number => {
      if (sadr < 0 || sadr > csize)
        throw new BytecodeReadError("Invalid_argument(Array.get)", [...frames, BC(585), "core/Core.nml line 179", "core/Core.nml line 212"]);
      const idx = pos[sadr];
      if (idx === -1) throw new BytecodeReadError("Invalid_file", [...frames, BC(586)]);
      return idx - i;
    };
    const inJumps = [BC(589), "core/List.nml line 71", BC(591)];
    for (let k = jumps.length - 1; k >= 0; k--) {
      const [a, i] = jumps[k];
      const x = ops[i];
      if (x.missing) throw new BytecodeReadError("Neko_error(Invalid operation (+))", inJumps);
      ops[i] = { op: x.op, n: posIndex(i, a + x.n!, inJumps) };
    }
    const inGlobals = [BC(598), "core/Array.nml line 120", BC(600)];
    for (let k = 0; k < globals.length; k++) {
      const g = globals[k];
      if (g.kind === "function") globals[k] = { kind: "function", pos: posIndex(0, g.pos, inGlobals), nargs: g.nargs };
    }
    return { globals, ops };
  } catch (e) {
    if (e instanceof Eof) throw invalidFile(607);
    throw e;
  }
}

function hex(n: number, width: number): string {
  return (n >>> 0).toString(16).toUpperCase().padStart(width, "0");
}

/** NekoML String.escape. */
function escape(s: string): string {
  let r = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 10) r += "\\n";
    else if (c === 9) r += "\\t";
    else if (c === 13) r += "\\r";
    else if (c === 92) r += "\\\\";
    else if (c === 34) r += '\\"';
    else if (c < 32 || c > 126) r += "\\" + String(c).padStart(3, "0");
    else r += s[i];
  }
  return r;
}

function instrText(x: ReadInstr, index: number): string {
  const name = OPCODES[x.op].name;
  if (!opParam(x.op)) return name;
  const n = x.missing ? "null" : String(x.n);
  switch (x.op) {
    case Op.AccField:
    case Op.AccBuiltin:
    case Op.SetField:
      return name + " " + x.s;
    case Op.Jump:
    case Op.JumpIf:
    case Op.JumpIfNot:
    case Op.Trap:
      return name + " " + (index + x.n!);
    case Op.TailCall:
      return x.missing ? name + "(null)" : `${name}(${x.n}, ${x.st})`;
    default:
      return name + " " + n;
  }
}

/** The text nekoc -d writes to a .dump file (a byte string). */
export function dumpModule(code: ModuleCode, table: FieldTable = new Map()): string {
  const { globals, ops } = code;
  const { ids, csize } = codeTables(ops, table);
  const out: string[] = [];
  out.push(`nglobals : ${globals.length}\n`);
  out.push(`nfields : ${ids.length}\n`);
  out.push(`codesize : ${ops.length} ops , ${csize} total\n`);
  out.push("GLOBALS =\n");
  const marks = new Uint8Array(csize);
  globals.forEach((g, i) => {
    let s: string;
    switch (g.kind) {
      case "var":
        s = "var " + escape(g.name);
        break;
      case "function":
        if (g.pos >= 0 && g.pos < csize) marks[g.pos] = 1;
        s = `function ${g.pos} nargs ${g.nargs}`;
        break;
      case "string":
        s = 'string "' + escape(g.value) + '"';
        break;
      case "float":
        s = "float " + escape(g.value);
        break;
      case "debug":
        s = `debug ${g.pos.length >> 1} ops ${debugInfoSize(g.files, g.pos)} bytes`;
        break;
      case "version":
        s = `version ${g.version}`;
        break;
    }
    out.push(`  global ${i} : ${s}\n`);
  });
  out.push("FIELDS =\n");
  for (const f of ids) out.push(`  ${f}${f.length >= 24 ? " " : " ".repeat(24 - f.length)}${hex(hashField(f), 8)}\n`);
  out.push("CODE =\n");
  let bpos = 0;
  ops.forEach((x, i) => {
    if (marks[i]) out.push("\n");
    out.push(`${hex(bpos, 6)} ${String(i).padStart(6, " ")}    ${instrText(x, i)}\n`);
    bpos += opParam(x.op) ? 2 : 1;
  });
  out.push("END\n");
  return out.join("");
}

/** Dumps the bytes of a .n file as `nekoc -d` does. Throws BytecodeReadError when nekoc would fail. */
export function dump(bytes: Uint8Array): string {
  return dumpModule(readBytecode(bytes));
}
