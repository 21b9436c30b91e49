// Reads a .n module (neko vm/module.c neko_read_module): header, globals, field names,
// packed code and debug information. Never throws a JS TypeError/RangeError on bad input:
// every malformation is an InvalidModule.

import { Op } from "./opcodes.js";

export type GlobalDef =
  | { kind: "var"; name: Uint8Array }
  | { kind: "function"; addr: number; nargs: number }
  | { kind: "string"; bytes: Uint8Array }
  | { kind: "float"; text: Uint8Array }
  | { kind: "debug" }
  | { kind: "version"; version: number };

export interface DebugInfo {
  /** File names, in file order. */
  files: Uint8Array[];
  /** Position table: [file index, line] for each entry. */
  positions: { file: number; line: number }[];
  /** For each code word, the index of its position entry. */
  posIndex: Int32Array;
}

/** A parsed module, exactly as the file says (operands raw, as `nekoc -d` shows them). */
export interface ModuleData {
  nglobals: number;
  nfields: number;
  codesize: number;
  globals: GlobalDef[];
  fields: Uint8Array[];
  /** codesize + 1 words: opcodes and their operands in place, then Last. */
  code: Int32Array;
  /** 1 where a word starts an instruction (codesize + 1 entries). */
  starts: Uint8Array;
  /** Bytecode format version (1 unless a version global says otherwise). */
  version: number;
  debug: DebugInfo | null;
}

/** The module bytes are not a valid neko module (neko reports "Invalid module : name"). */
export class InvalidModule extends Error {
  constructor(why: string) {
    super(why);
    this.name = "InvalidModule";
  }
}

/** Neko's reader limit for zero-terminated strings (MAXSIZE). */
const MAXSIZE = 0x100;

class Cursor {
  pos = 0;
  constructor(readonly b: Uint8Array) {}
  byte(): number {
    if (this.pos >= this.b.length) throw new InvalidModule("unexpected end of file");
    return this.b[this.pos++];
  }
  u16(): number {
    const lo = this.byte();
    return lo | (this.byte() << 8);
  }
  i32(): number {
    const b0 = this.byte(), b1 = this.byte(), b2 = this.byte(), b3 = this.byte();
    return b0 | (b1 << 8) | (b2 << 16) | (b3 << 24);
  }
  bytes(n: number): Uint8Array {
    if (this.pos + n > this.b.length) throw new InvalidModule("unexpected end of file");
    const r = this.b.slice(this.pos, this.pos + n);
    this.pos += n;
    return r;
  }
  /** A zero-terminated string of at most MAXSIZE bytes including the terminator. */
  cstring(): Uint8Array {
    const start = this.pos;
    for (let i = 0; i < MAXSIZE; i++) {
      if (this.byte() === 0) return this.b.slice(start, this.pos - 1);
    }
    throw new InvalidModule("string too long");
  }
}

function readDebug(c: Cursor, codesize: number): DebugInfo {
  let n = c.byte();
  let lotOfFiles = false;
  if (n >= 0x80) {
    n = ((n & 0x7f) << 8) | c.byte();
    lotOfFiles = true;
  }
  if (n === 0) throw new InvalidModule("no debug files");
  const files: Uint8Array[] = [];
  for (let i = 0; i < n; i++) files.push(c.cstring());
  const npos = c.i32() >>> 0;
  if (npos !== codesize) throw new InvalidModule("debug size mismatch");
  const positions: { file: number; line: number }[] = [];
  const posIndex = new Int32Array(codesize + 1);
  let curfile = 0;
  let curline = 0;
  // whether the current position has its entry yet; positions.length - 1 is its index
  let open = false;
  // bytes read with local variables, not cursor calls (see the code loop of readModule)
  const bytes = c.b;
  const end = bytes.length;
  let p = c.pos;
  const next = (): number => {
    if (p >= end) throw new InvalidModule("unexpected end of file");
    return bytes[p++];
  };
  let i = 0;
  while (i < npos) {
    if (p >= end) throw new InvalidModule("unexpected end of file");
    let b = bytes[p++];
    if (b & 1) {
      b >>= 1;
      const f = lotOfFiles ? (b << 8) | next() : b;
      if (f >= files.length) throw new InvalidModule("bad debug file index");
      curfile = f;
      open = false;
    } else if (b & 2) {
      const delta = b >> 6;
      let count = (b >> 2) & 15;
      if (i + count > npos) throw new InvalidModule("debug positions overflow");
      if (!open) {
        positions.push({ file: curfile, line: curline });
        open = true;
        posIndex[i++] = positions.length - 1;
        count--;
      }
      const k = positions.length - 1;
      while (count-- > 0) posIndex[i++] = k;
      if (delta) {
        curline += delta;
        open = false;
      }
    } else if (b & 4) {
      curline += b >> 3;
      positions.push({ file: curfile, line: curline });
      open = true;
      posIndex[i++] = positions.length - 1;
    } else {
      const b2 = next();
      const b3 = next();
      curline = (b >> 3) | (b2 << 5) | (b3 << 13);
      positions.push({ file: curfile, line: curline });
      open = true;
      posIndex[i++] = positions.length - 1;
    }
  }
  c.pos = p;
  posIndex[codesize] = positions.length - 1;
  return { files, positions, posIndex };
}

/** Parse the bytes of a .n file. Throws InvalidModule on any malformation of the format itself. */
export function readModule(bytes: Uint8Array): ModuleData {
  const c = new Cursor(bytes);
  if (c.i32() !== 0x4f4b454e) throw new InvalidModule("bad magic");
  const nglobals = c.i32();
  const nfields = c.i32();
  const codesize = c.i32();
  if (nglobals < 0 || nglobals > 0xffff || nfields < 0 || nfields > 0xffff || codesize < 0 || codesize > 0xffffff)
    throw new InvalidModule("bad header sizes");
  const globals: GlobalDef[] = [];
  let version = 1;
  let debug: DebugInfo | null = null;
  for (let i = 0; i < nglobals; i++) {
    const t = c.byte();
    switch (t) {
      case 1:
        globals.push({ kind: "var", name: c.cstring() });
        break;
      case 2: {
        const v = c.i32();
        const addr = v & 0xffffff;
        if (addr >= codesize) throw new InvalidModule("function address out of code");
        globals.push({ kind: "function", addr, nargs: v >>> 24 });
        break;
      }
      case 3: {
        const len = c.u16();
        globals.push({ kind: "string", bytes: c.bytes(len) });
        break;
      }
      case 4:
        globals.push({ kind: "float", text: c.cstring() });
        break;
      case 5:
        debug = readDebug(c, codesize);
        globals.push({ kind: "debug" });
        break;
      case 6:
        version = c.byte();
        globals.push({ kind: "version", version });
        break;
      default:
        throw new InvalidModule("bad global kind " + t);
    }
  }
  const fields: Uint8Array[] = [];
  for (let i = 0; i < nfields; i++) fields.push(c.cstring());
  const code = new Int32Array(codesize + 1);
  const starts = new Uint8Array(codesize + 2);
  // the code, read with local variables rather than the cursor's methods: this loop runs
  // once per module, before V8 has optimised it, so calls per byte are what it costs
  const b = bytes;
  const end = b.length;
  let p = c.pos;
  let i = 0;
  while (i < codesize) {
    if (p >= end) throw new InvalidModule("unexpected end of file");
    const t = b[p++];
    starts[i] = 1;
    switch (t & 3) {
      case 0:
        code[i++] = t >> 2;
        break;
      case 1:
        code[i++] = t >> 3;
        if (i >= codesize + 1) throw new InvalidModule("code overflow");
        code[i++] = (t >> 2) & 1;
        break;
      case 2:
        if (t !== 2) {
          code[i++] = t >> 2;
          if (i >= codesize + 1) throw new InvalidModule("code overflow");
        }
        if (p >= end) throw new InvalidModule("unexpected end of file");
        code[i++] = b[p++];
        break;
      case 3:
        code[i++] = t >> 2;
        if (i >= codesize + 1) throw new InvalidModule("code overflow");
        if (p + 4 > end) throw new InvalidModule("unexpected end of file");
        code[i++] = b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24);
        p += 4;
        break;
    }
  }
  c.pos = p;
  if (i !== codesize) throw new InvalidModule("operand past the end of code");
  starts[codesize] = 1;
  code[codesize] = Op.Last;
  // Opcode numbers and operand encodings are checked by the verifier's operand pass.
  return { nglobals, nfields, codesize, globals, fields, code, starts, version, debug };
}
