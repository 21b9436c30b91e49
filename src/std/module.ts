// neko libs/std/module.c: reflection on bytecode modules. Modules are read (from a read
// function, a string or the search path) without being run, then run with module_exec; their
// name, exports, loader, globals and code size can be read and some of them changed.

import type { VM } from "../interp/vm.js";
import { moduleKind, RuntimeModule } from "../interp/module.js";
import { executeModule, selectFile, tryReadRuntimeModule } from "../loader/loader.js";
import { bytesToString } from "../value/string.js";
import { isSmallInt, NekoAbstract, NekoObject, NekoString, type Value } from "../value/value.js";
import { isFunctionOf, isIntArg, isString } from "../builtins/check.js";
import type { BuiltinTable } from "../builtins/table.js";
import { cBytes, message } from "./common.js";
import { hostOf } from "./sys.js";

function mod(v: Value): RuntimeModule | undefined {
  return v instanceof NekoAbstract && v.kind === moduleKind ? (v.data as RuntimeModule) : undefined;
}

/** Neko's limit for the zero-terminated strings of a module (MAXSIZE). */
const MAXSIZE = 0x100;

/**
 * Pull from `read` exactly the reads neko_read_module makes (same sizes, same order) and
 * return the bytes read, or null where neko gives up while reading (a failed read, a bad
 * header, a string too long...). A short read counts as read, as in neko; the missing bytes
 * are zeros here (neko leaves its buffer as it was).
 */
export function pullModuleBytes(read: (size: number) => Uint8Array | null): Uint8Array | null {
  const parts: Uint8Array[] = [];
  let total = 0;
  const take = (n: number): Uint8Array | null => {
    const got = read(n);
    if (got === null) return null;
    const b = new Uint8Array(n);
    b.set(got.subarray(0, n));
    parts.push(b);
    total += n;
    return b;
  };
  const byte = (): number | null => {
    const b = take(1);
    return b === null ? null : b[0];
  };
  const i32 = (): number | null => {
    const b = take(4);
    return b === null ? null : b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24);
  };
  const cstring = (): boolean => {
    for (let i = 0; i < MAXSIZE; i++) {
      const c = byte();
      if (c === null) return false;
      if (c === 0) return true;
    }
    return false;
  };
  const debugInfos = (codesize: number): boolean => {
    let c = byte();
    if (c === null) return false;
    let nfiles = c;
    const lotOfFiles = c >= 0x80;
    if (lotOfFiles) {
      const c2 = byte();
      if (c2 === null) return false;
      nfiles = ((c & 0x7f) << 8) | c2;
    }
    if (nfiles === 0) return false;
    for (let i = 0; i < nfiles; i++) if (!cstring()) return false;
    const npos = i32();
    if (npos === null || npos >>> 0 !== codesize) return false;
    let open = false; // neko's current position entry (pp)
    for (let i = 0; i < codesize; ) {
      c = byte();
      if (c === null) return false;
      if (c & 1) {
        let f = c >> 1;
        if (lotOfFiles) {
          const c2 = byte();
          if (c2 === null) return false;
          f = (f << 8) | c2;
        }
        if (f >= nfiles) return false;
        open = false;
      } else if (c & 2) {
        const count = (c >> 2) & 15;
        if (i + count > codesize || (count === 0 && !open)) return false;
        i += count === 0 ? 1 : count;
        open = c >> 6 === 0;
      } else if (c & 4) {
        i++;
        open = true;
      } else {
        if (byte() === null || byte() === null) return false;
        i++;
        open = true;
      }
    }
    return true;
  };

  if (i32() !== 0x4f4b454e) return null;
  const nglobals = i32();
  const nfields = i32();
  const codesize = i32();
  if (nglobals === null || nfields === null || codesize === null) return null;
  if (nglobals < 0 || nglobals > 0xffff || nfields < 0 || nfields > 0xffff || codesize < 0 || codesize > 0xffffff) return null;
  for (let i = 0; i < nglobals; i++) {
    const t = byte();
    let ok: boolean;
    switch (t) {
      case 1:
      case 4:
        ok = cstring();
        break;
      case 2: {
        const v = i32();
        ok = v !== null && (v & 0xffffff) < codesize;
        break;
      }
      case 3: {
        const b = take(2);
        ok = b !== null && take(b[0] | (b[1] << 8)) !== null;
        break;
      }
      case 5:
        ok = debugInfos(codesize);
        break;
      case 6:
        ok = byte() !== null;
        break;
      default:
        ok = false;
    }
    if (!ok) return null;
  }
  for (let i = 0; i < nfields; i++) if (!cstring()) return null;
  for (let i = 0; i < codesize; ) {
    const t = byte();
    if (t === null) return null;
    switch (t & 3) {
      case 0:
        i++;
        break;
      case 1:
        i += 2;
        break;
      case 2:
        if (byte() === null) return null;
        i += t === 2 ? 1 : 2;
        break;
      case 3:
        if (i32() === null) return null;
        i += 2;
        break;
    }
  }
  const all = new Uint8Array(total);
  let off = 0;
  for (const p of parts) {
    all.set(p, off);
    off += p.length;
  }
  return all;
}

/** neko's read buffer for the read function: reused for reads of up to 64 bytes. */
const READ_BUFSIZE = 64;

/** module_read's reader: call fread(buf, 0, size) and take the bytes it says it read. */
function readThrough(vm: VM, fread: Value): (size: number) => Uint8Array | null {
  const small = new NekoString(new Uint8Array(READ_BUFSIZE));
  return (size) => {
    const buf = size > READ_BUFSIZE ? new NekoString(new Uint8Array(size)) : small;
    const r = vm.call(fread, [buf, 0, size]);
    if (!isSmallInt(r) || r < 0 || r > size) return null;
    return buf.b.slice(0, r);
  };
}

function wrap(m: RuntimeModule): NekoAbstract {
  return new NekoAbstract(moduleKind, m);
}

export const modulePrimitives: BuiltinTable = {
  module_read: [2, (vm: VM, fread: Value, loader: Value) => {
    if (!isFunctionOf(fread, 3) || !(loader instanceof NekoObject)) return undefined;
    const bytes = pullModuleBytes(readThrough(vm, fread));
    const m = bytes === null ? null : tryReadRuntimeModule(vm, bytes, loader, "");
    return m === null ? undefined : wrap(m);
  }],
  module_read_string: [2, (vm: VM, s: Value, loader: Value) => {
    if (!isString(s) || !(loader instanceof NekoObject)) return undefined;
    const m = tryReadRuntimeModule(vm, s.b.slice(), loader, "");
    return m === null ? undefined : wrap(m);
  }],
  module_read_path: [3, (vm: VM, path: Value, name: Value, loader: Value) => {
    if (!isString(name) || !(loader instanceof NekoObject)) return undefined;
    const host = hostOf(vm);
    const mname = bytesToString(cBytes(name));
    const dot = mname.lastIndexOf(".");
    const file = selectFile(host, path, mname, dot >= 0 && mname.slice(dot) === ".n" ? "" : ".n");
    const bytes = host.readFile(file);
    if (bytes === null) throw vm.failure(message("Module not found : ", cBytes(name)), "module.c", 122);
    const m = tryReadRuntimeModule(vm, bytes, loader, mname);
    if (m === null) throw vm.failure(message("Invalid module : ", name.b), "module.c", 129);
    m.name = new NekoString(cBytes(name).slice());
    return wrap(m);
  }],
  module_exec: [1, (vm: VM, mv: Value) => {
    const m = mod(mv);
    return m ? executeModule(vm, m) : undefined;
  }],
  module_name: [1, (_vm: VM, mv: Value) => mod(mv)?.name],
  module_set_name: [2, (_vm: VM, mv: Value, s: Value) => {
    const m = mod(mv);
    if (!m || !isString(s)) return undefined;
    m.name = s;
    return null;
  }],
  module_exports: [1, (_vm: VM, mv: Value) => mod(mv)?.exports],
  module_loader: [1, (_vm: VM, mv: Value) => mod(mv)?.loader],
  module_nglobals: [1, (_vm: VM, mv: Value) => mod(mv)?.globals.length],
  module_global_get: [2, (_vm: VM, mv: Value, n: Value) => {
    const m = mod(mv);
    if (!m || !isIntArg(n) || n < 0 || n >= m.globals.length) return undefined;
    return m.globals[n];
  }],
  module_global_set: [3, (_vm: VM, mv: Value, n: Value, v: Value) => {
    const m = mod(mv);
    if (!m || !isIntArg(n) || n < 0 || n >= m.globals.length) return undefined;
    m.globals[n] = v;
    return v;
  }],
  module_code_size: [1, (_vm: VM, mv: Value) => mod(mv)?.data.codesize],
};
