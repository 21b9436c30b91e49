// A small writer of neko .n modules for tests (the format read by neko vm/module.c
// neko_read_module, written by nekoc's src/neko/Bytecode.nml):
//
//   "NEKO"  nglobals:i32  nfields:i32  codesize:i32   (little endian)
//   globals: 1 name\0 (var) | 2 addr|nargs<<24:i32 (function) | 3 len:u16 bytes (string)
//            | 4 text\0 (float) | 5 debug infos | 6 version:u8
//   fields:  name\0 ...
//   code:    packed instructions; codesize counts words (an opcode or an operand is a word):
//            op<<2                       no operand (op < 64)
//            2, op                       no operand, any op ("extra opcodes", e.g. Loop = 64)
//            op<<3 | p<<2 | 1            operand 0 or 1 (op < 32)
//            op<<2 | 2, p:u8             operand 0..255
//            op<<2 | 3, p:i32            any operand
//
// Code is written as a list of items: an opcode name alone ("Push"), [name, operand],
// [name, "label"] (the operand becomes label - position of the instruction, as neko's
// relative jumps), a label definition { label: "L" }, or raw bytes { raw: [...], words: n }.

import { Op, OPCODES } from "../../src/bytecode/opcodes.js";

export class ByteWriter {
  readonly out: number[] = [];
  u8(b: number): this {
    this.out.push(b & 0xff);
    return this;
  }
  u16(v: number): this {
    return this.u8(v).u8(v >>> 8);
  }
  i32(v: number): this {
    return this.u8(v).u8(v >>> 8).u8(v >>> 16).u8(v >>> 24);
  }
  /** Bytes of an ASCII/latin1 string (no terminator). */
  text(s: string): this {
    for (let i = 0; i < s.length; i++) this.u8(s.charCodeAt(i));
    return this;
  }
  /** A zero-terminated string. */
  cstr(s: string): this {
    return this.text(s).u8(0);
  }
  bytes(b: ArrayLike<number>): this {
    for (let i = 0; i < b.length; i++) this.u8(b[i]);
    return this;
  }
  toBytes(): Uint8Array {
    return Uint8Array.from(this.out);
  }
}

export type Encoding = "auto" | "bit" | "byte" | "i32" | "extra";

export type CodeItem =
  | string
  | [string, number | string]
  | [string, number | string, Encoding]
  | { label: string }
  | { raw: number[]; words: number };

export type GlobalItem =
  | { var: string }
  | { fun: number | string; nargs: number }
  | { str: string }
  | { float: string }
  | { version: number }
  | { debug: number[] }
  | { rawGlobal: number[] };

export interface ModuleSpec {
  globals?: GlobalItem[];
  fields?: string[];
  code: CodeItem[];
  /** Overrides of the header fields (default: the real counts). */
  nglobals?: number;
  nfields?: number;
  codesize?: number;
  /** Bytes appended after the code. */
  trailer?: number[];
}

const OP_BY_NAME = new Map<string, number>(OPCODES.map((o, i) => [o.name, i]));

export function opNumber(name: string): number {
  const n = OP_BY_NAME.get(name);
  if (n === undefined) throw new Error("unknown opcode name " + name);
  return n;
}

function encodeIns(w: ByteWriter, op: number, p: number | null, enc: Encoding): void {
  if (p === null) {
    if (enc === "extra" || op >= 64) w.u8(2).u8(op);
    else w.u8(op << 2);
    return;
  }
  if (enc === "auto") enc = op < 32 && (p === 0 || p === 1) ? "bit" : p >= 0 && p <= 0xff ? "byte" : "i32";
  if (enc === "bit") w.u8((op << 3) | (p << 2) | 1);
  else if (enc === "byte") w.u8((op << 2) | 2).u8(p);
  else if (enc === "i32") w.u8((op << 2) | 3).i32(p);
  else throw new Error("an operand cannot use the extra encoding");
}

interface Laid {
  item: CodeItem;
  pos: number;
}

/** Word positions of the code items and labels. */
function layout(code: CodeItem[]): { laid: Laid[]; labels: Map<string, number>; words: number } {
  const labels = new Map<string, number>();
  const laid: Laid[] = [];
  let pos = 0;
  for (const item of code) {
    if (typeof item === "object" && !Array.isArray(item)) {
      if ("label" in item) {
        labels.set(item.label, pos);
        continue;
      }
      laid.push({ item, pos });
      pos += item.words;
      continue;
    }
    laid.push({ item, pos });
    pos += typeof item === "string" ? 1 : 2;
  }
  return { laid, labels, words: pos };
}

export function encodeCode(code: CodeItem[]): { bytes: number[]; words: number; labels: Map<string, number> } {
  const { laid, labels, words } = layout(code);
  const w = new ByteWriter();
  for (const { item, pos } of laid) {
    if (typeof item === "string") encodeIns(w, opNumber(item), null, "auto");
    else if (Array.isArray(item)) {
      const [name, arg, enc] = item;
      let p: number;
      if (typeof arg === "string") {
        const target = labels.get(arg);
        if (target === undefined) throw new Error("unknown label " + arg);
        p = target - pos;
      } else p = arg;
      encodeIns(w, opNumber(name), p, enc ?? "auto");
    } else if ("raw" in item) w.bytes(item.raw);
  }
  return { bytes: w.out, words, labels };
}

/** The bytes of a module. */
export function buildModule(spec: ModuleSpec): Uint8Array {
  const globals = spec.globals ?? [];
  const fields = spec.fields ?? [];
  const code = encodeCode(spec.code);
  const w = new ByteWriter();
  w.text("NEKO");
  w.i32(spec.nglobals ?? globals.length);
  w.i32(spec.nfields ?? fields.length);
  w.i32(spec.codesize ?? code.words);
  for (const g of globals) {
    if ("var" in g) w.u8(1).cstr(g.var);
    else if ("fun" in g) {
      const addr = typeof g.fun === "string" ? code.labels.get(g.fun) : g.fun;
      if (addr === undefined) throw new Error("unknown label " + g.fun);
      w.u8(2).i32((addr & 0xffffff) | (g.nargs << 24));
    } else if ("str" in g) w.u8(3).u16(g.str.length).text(g.str);
    else if ("float" in g) w.u8(4).cstr(g.float);
    else if ("version" in g) w.u8(6).u8(g.version);
    else if ("debug" in g) w.u8(5).bytes(g.debug);
    else w.bytes(g.rawGlobal);
  }
  for (const f of fields) w.cstr(f);
  w.bytes(code.bytes);
  if (spec.trailer) w.bytes(spec.trailer);
  return w.toBytes();
}

/** A 32-bit seeded PRNG (mulberry32): deterministic fuzzing. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}


