// Writes a .n module exactly as nekoc 2.3 does (src/neko/Bytecode.nml "write"): header, globals,
// field table, packed opcodes and debug information.
//
// Strings here are byte strings (char code = byte).

import { Op, OPCODES } from "./opcodes.js";

/** One instruction. Jump-like operands are relative, in instructions (not code words). */
export interface Instr {
  op: Op;
  /** Integer operand (for TailCall: the number of arguments). */
  n?: number;
  /** Field or builtin name of AccField / SetField / AccBuiltin. */
  s?: string;
  /** TailCall: the stack size to drop. */
  st?: number;
}

export type ModuleGlobal =
  | { kind: "var"; name: string }
  /** pos: index of the first instruction of the function. */
  | { kind: "function"; pos: number; nargs: number }
  | { kind: "string"; value: string }
  | { kind: "float"; value: string }
  /** pos: (file index, line) for every code word, flattened. */
  | { kind: "debug"; files: string[]; pos: number[] }
  | { kind: "version"; version: number };

export interface ModuleCode {
  globals: ModuleGlobal[];
  ops: Instr[];
}

/** Why a module cannot be written (nekoc fails with an exception). */
export type WriteFailure =
  /** a jump past the end of the code (nekoc's backward $goto): Invalid_argument(Array.get) */
  | "jump"
  /** a string constant of more than 65535 bytes: Invalid_argument(IO.write_ui16) */
  | "string"
  /** more than 32767 source files in the debug information */
  | "files"
  /** two field names with the same hash */
  | "hash";

/**
 * The module cannot be written. nekoc then dies with an uncaught exception, leaving the bytes
 * written so far (`partial`) in the output file.
 */
export class WriteError extends Error {
  partial: Uint8Array = new Uint8Array(0);
  constructor(
    readonly failure: WriteFailure,
    /** nekoc's exception, e.g. "Invalid_argument(Array.get)". */
    readonly exception: string,
  ) {
    super(exception);
    this.name = "WriteError";
  }
}

/** Whether an instruction takes an operand word (nekoc's op_param). */
export function opParam(op: Op): boolean {
  return op !== Op.Loop && OPCODES[op].hasParam;
}

/**
 * The names hashed so far, by field id: the neko VM running nekoc keeps such a table and fails
 * with "Field conflict between A and B" when a new name has the id of an earlier one.
 */
export type FieldTable = Map<number, string>;

/** Hashes a name as nekoc's $hash does, recording it in the table (null: no conflict). */
export function hashChecked(table: FieldTable, s: string): { id: number; conflict: string | null } {
  const id = hashField(s);
  const f = table.get(id);
  if (f === undefined) {
    table.set(id, s);
    return { id, conflict: null };
  }
  return { id, conflict: f !== s ? `Neko_error(others.c(440) : Field conflict between ${f} and ${s})` : null };
}

/** The field id of a name (neko's $hash), stopping at a NUL byte like the C string it is. */
export function hashField(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) & 0xff;
    if (c === 0) break;
    h = ((Math.imul(223, h) + c) << 1) >> 1;
  }
  return h;
}

export interface CodeTables {
  /** Field names, in order of first use. */
  ids: string[];
  /** Code-word address of each instruction, plus the total size at the end. */
  pos: Int32Array;
  csize: number;
}

export function codeTables(ops: readonly Instr[], table: FieldTable = new Map()): CodeTables {
  const seen = new Map<number, string>();
  const ids: string[] = [];
  for (const x of ops) {
    if (x.op === Op.AccField || x.op === Op.SetField || x.op === Op.AccBuiltin) {
      const s = x.s!;
      const { id, conflict } = hashChecked(table, s);
      if (conflict !== null) throw new WriteError("hash", conflict);
      const f = seen.get(id);
      if (f === undefined) {
        seen.set(id, s);
        ids.push(s);
      } else if (f !== s) throw new WriteError("hash", "Error(Field hashing conflict " + s + " and " + f + ")");
    }
  }
  const pos = new Int32Array(ops.length + 1);
  let p = 0;
  for (let i = 0; i < ops.length; i++) {
    pos[i] = p;
    p += opParam(ops[i].op) ? 2 : 1;
  }
  pos[ops.length] = p;
  return { ids, pos, csize: p };
}

class ByteOut {
  private buf = new Uint8Array(1024);
  length = 0;
  private grow(n: number): void {
    if (this.length + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.length + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.buf.subarray(0, this.length));
    this.buf = b;
  }
  byte(x: number): void {
    this.grow(1);
    this.buf[this.length++] = x & 0xff;
  }
  i32(x: number): void {
    this.byte(x);
    this.byte(x >> 8);
    this.byte(x >> 16);
    this.byte(x >>> 24);
  }
  ui16(x: number): void {
    if (x < 0 || x > 0xffff) throw new WriteError("string", "Invalid_argument(IO.write_ui16)");
    this.byte(x);
    this.byte(x >> 8);
  }
  str(s: string): void {
    this.grow(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.length++] = s.charCodeAt(i) & 0xff;
  }
  bytes(): Uint8Array {
    return this.buf.slice(0, this.length);
  }
}

function writeDebugInfos(out: ByteOut, files: readonly string[], inf: readonly number[]): void {
  const nfiles = files.length;
  let lotOfFiles = false;
  if (nfiles < 0x80) out.byte(nfiles);
  else if (nfiles < 0x8000) {
    lotOfFiles = true;
    out.byte((nfiles >> 8) | 0x80);
    out.byte(nfiles & 0xff);
  } else throw new WriteError("files", "Invalid_argument");
  for (const s of files) {
    out.str(s);
    out.byte(0);
  }
  const count = inf.length >> 1;
  out.i32(count);
  let curfile = 0;
  let curpos = 0;
  let rcount = 0;
  const flushRepeat = (p: number): void => {
    while (rcount > 0) {
      if (rcount > 15) {
        out.byte((15 << 2) | 2);
        rcount -= 15;
      } else {
        let delta = p - curpos;
        delta = delta > 0 && delta < 4 ? delta : 0;
        out.byte((delta << 6) | (rcount << 2) | 2);
        rcount = 0;
        curpos += delta;
      }
    }
  };
  for (let i = 0; i < count; i++) {
    const f = inf[2 * i];
    const p = inf[2 * i + 1];
    if (f !== curfile) {
      flushRepeat(p);
      curfile = f;
      if (lotOfFiles) {
        out.byte((f >> 7) | 1);
        out.byte(f & 0xff);
      } else out.byte((f << 1) | 1);
    }
    if (p !== curpos) flushRepeat(p);
    if (p === curpos) rcount++;
    else {
      const delta = p - curpos;
      if (delta > 0 && delta < 32) out.byte((delta << 3) | 4);
      else {
        out.byte(p << 3);
        out.byte(p >> 5);
        out.byte(p >> 13);
      }
      curpos = p;
    }
  }
  flushRepeat(curpos);
}

/** The encoded size of a debug-information global (for the dump). */
export function debugInfoSize(files: readonly string[], inf: readonly number[]): number {
  const out = new ByteOut();
  writeDebugInfos(out, files, inf);
  return out.length;
}

/** Encodes a module as nekoc does. */
export function writeModule(code: ModuleCode, table: FieldTable = new Map()): Uint8Array {
  const out = new ByteOut();
  try {
    writeTo(out, code, table);
  } catch (e) {
    if (e instanceof WriteError) e.partial = out.bytes();
    throw e;
  }
  return out.bytes();
}

function writeTo(out: ByteOut, code: ModuleCode, table: FieldTable): void {
  const { globals, ops } = code;
  out.str("NEKO");
  const { ids, pos, csize } = codeTables(ops, table);
  out.i32(globals.length);
  out.i32(ids.length);
  out.i32(csize);
  for (const g of globals) {
    switch (g.kind) {
      case "var":
        out.byte(1);
        out.str(g.name);
        out.byte(0);
        break;
      case "function":
        out.byte(2);
        out.i32(addr(pos, g.pos) | (g.nargs << 24));
        break;
      case "string":
        out.byte(3);
        out.ui16(g.value.length);
        out.str(g.value);
        break;
      case "float":
        out.byte(4);
        out.str(g.value);
        out.byte(0);
        break;
      case "debug":
        out.byte(5);
        writeDebugInfos(out, g.files, g.pos);
        break;
      case "version":
        out.byte(6);
        out.byte(g.version);
        break;
    }
  }
  for (const s of ids) {
    out.str(s);
    out.byte(0);
  }
  for (let i = 0; i < ops.length; i++) {
    const x = ops[i];
    let opid: number = x.op;
    let n: number | null = null;
    switch (x.op) {
      case Op.AccInt:
      case Op.AccGlobal:
      case Op.AccEnv:
      case Op.SetStack:
      case Op.SetGlobal:
      case Op.SetEnv:
      case Op.SetIndex:
      case Op.Pop:
      case Op.Call:
      case Op.ObjCall:
      case Op.Ret:
      case Op.MakeEnv:
      case Op.MakeArray:
      case Op.JumpTable:
      case Op.Apply:
        n = x.n ?? null; // (missing in a module nekoc read: written without operand)
        break;
      case Op.AccStack:
      case Op.AccIndex:
        n = x.n! - 2;
        break;
      case Op.AccField:
      case Op.AccBuiltin:
      case Op.SetField:
        n = hashField(x.s!);
        break;
      case Op.Jump:
      case Op.JumpIf:
      case Op.JumpIfNot:
      case Op.Trap:
        n = addr(pos, i + x.n!) - pos[i];
        break;
      case Op.TailCall:
        n = x.n! | (x.st! << 3);
        break;
      case Op.Loop:
        opid = 0;
        n = 64;
        break;
      default:
        break;
    }
    if (n === null) out.byte(opid << 2);
    else if (opid < 32 && (n === 0 || n === 1)) out.byte((opid << 3) | (n << 2) | 1);
    else if (n >= 0 && n <= 0xff) {
      out.byte((opid << 2) | 2);
      out.byte(n);
    } else {
      out.byte((opid << 2) | 3);
      out.i32(n);
    }
  }
}

function addr(pos: Int32Array, i: number): number {
  if (!Number.isInteger(i) || i < 0 || i >= pos.length) throw new WriteError("jump", "Invalid_argument(Array.get)");
  return pos[i];
}
