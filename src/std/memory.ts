// neko libs/std/memory.c (mem_size, mem_local_size): the memory reachable from a value, in
// the sizes of neko's structures on x86-64; and elf_update_section_header_for_bytecode
// (libs/std/elf_update.c), which points the .nekobytecode section of an ELF executable at
// the bytecode appended to it.

import type { VM } from "../interp/vm.js";
import { moduleKind, type RuntimeModule } from "../interp/module.js";
import { hashKind, type HashTable } from "../builtins/hashtables.js";
import { str } from "../value/string.js";
import { isSmallInt, NekoAbstract, NekoFloat, NekoFunction, NekoObject, NekoString, type Value } from "../value/value.js";
import { isIntArg, isString } from "../builtins/check.js";
import type { BuiltinTable } from "../builtins/table.js";
import { hostOf, pathOf } from "./sys.js";

// sizeof on x86-64
const VALUE = 8;
const VFLOAT = 12; // packed to 4
const VINT32 = 8;
const VOBJECT = 32;
const OBJCELL = 16;
const VFUNCTION = 32;
const VABSTRACT = 24;
const VHASH = 16;
const HCELL = 32;
const NEKO_MODULE = 96;
const NEKO_DEBUG = 8;

/** mem_size_rec over everything reachable, each object counted once (neko's mem_cache). */
function memSize(v: Value, seen: Set<unknown>): number {
  let total = 0;
  const todo: Value[] = [v];
  const modules: RuntimeModule[] = [];
  const module = (m: RuntimeModule) => {
    if (seen.has(m)) return;
    seen.add(m);
    const d = m.data;
    total += NEKO_MODULE + d.codesize * 8 + m.globals.length * 8 + d.fields.length * 8;
    for (const f of d.fields) total += VALUE + (f.indexOf(0) < 0 ? f.length : f.indexOf(0));
    for (const g of m.globals) todo.push(g);
    todo.push(m.loader, m.exports, m.debugTable, m.name);
    if (m.debugTable !== null) total += NEKO_DEBUG * (d.codesize >> 5);
    modules.push(m);
  };
  while (todo.length > 0) {
    const x = todo.pop()!;
    if (x === null || typeof x === "boolean") continue;
    if (typeof x === "number") {
      if (!isSmallInt(x)) total += VINT32; // a boxed int32: we cannot tell two of them apart
      continue;
    }
    if (seen.has(x)) continue;
    seen.add(x);
    if (x instanceof NekoFloat) total += VFLOAT;
    else if (x instanceof NekoString) total += VALUE + x.b.length;
    else if (Array.isArray(x)) {
      total += VALUE + x.length * VALUE;
      for (const e of x) todo.push(e);
    } else if (x instanceof NekoObject) {
      total += VOBJECT;
      for (const k of Object.keys(x.t)) {
        total += OBJCELL;
        todo.push(x.t[k]);
      }
      if (x.proto) todo.push(x.proto);
    } else if (x instanceof NekoFunction) {
      total += VFUNCTION;
      todo.push(x.env);
      if (x.prim !== null) total += VALUE + str(x.name).b.length;
      else module(x.module as RuntimeModule);
    } else if (x instanceof NekoAbstract) {
      total += VABSTRACT;
      if (x.kind === moduleKind) module(x.data as RuntimeModule);
      else if (x.kind === hashKind) {
        const h = x.data as HashTable;
        total += VHASH + h.cells.length * 8;
        for (let c = null as HashTable["cells"][number], i = 0; i < h.cells.length; i++)
          for (c = h.cells[i]; c !== null; c = c.next) {
            total += HCELL;
            todo.push(c.key, c.val);
          }
      }
    }
  }
  return total;
}

const SHT_PROGBITS = 1n;
const SHF_MASK_OS_PROC = 0xfff00000n;
const BYTECODE_SECTION = ".nekobytecode";

/** The ELF fields neko reads and writes, at their offsets for 32- and 64-bit files. */
const EHDR = {
  32: { size: 52, shoff: [32, 4], shentsize: 46, shnum: 48, shstrndx: 50 },
  64: { size: 64, shoff: [40, 8], shentsize: 58, shnum: 60, shstrndx: 62 },
} as const;
const SHDR = {
  32: { name: [0, 4], type: [4, 4], flags: [8, 4], addr: [12, 4], offset: [16, 4], size: [20, 4], addralign: [32, 4], entsize: [36, 4] },
  64: { name: [0, 4], type: [4, 4], flags: [8, 8], addr: [16, 8], offset: [24, 8], size: [32, 8], addralign: [48, 8], entsize: [56, 8] },
} as const;

type Field = readonly [number, number];
const get = (b: Uint8Array, [off, n]: Field): bigint => {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return n === 8 ? dv.getBigUint64(off, true) : n === 4 ? BigInt(dv.getUint32(off, true)) : BigInt(dv.getUint16(off, true));
};
const set = (b: Uint8Array, [off, n]: Field, v: bigint): void => {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (n === 8) dv.setBigUint64(off, BigInt.asUintN(64, v), true);
  else dv.setUint32(off, Number(BigInt.asUintN(32, v)), true);
};

/** Find the .nekobytecode section header of an ELF executable and point it at the bytecode. */
function elfUpdate(io: { read(pos: number, n: number): Uint8Array | null; write(pos: number, b: Uint8Array): boolean }, interp: number, bytecode: number): boolean {
  const ident = io.read(0, 16);
  if (!ident || (ident[4] !== 1 && ident[4] !== 2)) return false;
  const bits = ident[4] === 1 ? 32 : 64;
  const E = EHDR[bits];
  const S = SHDR[bits];
  const hdr = io.read(0, E.size);
  if (!hdr || get(hdr, [16, 2]) !== 2n) return false; // ET_EXEC
  const shoff = Number(BigInt.asIntN(32, get(hdr, E.shoff)));
  const shent = Number(get(hdr, [E.shentsize, 2]));
  const shnum = Number(get(hdr, [E.shnum, 2]));
  const shstr = Number(get(hdr, [E.shstrndx, 2]));
  const section = (i: number) => io.read(shoff + i * shent, shent);
  const strs = section(shstr);
  if (!strs) return false;
  const table = io.read(Number(BigInt.asIntN(32, get(strs, S.offset))), Number(BigInt.asIntN(32, get(strs, S.size))));
  if (!table) return false;
  const want = str(BYTECODE_SECTION).b;
  for (let i = 0; i < shnum; i++) {
    const sh = section(i);
    if (!sh) return false;
    const name = Number(get(sh, S.name));
    if (name >= table.length || !want.every((c, k) => table[name + k] === c)) continue;
    set(sh, S.type, SHT_PROGBITS);
    set(sh, S.flags, get(sh, S.flags) & SHF_MASK_OS_PROC);
    set(sh, S.addr, 0n);
    set(sh, S.offset, BigInt(interp));
    set(sh, S.size, BigInt(bytecode));
    set(sh, S.addralign, 1n);
    set(sh, S.entsize, 0n);
    return io.write(shoff + i * shent, sh);
  }
  return false;
}

export const memoryPrimitives: BuiltinTable = {
  mem_size: [1, (_vm: VM, v: Value) => (memSize(v, new Set()) << 1) >> 1],
  mem_local_size: [2, (_vm: VM, v: Value, a: Value) => {
    if (!Array.isArray(a)) return undefined;
    const seen = new Set<unknown>();
    for (const k of a) {
      seen.add(k);
      if (k instanceof NekoAbstract && k.kind === moduleKind) seen.add(k.data);
    }
    return (memSize(v, seen) << 1) >> 1;
  }],
  elf_update_section_header_for_bytecode: [3, (vm: VM, file: Value, interp: Value, bytecode: Value) => {
    if (!isString(file) || !isIntArg(interp) || !isIntArg(bytecode)) return undefined;
    if (interp % 4 !== 0) return false;
    const sys = hostOf(vm).sys;
    if (!sys) return false;
    let fd: number;
    try {
      fd = sys.open(pathOf(file), "r+b");
    } catch {
      return false;
    }
    try {
      return elfUpdate({
        read(pos, n) {
          if (pos < 0 || n < 0) return null;
          const b = new Uint8Array(n);
          sys.seek(fd, pos, 0);
          return sys.read(fd, b, 0, n) === n ? b : null;
        },
        write(pos, b) {
          sys.seek(fd, pos, 0);
          return sys.write(fd, b, 0, b.length) === b.length;
        },
      }, interp, bytecode);
    } catch {
      return false;
    } finally {
      try {
        sys.close(fd);
      } catch {
        // already closed
      }
    }
  }],
};
