// regexp.ndll (neko libs/regexp/regexp.c): PCRE regular expressions on byte strings. The
// pattern is parsed as PCRE (parse.ts) and translated to a JavaScript RegExp (emit.ts) that
// runs on the subject decoded by subject.ts; match positions are byte offsets, as in neko.
// Options: i (caseless), s (dot matches newline), m (multiline), u (UTF-8), g (ungreedy).

import { isFunctionOf, isIntArg, isKind, isString } from "../../builtins/check.js";
import type { BuiltinTable } from "../../builtins/table.js";
import type { VM } from "../../interp/vm.js";
import { valueToText } from "../../value/print.js";
import { ByteBuffer } from "../../value/string.js";
import { Kind, NekoAbstract, NekoString, type Value } from "../../value/value.js";
import { cBytes, intRecord, message } from "../common.js";
import { PcreError } from "./ast.js";
import { type Compiled, emitPattern } from "./emit.js";
import { parsePattern } from "./parse.js";
import { subjectOf } from "./subject.js";

export const regexpKind = new Kind("regexp");

/** The state neko keeps in its pcredata: the last subject and the match offsets. */
export class Regexp {
  /** The subject of the last successful match (null: no match to read). */
  str: NekoString | null = null;
  /** Start and end byte offsets of each group (PCRE's ovector), -1 when unset. */
  readonly matchs: Int32Array;
  constructor(
    readonly re: RegExp,
    readonly info: Compiled,
  ) {
    this.matchs = new Int32Array(2 * (info.ncap + 1));
  }
}

/** Compile a pattern as regexp_new_options does; a PcreError carries PCRE's message. */
export function compileRegexp(pattern: Uint8Array, options: string): Regexp | null {
  const o = { i: false, s: false, m: false, u: false, U: false };
  for (const c of options) {
    if (c === "i") o.i = true;
    else if (c === "s") o.s = true;
    else if (c === "m") o.m = true;
    else if (c === "u") o.u = true;
    else if (c === "g") o.U = true;
    else return null;
  }
  const info = emitPattern(parsePattern(pattern, o));
  let re: RegExp;
  try {
    re = new RegExp(info.source, info.flags);
  } catch (e) {
    throw new PcreError(`the translated pattern is rejected by JavaScript (${(e as Error).message})`);
  }
  return new Regexp(re, info);
}

const EXEC_ERROR = "An error occurred while running pcre_exec";

/** pcre_exec over bytes [0, len) of s from pos: fills r.matchs, true on a match. */
export function execRegexp(vm: VM, r: Regexp, s: NekoString, len: number, pos: number): boolean {
  const info = r.info;
  if (pos > len) throw vm.throwString(EXEC_ERROR);
  const sub = subjectOf(vm, s, info.utf);
  let start = pos, end = len;
  const toIndex = sub.toIndex;
  if (info.utf) {
    if (end > sub.validEnd) throw vm.throwString(EXEC_ERROR);
    if (toIndex !== null) {
      start = toIndex[pos];
      end = toIndex[len];
      if (start < 0 || end < 0) throw vm.throwString(EXEC_ERROR);
    }
  }
  const text = end === sub.text.length ? sub.text : sub.text.slice(0, end);
  const re = r.re;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  try {
    m = re.exec(text);
  } catch (e) {
    // V8's backtracking stack overflowed: PCRE fails the same way past its recursion limit.
    if (e instanceof RangeError) throw vm.throwString(EXEC_ERROR);
    throw e;
  }
  if (m === null) return false;
  const indices = (m as RegExpExecArray & { indices: ([number, number] | undefined)[] }).indices;
  const map = info.groupMap, out = r.matchs, toByte = sub.toByte;
  for (let g = 0; g <= info.ncap; g++) {
    const js = map[g];
    let ix = indices[js[js.length - 1]];
    for (let k = js.length - 2; ix === undefined && k >= 0; k--) ix = indices[js[k]];
    if (ix === undefined) out[2 * g] = out[2 * g + 1] = -1;
    else if (toByte === null) (out[2 * g] = ix[0]), (out[2 * g + 1] = ix[1]);
    else (out[2 * g] = toByte[ix[0]]), (out[2 * g + 1] = toByte[ix[1]]);
  }
  return true;
}

function regexpOf(v: Value): Regexp | null {
  return isKind(v, regexpKind) ? (v.data as Regexp) : null;
}

function newOptions(vm: VM, s: Value, opt: Value): Value | undefined {
  if (!isString(s) || !isString(opt)) return undefined;
  let options = "";
  for (const c of cBytes(opt)) options += String.fromCharCode(c);
  let r: Regexp | null;
  try {
    r = compileRegexp(cBytes(s), options);
  } catch (e) {
    if (!(e instanceof PcreError)) throw e;
    throw vm.failure(message("Regexp compilation error : " + e.message + " in ", s.b), "regexp.c", 115);
  }
  if (r === null) return undefined;
  return new NekoAbstract(regexpKind, r);
}

/** The loop neko's replace functions share; neko 2.3 never ends on an empty match, we raise. */
function replaceLoop(vm: VM, r: Regexp, s: NekoString, all: boolean, each: (b: ByteBuffer) => void): NekoString {
  const b = new ByteBuffer(s.b.length + 16);
  const len = s.b.length;
  let pos = 0;
  while (execRegexp(vm, r, s, len, pos)) {
    const m0 = r.matchs[0], m1 = r.matchs[1];
    b.addBytes(s.b.subarray(pos, m0));
    each(b);
    if (!all) {
      pos = r.matchs[1];
      break;
    }
    pos = r.matchs[1];
    if (m0 === m1 && pos === m1)
      throw vm.throwString(`regexp: the empty match at ${pos} repeats forever (neko 2.3 loops endlessly here)`);
  }
  r.str = null;
  b.addBytes(s.b.subarray(pos, len));
  return b.toNeko();
}

export const regexpPrimitives: BuiltinTable = {
  regexp_new: [1, (vm: VM, s: Value) => (isString(s) ? newOptions(vm, s, new NekoString(new Uint8Array(0))) : undefined)],
  regexp_new_options: [2, newOptions],
  regexp_match: [
    4,
    (vm: VM, o: Value, s: Value, p: Value, len: Value) => {
      const r = regexpOf(o);
      if (r === null || !isString(s) || !isIntArg(p) || !isIntArg(len)) return undefined;
      const n = s.b.length;
      if (p < 0 || len < 0 || p > n || p + len > n) return undefined;
      if (execRegexp(vm, r, s, p + len, p)) {
        r.str = s;
        return true;
      }
      r.str = null;
      return false;
    },
  ],
  regexp_replace: [
    3,
    (vm: VM, o: Value, s: Value, by: Value) => {
      const r = regexpOf(o);
      if (r === null || !isString(s) || !isString(by)) return undefined;
      return replaceLoop(vm, r, s, false, (b) => b.addBytes(by.b));
    },
  ],
  regexp_replace_all: [
    3,
    (vm: VM, o: Value, s: Value, by: Value) => {
      const r = regexpOf(o);
      if (r === null || !isString(s) || !isString(by)) return undefined;
      return replaceLoop(vm, r, s, true, (b) => b.addBytes(by.b));
    },
  ],
  regexp_replace_fun: [
    3,
    (vm: VM, o: Value, s: Value, f: Value) => {
      const r = regexpOf(o);
      if (r === null || !isString(s) || !isFunctionOf(f, 1)) return undefined;
      r.str = s;
      return replaceLoop(vm, r, s, true, (b) => b.addText(valueToText(vm, vm.call(f, [o]))));
    },
  ],
  regexp_matched: [
    2,
    (_vm: VM, o: Value, n: Value) => {
      const r = regexpOf(o);
      if (r === null || !isIntArg(n)) return undefined;
      if (n < 0 || n > r.info.ncap || r.str === null) return undefined;
      const start = r.matchs[2 * n], end = r.matchs[2 * n + 1];
      if (start === -1) return null;
      return new NekoString(r.str.b.slice(start, end));
    },
  ],
  regexp_matched_pos: [
    2,
    (vm: VM, o: Value, n: Value) => {
      const r = regexpOf(o);
      if (r === null || !isIntArg(n)) return undefined;
      if (n < 0 || n > r.info.ncap || r.str === null) return undefined;
      const start = r.matchs[2 * n];
      return intRecord(vm, [
        ["pos", start],
        ["len", r.matchs[2 * n + 1] - start],
      ]);
    },
  ],
};
