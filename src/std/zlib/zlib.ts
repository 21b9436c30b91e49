// neko libs/zlib/zlib.c: deflate and inflate streams over Neko strings, with the flush mode
// kept in the stream ("NO", "SYNC", "FULL", "FINISH", "BLOCK"), and adler32/crc32. The
// compression is pako's port of zlib, run at the level of zlib's own streaming API (with
// zlib's original hash, so the output bytes are zlib's).

import { noteStringWrite } from "../../value/string.js";
import {
  ZStream,
  zlibDeflate,
  zlibDeflateEnd,
  zlibDeflateInit2,
  zlibInflate,
  zlibInflateEnd,
  zlibInflateInit2,
} from "pako";
import type { VM } from "../../interp/vm.js";
import { Kind, NekoAbstract, NekoObject, type Value } from "../../value/value.js";
import { isIntArg, isString } from "../../builtins/check.js";
import type { BuiltinTable } from "../../builtins/table.js";
import { allocInt, allocInt32, cBytes, throwString } from "../common.js";
import { adler32, crc32, deflateBound } from "./checksum.js";

export const deflateKind = new Kind("zlib_deflate");
export const inflateKind = new Kind("zlib_inflate");
/** What a stream becomes once ended (neko clears the kind). */
const endedKind = new Kind("zlib_ended");

const Z_OK = 0;
const Z_STREAM_END = 1;
const MAX_WBITS = 15;
const DEF_MEM_LEVEL = 8;
const Z_DEFLATED = 8;
const Z_DEFAULT_STRATEGY = 0;

/** pako's deflate state status once the stream is finished. */
const FINISH_STATE = 666;
const Z_FINISH = 4;

/**
 * zlib 1.2.13's deflate(): pako's port reports a full output buffer as a buffer error only
 * in some cases; zlib checks a finished stream first (stream error), then an output buffer
 * with no room (buffer error).
 */
function deflateCall(z: ZStream, flush: number): number {
  const st = z.state;
  if (st && flush >= 0 && flush <= 5) {
    if (st.status === FINISH_STATE && flush !== Z_FINISH) {
      z.msg = "stream error";
      return -2;
    }
    if (z.avail_out === 0) {
      z.msg = "buffer error";
      return -5;
    }
  }
  return zlibDeflate(z, flush as 0);
}

const FLUSH_MODES: Record<string, number> = { NO: 0, SYNC: 2, FULL: 3, FINISH: 4, BLOCK: 5 };

interface Stream {
  z: ZStream;
  /** The flush argument of the next deflate/inflate call (zlib's Z_*_FLUSH). */
  flush: number;
}

function stream(v: Value, k: Kind): Stream | undefined {
  return v instanceof NekoAbstract && v.kind === k ? (v.data as Stream) : undefined;
}

function anyStream(v: Value): Stream | undefined {
  return stream(v, inflateKind) ?? stream(v, deflateKind);
}

/** neko zlib_error: "ZLib Error : <msg> (<code>)", or just the code when zlib left no message. */
function zlibError(vm: VM, z: ZStream | null, err: number): never {
  const msg = z && z.msg ? z.msg : "";
  throwString(vm, msg ? `ZLib Error : ${msg} (${err})` : `ZLib Error : ${err}`);
}

/** deflate_buffer / inflate_buffer: one call of zlib over src[srcpos..] into dst[dstpos..]. */
function runBuffer(vm: VM, s: Stream, run: (z: ZStream, flush: number) => number, src: Value, srcpos: Value, dst: Value, dstpos: Value): Value | undefined {
  if (!isString(src) || !isIntArg(srcpos) || !isString(dst) || !isIntArg(dstpos)) return undefined;
  if (srcpos < 0 || dstpos < 0) return undefined;
  const slen = src.b.length - srcpos;
  const dlen = dst.b.length - dstpos;
  if (slen < 0 || dlen < 0) return undefined;
  const z = s.z;
  z.input = src.b;
  z.next_in = srcpos;
  z.avail_in = slen;
  z.output = dst.b as ZStream["output"];
  z.next_out = dstpos;
  z.avail_out = dlen;
  let err: number;
  try {
    err = run(z, s.flush);
  } finally {
    z.input = null as unknown as Uint8Array;
    z.output = null as unknown as ZStream["output"];
    noteStringWrite(); // dst was written in place
  }
  if (err < 0) zlibError(vm, z, err);
  const o = new NekoObject();
  vm.setNamed(o, "done", err === Z_STREAM_END);
  vm.setNamed(o, "read", allocInt(slen - z.avail_in));
  vm.setNamed(o, "write", allocInt(dlen - z.avail_out));
  return o;
}

function endStream(v: NekoAbstract, end: (z: ZStream) => number): Value {
  end((v.data as Stream).z);
  v.kind = endedKind;
  return null;
}

/**
 * update_adler32 / update_crc32. neko takes only a boxed int32 as the first argument
 * (val_is_int32): its own results are boxed, even small ones, and chaining them works. Our
 * ints are not boxed, so any int is taken (see docs/compatibility.md).
 */
function checksum(f: (init: number, b: Uint8Array, pos: number, len: number) => number) {
  return (_vm: VM, init: Value, s: Value, pos: Value, len: Value): Value | undefined => {
    if (typeof init !== "number" || !isString(s) || !isIntArg(pos) || !isIntArg(len)) return undefined;
    if (pos < 0 || len < 0 || pos + len > s.b.length) return undefined;
    return allocInt32(f(init >>> 0, s.b, pos, len));
  };
}

export const zlibPrimitives: BuiltinTable = {
  deflate_init: [1, (vm: VM, level: Value) => {
    if (!isIntArg(level)) return undefined;
    const z = new ZStream();
    const err = zlibDeflateInit2(z, level, Z_DEFLATED, MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, true);
    if (err !== Z_OK) zlibError(vm, null, err);
    return new NekoAbstract(deflateKind, { z, flush: 0 } as Stream);
  }],
  deflate_buffer: [5, (vm: VM, sv: Value, src: Value, srcpos: Value, dst: Value, dstpos: Value) => {
    const s = stream(sv, deflateKind);
    return s ? runBuffer(vm, s, deflateCall, src, srcpos, dst, dstpos) : undefined;
  }],
  deflate_end: [1, (_vm: VM, sv: Value) => (stream(sv, deflateKind) ? endStream(sv as NekoAbstract, zlibDeflateEnd) : undefined)],
  deflate_bound: [2, (_vm: VM, sv: Value, size: Value) => {
    const s = stream(sv, deflateKind);
    if (!s || !isIntArg(size)) return undefined;
    return allocInt(deflateBound(size, (s.z.state?.strstart ?? 0) !== 0));
  }],
  inflate_init: [1, (vm: VM, wsize: Value) => {
    let wbits = MAX_WBITS;
    if (wsize !== null) {
      if (!isIntArg(wsize)) return undefined;
      wbits = wsize;
    }
    const z = new ZStream();
    const err = zlibInflateInit2(z, wbits);
    if (err !== Z_OK) zlibError(vm, null, err);
    return new NekoAbstract(inflateKind, { z, flush: 0 } as Stream);
  }],
  inflate_buffer: [5, (vm: VM, sv: Value, src: Value, srcpos: Value, dst: Value, dstpos: Value) => {
    const s = stream(sv, inflateKind);
    return s ? runBuffer(vm, s, (z, f) => zlibInflate(z, f as 0), src, srcpos, dst, dstpos) : undefined;
  }],
  inflate_end: [1, (_vm: VM, sv: Value) => (stream(sv, inflateKind) ? endStream(sv as NekoAbstract, zlibInflateEnd) : undefined)],
  set_flush_mode: [2, (_vm: VM, sv: Value, mode: Value) => {
    const s = anyStream(sv);
    if (!s || !isString(mode)) return undefined;
    let name = "";
    for (const c of cBytes(mode)) name += String.fromCharCode(c);
    const f = Object.prototype.hasOwnProperty.call(FLUSH_MODES, name) ? FLUSH_MODES[name] : undefined;
    if (f === undefined) return undefined;
    s.flush = f;
    return null;
  }],
  get_adler32: [1, (_vm: VM, sv: Value) => {
    const s = anyStream(sv);
    return s ? allocInt32(s.z.adler) : undefined;
  }],
  update_adler32: [4, checksum(adler32)],
  update_crc32: [4, checksum(crc32)],
};
