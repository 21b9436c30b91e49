// std.ndll serialization (neko libs/std/serialize.c): neko's binary format for any value
// graph, with back-references for shared strings, objects, arrays and functions; bytecode
// functions are found again through the loader, objects may provide __serialize.

import { isString } from "../builtins/check.js";
import { hashKind, type HashTable } from "../builtins/hashtables.js";
import type { BuiltinTable } from "../builtins/table.js";
import { moduleKind, type RuntimeModule } from "../interp/module.js";
import type { VM } from "../interp/vm.js";
import { fieldKey, getField, ownField, setProto, sortedFieldIds } from "../value/object.js";
import { valueToBytes } from "../value/print.js";
import { ByteBuffer, str } from "../value/string.js";
import {
  EMPTY_ARRAY,
  isTaggedInt,
  NekoAbstract,
  NekoFloat,
  NekoFunction,
  NekoObject,
  NekoString,
  allocArray,
  type Value,
} from "../value/value.js";
import { isPositiveNaN, message, readFloat64, writeFloat64 } from "./common.js";

const MAX_SIZE = (1 << 28) - 1;
const MAX_DEPTH = 350;

class Writer {
  readonly out = new ByteBuffer(4096);
  readonly refs = new Map<object, number>();
  nrefs = 0;
  depth = 0;
  private readonly scratch = new DataView(new ArrayBuffer(8));

  constructor(readonly vm: VM) {}

  int(n: number): void {
    this.scratch.setInt32(0, n, true);
    this.out.addBytes(new Uint8Array(this.scratch.buffer, 0, 4));
  }

  /** neko write_ref: true (and an 'r' written) for a value met before, else it is recorded. */
  ref(o: object, record = true): boolean {
    const k = this.refs.get(o);
    if (k !== undefined) {
      this.out.addByte(114 /* r */);
      this.int(this.nrefs - 1 - k);
      return true;
    }
    if (record) this.refs.set(o, this.nrefs++);
    return false;
  }

  value(v: Value): void {
    const vm = this.vm;
    if (++this.depth > MAX_DEPTH) throw vm.failure("Serialization stack overflow", "serialize.c", 176);
    const out = this.out;
    if (v === null) out.addByte(78 /* N */);
    else if (v === true) out.addByte(84 /* T */);
    else if (v === false) out.addByte(70 /* F */);
    else if (typeof v === "number") {
      out.addByte(isTaggedInt(v) ? 105 /* i */ : 73 /* I */);
      this.int(v);
    } else if (v instanceof NekoFloat) {
      out.addByte(102 /* f */);
      writeFloat64(this.scratch, 0, v.v, isPositiveNaN(v), true);
      out.addBytes(new Uint8Array(this.scratch.buffer, 0, 8));
    } else if (v instanceof NekoString) {
      if (!this.ref(v)) {
        out.addByte(115 /* s */);
        this.int(v.b.length);
        out.addBytes(v.b);
      }
    } else if (v instanceof NekoObject) this.object(v);
    else if (Array.isArray(v)) {
      if (!this.ref(v)) {
        out.addByte(97 /* a */);
        this.int(v.length);
        for (let i = 0; i < v.length; i++) this.value(v[i]);
      }
    } else if (v instanceof NekoFunction) this.func(v);
    else if (v instanceof NekoAbstract && v.kind === hashKind) this.hash(v.data as HashTable);
    else throw vm.failure("Cannot Serialize Abstract", "serialize.c", 286);
    this.depth--;
  }

  private object(o: NekoObject): void {
    const vm = this.vm;
    if (this.refs.has(o)) {
      this.ref(o);
      return;
    }
    const custom = ownField(o, vm.key("__serialize"));
    if (custom !== undefined && custom !== null) {
      if (!(custom instanceof NekoFunction) || (custom.nargs !== 0 && custom.nargs !== -1))
        throw vm.failure("Invalid __serialize method", "serialize.c", 209);
      this.out.addByte(120 /* x */);
      this.value(custom.prim === null ? (custom.module as RuntimeModule).name : str(custom.name));
      this.value(vm.callEx(o, getField(o, vm.key("__serialize")), []));
      this.ref(o);
      return;
    }
    this.ref(o);
    this.out.addByte(111 /* o */);
    for (const id of sortedFieldIds(o)) {
      this.int(id);
      this.value(o.t[fieldKey(id)]);
    }
    this.int(0);
    if (o.proto === null) this.out.addByte(122 /* z */);
    else {
      this.out.addByte(112 /* p */);
      this.value(o.proto);
    }
  }

  private func(f: NekoFunction): void {
    if (this.ref(f)) return;
    const vm = this.vm;
    if (f.prim !== null) {
      if (f.env !== EMPTY_ARRAY && f.env.length !== 0)
        throw vm.failure("Cannot Serialize Primitive with environment", "serialize.c", 247);
      this.out.addByte(112 /* p */);
      this.int(f.nargs);
      this.value(str(f.name));
      return;
    }
    const m = f.module as RuntimeModule;
    this.out.addByte(76 /* L */);
    this.value(m.name);
    this.int(f.addr);
    this.int(f.nargs);
    this.value(f.env);
  }

  private hash(h: HashTable): void {
    this.out.addByte(104 /* h */);
    this.int(h.cells.length);
    this.int(h.nitems);
    for (const head of h.cells)
      for (let c = head; c !== null; c = c.next) {
        this.int(c.hkey);
        this.value(c.key);
        this.value(c.val);
      }
  }
}

class Reader {
  pos = 0;
  readonly refs: Value[] = [];
  private readonly view: DataView;

  constructor(readonly vm: VM, readonly b: Uint8Array, readonly loader: Value) {
    this.view = new DataView(b.buffer, b.byteOffset, b.length);
  }

  error(): never {
    throw this.vm.throwString("Invalid serialized data");
  }

  int(): number {
    if (this.pos + 4 > this.b.length) this.error();
    const n = this.view.getInt32(this.pos, true);
    this.pos += 4;
    return n;
  }

  /** Call a method of the loader (neko val_ocall2). */
  private loaderCall(name: string, a: Value, b: Value): Value {
    const vm = this.vm;
    const l = this.loader;
    const f = l instanceof NekoObject ? vm.getNamed(l, name) : null;
    return vm.callEx(l, f, [a, b]);
  }

  private moduleExports(mname: Value): NekoObject {
    const exp = this.loaderCall("loadmodule", mname, this.loader);
    if (!(exp instanceof NekoObject)) throw this.vm.failure(message("module ", valueToBytes(this.vm, mname), " is not an object"), "serialize.c", 467);
    return exp;
  }

  value(): Value {
    const vm = this.vm;
    const b = this.b;
    const tag = this.pos < b.length ? b[this.pos++] : -1;
    switch (tag) {
      case 78 /* N */:
        return null;
      case 84 /* T */:
        return true;
      case 70 /* F */:
        return false;
      case 105 /* i */:
        return (this.int() << 1) >> 1;
      case 73 /* I */:
        return this.int();
      case 102 /* f */: {
        if (this.pos + 8 > b.length) this.error();
        const d = readFloat64(this.view, this.pos, true);
        this.pos += 8;
        return d;
      }
      case 115 /* s */: {
        const l = this.int();
        if (l < 0 || l > MAX_SIZE) this.error();
        if (this.pos + l > b.length) this.error();
        const s = new NekoString(new Uint8Array(l));
        this.refs.push(s);
        s.b.set(b.subarray(this.pos, this.pos + l));
        this.pos += l;
        return s;
      }
      case 111 /* o */: {
        const o = new NekoObject();
        this.refs.push(o);
        for (let f = this.int(); f !== 0; f = this.int()) {
          const v = this.value();
          o.t[fieldKey(f)] = v;
        }
        const k = this.pos < b.length ? b[this.pos++] : -1;
        if (k === 112 /* p */) {
          const p = this.value();
          if (!(p instanceof NekoObject)) this.error();
          setProto(o, p);
        } else if (k !== 122 /* z */) this.error();
        return o;
      }
      case 114 /* r */: {
        const n = this.int();
        if (n < 0 || n >= this.refs.length) this.error();
        return this.refs[this.refs.length - n - 1];
      }
      case 97 /* a */: {
        const n = this.int();
        if (n < 0 || n > MAX_SIZE) this.error();
        // every element takes at least one byte: a longer array cannot be read
        if (n > b.length - this.pos) {
          this.refs.push(null);
          this.error();
        }
        const a = allocArray(n);
        this.refs.push(a);
        for (let i = 0; i < n; i++) a[i] = this.value();
        return a;
      }
      case 112 /* p */: {
        const nargs = this.int();
        const f = new NekoFunction(nargs, null, -1, () => null, "", EMPTY_ARRAY);
        this.refs.push(f);
        const name = this.value();
        const f2 = this.loaderCall("loadprim", name, (nargs << 1) >> 1);
        if (!(f2 instanceof NekoFunction) || f2.nargs !== nargs) throw vm.failure("Loader returned not-a-function", "serialize.c", 437);
        f.prim = f2.prim;
        f.addr = f2.addr;
        f.module = f2.module;
        f.name = f2.name;
        return f;
      }
      case 76 /* L */:
        return this.bytecodeFunction();
      case 120 /* x */: {
        const mname = this.value();
        const data = this.value();
        const exp = this.moduleExports(mname);
        const s = vm.call(vm.getNamed(exp, "__unserialize"), [data]);
        this.refs.push(s);
        return s;
      }
      case 104 /* h */:
        return this.hash();
      default:
        return this.error();
    }
  }

  private bytecodeFunction(): Value {
    const vm = this.vm;
    const f = new NekoFunction(0, null, -1, () => null, "", EMPTY_ARRAY);
    this.refs.push(f);
    const mname = this.value();
    const pos = this.int();
    const nargs = this.int();
    const env = this.value();
    if (!Array.isArray(env)) this.error();
    const exp = this.moduleExports(mname);
    const mval = vm.getNamed(exp, "__module");
    const name = valueToBytes(vm, mname);
    if (!(mval instanceof NekoAbstract) || mval.kind !== moduleKind) throw vm.failure(message("module ", name, " has invalid type"), "serialize.c", 474);
    const m = mval.data as RuntimeModule;
    for (const g of m.globals)
      if (g instanceof NekoFunction && g.prim === null && g.addr === pos && g.module === m && g.nargs === nargs) {
        (f as { nargs: number }).nargs = nargs;
        f.prim = null;
        f.env = env;
        f.addr = pos;
        f.module = m;
        return f;
      }
    throw vm.failure(message("module ", name, " has been modified"), "serialize.c", 493);
  }

  private hash(): Value {
    const ncells = this.int();
    const nitems = this.int();
    // neko divides by the cell count for each item, and cannot allocate a negative one
    if (ncells < 0 || ncells > MAX_SIZE || nitems < 0 || (ncells === 0 && nitems > 0)) this.error();
    const h: HashTable = { nitems, cells: new Array(ncells).fill(null) };
    for (let i = 0; i < nitems; i++) {
      const hkey = this.int();
      const key = this.value();
      const val = this.value();
      const k = hkey % ncells;
      if (k < 0) this.error();
      const cell = { hkey, key, val, next: null };
      let c = h.cells[k];
      if (c === null) h.cells[k] = cell;
      else {
        while (c.next !== null) c = c.next;
        c.next = cell;
      }
    }
    return new NekoAbstract(hashKind, h);
  }
}

export const serializePrimitives: BuiltinTable = {
  serialize: [
    1,
    (vm: VM, v: Value) => {
      const w = new Writer(vm);
      w.value(v);
      return w.out.toNeko();
    },
  ],
  unserialize: [
    2,
    (vm: VM, s: Value, loader: Value) => {
      if (!isString(s)) return undefined;
      return new Reader(vm, s.b, loader).value();
    },
  ],
};
