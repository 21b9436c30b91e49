// The fast tier's translator: one Neko function (a code address of a module) becomes the
// source of one JS function. The operand stack becomes JS locals s0, s1... (the verifier's
// depth table gives every instruction's depth), the accumulator the local `acc`, and control
// flow labelled blocks and loops (structure.ts) or, failing that, a `switch` over basic
// blocks inside a loop. Int and float arithmetic, comparisons, array and field access, calls
// of translated bytecode functions and the common case of some builtins (inline.ts) are
// inline; the rest is one call of a runtime.ts helper, which shares the interpreter's
// semantics (kept short: V8 does not optimise functions past ~60 KB of bytecode).
//
// Calling convention of a translated function: f(th, env, a0, ..., aN-1) with vm.sp set to
// neko's sp after the arguments were pushed and vm.csp to the caller's pushed frame. It
// returns the accumulator, or TAIL after a tail call (the caller runs runtime.tail()).

import { Op, OPCODES } from "../bytecode/opcodes.js";
import { UNKNOWN } from "../bytecode/verifier.js";
import { KEY_GET, KEY_SET } from "../interp/ops.js";
import type { RuntimeModule } from "../interp/module.js";
import { findField } from "../value/object.js";
import { NekoFunction, NekoObject, type Value } from "../value/value.js";
import { INLINE_BUILTINS, type InlineBuiltin } from "./inline.js";
import { type Construct, type Edge, planStructure } from "./structure.js";
import { type CaseChain, findCaseChains } from "./switches.js";
import { isFloat, isObject, isTranslated } from "./typetests.js";

/** What the translation of one function gives: the source of a factory and its constants. */
export interface Translation {
  /**
   * Body of `function (C) { ... return (function f(th, env, a0..) {...}); }`. The parentheses
   * make V8 compile the inner function with the factory instead of pre-parsing it then
   * parsing it again at its first call (json with one document starts 16 ms sooner).
   */
  source: string;
  /** Jump tables (arrays of block numbers), referenced as C.jt[i]. */
  jumpTables: number[][];
  /** The keys of case chains (switches.ts), in their order of comparison, referenced as C.ck[i]. */
  caseKeys: number[][];
  /** Stack slots the function uses beyond its arguments (for the entry check). */
  maxDepth: number;
  /** Primitives some calls expect (primAt, emitCall), referenced as C.P[i]. */
  prims: NekoFunction[];
}

/**
 * A translated function's JS stack frame, estimated from its stack slots (measured on V8:
 * about 250 bytes plus 8 a local): the budget of vm.jsBudget bounds the JS recursion.
 */
export function frameBytes(slots: number): number {
  return 300 + 10 * slots;
}

/**
 * Functions of more instructions than this make their calls of up to 3 arguments through
 * one runtime helper (R.call) instead of inline: about 10 lines of JS less per call. V8
 * compiles such big functions (Haxe's parsers, printers, main loops) with TurboFan in about
 * half the time, so they leave baseline code sooner; the callee of a big function's call is
 * seldom inlined anyway, its inlining budget spent. Small functions, where recursion and
 * call speed matter (fib, ackermann: 24 and 41 instructions), keep the inline form.
 */
const COMPACT_OPS = 64;
/** The JS stack R.call's frame adds to each call from a compact function (see frameBytes). */
const CALL_HELPER_BYTES = 120;

/** A function cannot be translated (unusual bytecode): it stays in the interpreter. */
export class Untranslatable extends Error {}

const INT_OPS: Partial<Record<Op, string>> = {
  [Op.Shl]: "<<",
  [Op.Shr]: ">>",
  [Op.UShr]: ">>>",
  [Op.Or]: "|",
  [Op.And]: "&",
  [Op.Xor]: "^",
};

const ARITH: Partial<Record<Op, string>> = { [Op.Add]: "+", [Op.Sub]: "-", [Op.Mult]: "*", [Op.Div]: "/" };
/** The runtime's operator codes for R.arith. */
const ARITH_NAMES: Partial<Record<Op, string>> = { [Op.Add]: "R.ADD", [Op.Sub]: "R.SUB", [Op.Mult]: "R.MULT", [Op.Div]: "R.DIV" };

const CMP_OPS: Partial<Record<Op, [string, string]>> = {
  // [int test, test of a compare result c]
  [Op.Eq]: ["===", "c === 0"],
  [Op.Neq]: ["!==", "c !== 0"],
  [Op.Lt]: ["<", "c < 0 && c !== R.INVALID"],
  [Op.Lte]: ["<=", "c <= 0 && c !== R.INVALID"],
  [Op.Gt]: [">", "c > 0 && c !== R.INVALID"],
  [Op.Gte]: [">=", "c >= 0 && c !== R.INVALID"],
};

/**
 * An expression for field `key` of NekoObject expression o found in its own table or its
 * prototype's (which inherits from the rest of the chain: value/object.ts), else undefined.
 * `v` holds o's field table on entry (see typetests.ts isObject) and the result on exit.
 */
function probe(o: string, key: string): string {
  const k = JSON.stringify(key);
  return `((v = v[${k}]) !== undefined ? v : ${o}.proto === null ? undefined : (v = ${o}.proto.t[${k}]) !== undefined ? v : R.beyond(${o}.proto, ${k}))`;
}

/** Instructions of the function at `entry`, in address order, with their depths. */
function collect(m: RuntimeModule, entry: number): number[] {
  const code = m.code;
  const depth = m.depth!;
  const codesize = m.data.codesize;
  // marks in a byte array and one scan of the range visited, not a Set and a sort: this runs
  // on every translation, mostly before V8 has optimised it
  const seen = new Uint8Array(codesize + 1);
  let lo = entry;
  let hi = entry;
  const work = [entry];
  while (work.length) {
    let i = work.pop()!;
    for (;;) {
      if (i < 0 || i > codesize || depth[i] === UNKNOWN) throw new Untranslatable("unverified code");
      if (seen[i] === 1) break;
      seen[i] = 1;
      if (i < lo) lo = i;
      if (i > hi) hi = i;
      const op = code[i] as Op;
      const next = i + (OPCODES[op].hasParam ? 2 : 1);
      if (op === Op.Jump) {
        i = code[i + 1];
        continue;
      }
      if (op === Op.JumpIf || op === Op.JumpIfNot || op === Op.Trap) work.push(code[i + 1]);
      if (op === Op.JumpTable) {
        const n = code[i + 1];
        for (let k = 0; k < n; k++) work.push(i + 2 + 2 * k);
        i = i + 2 + 2 * n;
        continue;
      }
      if (op === Op.Ret || op === Op.TailCall || op === Op.Last) break;
      i = next;
    }
  }
  const pcs: number[] = [];
  for (let i = lo; i <= hi; i++) if (seen[i] === 1) pcs.push(i);
  return pcs;
}

/** Whether the function at `entry` (its own code, not the functions it defines) jumps backwards: has a loop. */
export function functionLoops(m: RuntimeModule, entry: number): boolean {
  const code = m.code;
  for (const i of collect(m, entry)) {
    const op = code[i] as Op;
    if ((op === Op.Jump || op === Op.JumpIf || op === Op.JumpIfNot) && code[i + 1] <= i) return true;
  }
  return false;
}

/**
 * Translate the function of module m at code address `entry` taking `nargs` arguments.
 * `builtins` names the VM's builtin functions (to recognise calls of known builtins).
 */
export function translate(m: RuntimeModule, entry: number, nargs: number, builtins: ReadonlyMap<Value, string> = new Map()): Translation {
  const code = m.code;
  const depth = m.depth!;
  const pcs = collect(m, entry);
  // basic blocks: the entry, jump targets, handlers, jump table slots, after branches
  const starts = new Set<number>([entry]);
  let hasTrap = false;
  let hasTailCall = false;
  let maxDepth = nargs;
  const selfTail: number[] = [];
  const inFunction = new Set(pcs);
  /** Calls and tail calls whose callee is a builtin loaded by the AccBuiltin just before: the builtin's name. */
  const knownCalls = new Map<number, string>();
  for (const i of pcs) {
    const op = code[i] as Op;
    const p = code[i + 1];
    if (op === Op.AccBuiltin && (code[i + 2] === Op.Call || code[i + 2] === Op.TailCall) && depth[i + 2] !== UNKNOWN) {
      const name = builtins.get(m.consts[p]);
      if (name !== undefined) knownCalls.set(i + 2, name);
    }
    maxDepth = Math.max(maxDepth, depth[i] + (op === Op.Push ? 1 : op === Op.Trap ? 6 : 0));
    if (op === Op.TailCall && (p & 7) === nargs) selfTail.push(i);
    switch (op) {
      case Op.Jump:
        starts.add(p);
        break;
      case Op.JumpIf:
      case Op.JumpIfNot:
        starts.add(p);
        starts.add(i + 2);
        break;
      case Op.Trap:
        hasTrap = true;
        starts.add(p);
        starts.add(i + 2);
        break;
      case Op.JumpTable:
        for (let k = 0; k <= p; k++) starts.add(i + 2 + 2 * k);
        break;
      case Op.TailCall:
        hasTailCall = true;
        break;
    }
  }
  const blockOf = new Map<number, number>();
  for (const i of pcs) if (starts.has(i)) blockOf.set(i, blockOf.size);
  // a call that is a jump target may get its callee from elsewhere
  for (const i of knownCalls.keys()) if (starts.has(i)) knownCalls.delete(i);
  /**
   * The primitive a call at i is expected to call: the value, at translation time, of the
   * builtin, global or global's field (a Haxe class's static, such as StringBuf's
   * buffer_add_char) the code loads just before the call, when it is a primitive of the
   * call's arity. Only a guess: emitCall tests the callee against it.
   */
  const prims: NekoFunction[] = [];
  /** Whether an instruction of the function starts at x and is op. */
  const instr = (x: number, op: Op) => inFunction.has(x) && code[x] === op;
  const primAt = (i: number, n: number): number => {
    let v: Value | undefined;
    if (code[i] === Op.Call && knownCalls.has(i)) v = m.consts[code[i - 1]];
    else if (code[i] === Op.Call && instr(i - 2, Op.AccGlobal)) v = m.globals[code[i - 1]];
    else if (code[i] === Op.ObjCall && instr(i - 2, Op.AccField) && instr(i - 3, Op.Push) && instr(i - 5, Op.AccGlobal)) {
      const o = m.globals[code[i - 4]];
      if (o instanceof NekoObject) v = findField(o, m.fieldKeys[code[i - 1]]);
    }
    if (!(v instanceof NekoFunction) || v.prim === null || v.nargs !== n) return -1;
    let k = prims.indexOf(v);
    if (k < 0) k = prims.push(v) - 1;
    return k;
  };
  /** The inline form of the known builtin called at i, if it has one for that many arguments. */
  const inlineAt = (i: number): InlineBuiltin | undefined => {
    const name = knownCalls.get(i);
    const b = name === undefined ? undefined : INLINE_BUILTINS.get(name);
    const n = code[i] === Op.TailCall ? code[i + 1] & 7 : code[i + 1];
    return b !== undefined && (b.nargs === n || b.nargs === -1) ? b : undefined;
  };
  /**
   * The AccBuiltins whose builtin the call after them names at translation time (an inline
   * form, $call): not emitted, the callee is K[..] where the call needs it. A keyed load of
   * K less, and no feedback-less load to deoptimise code reaching it for the first time.
   */
  const elided = new Set<number>();
  for (const i of knownCalls.keys()) if (inlineAt(i) !== undefined || (knownCalls.get(i) === "$call" && code[i] === Op.Call && code[i + 1] === 3)) elided.add(i - 2);
  /** The callee of the known call at i, as an expression. */
  const calleeAt = (i: number) => `K[${code[i - 1]}]`;
  const block = (pc: number): number => {
    const b = blockOf.get(pc);
    if (b === undefined) throw new Untranslatable("jump outside the function");
    return b;
  };
  /** Whether the field read at i gives the function of the call that follows it. */
  const method = (i: number) => (code[i + 2] === Op.ObjCall || code[i + 2] === Op.Call) && !starts.has(i + 2);
  const nextOf = (i: number) => i + (OPCODES[code[i] as Op].hasParam ? 2 : 1);
  // sparse int switches (switches.ts): one JS switch each, when the structure allows
  const folded = new Set<number>();
  const chainEdges: Edge[] = [];
  let chains = hasTrap ? [] : findCaseChains(code, pcs, depth, nextOf, folded, chainEdges);
  let plan = hasTrap ? null : planStructure(code, pcs, nextOf, entry, selfTail, folded, chainEdges);
  if (plan === null && chains.length > 0) {
    chains = [];
    plan = planStructure(code, pcs, nextOf, entry, selfTail);
  }
  const chainAt = new Map<number, CaseChain>();
  for (const c of chains) chainAt.set(c.start, c);
  const caseKeys: number[][] = [];
  const multi = plan === null && (blockOf.size > 1 || hasTailCall);
  /** The instruction emitted after i (null at the end). */
  const emitted = plan === null ? pcs : pcs.filter((i) => !plan.absorbed.has(i));
  const following = new Map<number, number>();
  for (let k = 0; k + 1 < emitted.length; k++) following.set(emitted[k], emitted[k + 1]);
  const jumpTables: number[][] = [];
  const out: string[] = [];
  /** Whether calls go through R.call (COMPACT_OPS). */
  const compact = pcs.length > COMPACT_OPS;
  const s = (k: number) => {
    if (k < 0) throw new Untranslatable("stack underflow");
    return "s" + k;
  };
  /** neko's sp at depth d, relative to the entry sp `base`. */
  const spAt = (d: number) => (d === nargs ? "base" : `base - ${d - nargs}`);
  /** A jump from instruction `from` to `to`, as a statement. */
  const jump = (from: number, to: number, fallthrough = true): string => {
    const charge = `if (--vm.fuel < 0) R.charge(M, ${from + 2});`;
    if (to <= from) return plan !== null ? `{ ${charge} continue l${to}; }` : `{ ${charge} pc = ${block(to)}; continue; }`;
    if (plan !== null) {
      if (fallthrough && following.get(from) === to) return ";";
      return `break b${to};`;
    }
    return multi ? `{ pc = ${block(to)}; continue; }` : "";
  };

  /** A call at depth d with n arguments from slot argFirst; neko's sp for it is at depth spDepth. */
  const emitCall = (i: number, spDepth: number, n: number, thisExpr: string, argFirst: number) => {
    const args: string[] = [];
    for (let k = 0; k < n; k++) args.push(s(argFirst + k));
    const a = args.length ? ", " + args.join(", ") : "";
    const ret = i + 2;
    const k = primAt(i, n);
    if (k >= 0) {
      // the expected primitive called here with the frame R.c<n> would push (so V8 can inline
      // it); anything else goes the general way
      out.push(
        `vm.sp = ${spAt(spDepth)};`,
        `if (acc === P${k}) { st[CSP + 1] = ${ret}; st[CSP + 4] = M; vm.csp = CSP + 4; if (vm.vthis !== ${thisExpr}) vm.vthis = ${thisExpr}; if (vm.env !== P${k}.env) vm.env = P${k}.env;`,
        `  if ((acc = p${k}(vm${a})) === undefined) throw R.primFailed(P${k}); vm.csp = CSP; }`,
        `else {`,
      );
    }
    emitGeneralCall(ret, spDepth, n, thisExpr, args, a);
    if (k >= 0) out.push("}");
  };

  /** emitCall's general case: any callee. */
  const emitGeneralCall = (ret: number, spDepth: number, n: number, thisExpr: string, args: string[], a: string) => {
    if (compact && n <= 3) {
      // (sp is an argument: a store into vm costs V8's baseline code a call of the store IC)
      out.push(`acc = R.call(M, ${ret}, ${spAt(spDepth)}, acc, ${thisExpr}, ${n}${a});`);
      return;
    }
    // a bytecode function already translated is called inline; the rest (untranslated,
    // primitives, wrong arity, not a function) goes through the runtime's call helpers
    const slow = n <= 5 ? `R.c${n}(M, ${ret}, acc, ${thisExpr}${a})` : `R.cn(M, ${ret}, acc, ${thisExpr}, [${args.join(", ")}])`;
    out.push(
      `vm.sp = ${spAt(spDepth)};`,
      `if (${isTranslated("acc")} && acc.nargs === ${n}) {`,
      `  if (--vm.fuel < 0 || CSP >= vm.cspLimit) R.charge(M, ${ret});`,
      `  st[CSP + 1] = ${ret}; st[CSP + 4] = M; vm.csp = CSP + 4;`,
      `  acc = j(${thisExpr}, acc.env${a});`,
      `  vm.jsUse = U;`,
      `  if (acc === TAIL) acc = R.tail();`,
      `  vm.csp = CSP;`,
      `} else acc = ${slow};`,
    );
  };

  /** A call of a builtin with an inline form: the inline case, else the call. */
  const emitInline = (i: number, d: number, n: number, b: InlineBuiltin) => {
    const args: string[] = [];
    for (let k = d - n; k < d; k++) args.push(s(k));
    const value = b.value(args);
    if (b.guard === null) {
      out.push(`acc = ${value};`);
      return;
    }
    const f = calleeAt(i);
    const call = n <= 5 ? `R.c${n}(M, ${i + 2}, ${f}, th${args.map((x) => ", " + x).join("")})` : `R.cn(M, ${i + 2}, ${f}, th, [${args.join(", ")}])`;
    out.push(`acc = ${b.guard(args)} ? ${value} : (vm.sp = ${spAt(d)}, ${call});`);
  };

  /**
   * +, -, * and / of the stack top and the accumulator, which holds the int k when k is not
   * null: ints and floats inline, the rest R.arith.
   */
  const emitArith = (op: Op, top: number, here: number, d: number, k: number | null) => {
    const x = s(top);
    const y = k === null ? "acc" : String(k);
    const int = op === Op.Add ? `(${x} + ${y}) | 0` : op === Op.Sub ? `(${x} - ${y}) | 0` : op === Op.Mult ? `Math.imul(${x}, ${y})` : `new NekoFloat(${x} / ${y})`;
    const f = ARITH[op]!;
    out.push(
      k === null ? `if (typeof acc === "number" && typeof ${x} === "number") acc = ${int};` : `if (typeof ${x} === "number") acc = ${int};`,
      k === null
        ? `else if (${isFloat("acc")} && ${isFloat(x)}) acc = (v = ${x}.v ${f} acc.v) === v ? new NekoFloat(v) : floatOf(v, ${x}, acc);`
        : `else if (${isFloat(x)}) acc = (v = ${x}.v ${f} ${k}) === v ? new NekoFloat(v) : floatOf(v, ${x}, ${k});`,
      `else acc = R.arith(M, ${here}, ${spAt(d)}, ${ARITH_NAMES[op]!}, ${x}, ${y});`,
    );
  };

  /** The switch of a case chain starting at i: an int picks its case at once, anything else R.caseOf's. */
  const emitCaseChain = (i: number, c: CaseChain) => {
    const x = s(c.slot);
    out.push(`c = typeof ${x} === "number" ? ${x} : R.caseOf(${spAt(c.eqDepth)}, ${x}, C.ck[${caseKeys.push(c.keys) - 1}]);`, "switch (c) {");
    // keys with the same exit share it
    const byExit = new Map<string, string[]>();
    c.keys.forEach((k, n) => {
      const e = c.exits[n];
      const key = `acc = ${e.acc}; ${jump(i, e.to, false)}`;
      const l = byExit.get(key);
      if (l === undefined) byExit.set(key, [`case ${k}:`]);
      else l.push(`case ${k}:`);
    });
    for (const [exit, labels] of byExit) out.push(`${labels.join(" ")} ${exit}`);
    out.push(`default: acc = ${c.none.acc}; ${jump(i, c.none.to, false)}`, "}");
  };

  /** The int the accumulator holds on entry to i when the instruction before loads a constant (and nothing jumps to i); else null. */
  const constAcc = (i: number): number | null =>
    !starts.has(i) && inFunction.has(i - 2) && (code[i - 2] === Op.AccInt || code[i - 2] === Op.AccInt32) ? code[i - 1] : null;

  const open: Construct[] = [];
  /** Close the constructs that end at or before address x (innermost first). */
  const closeUpTo = (x: number) => {
    while (open.length && open[open.length - 1].end <= x) {
      const c = open.pop()!;
      out.push(c.kind === "loop" ? `break l${c.target}; }` : "}");
    }
  };

  for (const i of pcs) {
    const op = code[i] as Op;
    const p = code[i + 1];
    const d = depth[i];
    const top = d - 1;
    const here = i + 1; // the pc the interpreter reports for one-word instructions
    const after = i + 2; // ... and for instructions with an operand
    if (multi && starts.has(i)) out.push(`case ${block(i)}:`);
    if (plan !== null) {
      if (plan.absorbed.has(i)) continue;
      closeUpTo(i);
      for (const c of plan.opens.get(i) ?? []) {
        out.push(c.kind === "loop" ? `l${c.target}: for (;;) {` : `b${c.target}: {`);
        open.push(c);
      }
    }
    const chain = chainAt.get(i);
    if (chain !== undefined) {
      emitCaseChain(i, chain);
      continue;
    }
    switch (op) {
      case Op.AccNull:
        out.push("acc = null;");
        break;
      case Op.AccTrue:
        out.push("acc = true;");
        break;
      case Op.AccFalse:
        out.push("acc = false;");
        break;
      case Op.AccThis:
        out.push("acc = th;");
        break;
      case Op.AccInt:
      case Op.AccInt32:
        out.push(`acc = ${p};`);
        break;
      case Op.AccStack0:
        out.push(`acc = ${s(top)};`);
        break;
      case Op.AccStack1:
        out.push(`acc = ${s(top - 1)};`);
        break;
      case Op.AccStack:
        out.push(`acc = ${s(top - p)};`);
        break;
      case Op.AccGlobal:
        out.push(`acc = G[${p}];`);
        break;
      case Op.AccEnv:
        out.push(`if (${p} >= env.length) throw R.error(M, ${after}, ${spAt(d)}, "Reading Outside Env");`, `acc = env[${p}];`);
        break;
      case Op.AccField: {
        const key = JSON.stringify(m.fieldKeys[p]);
        const id = m.fieldIds[p];
        out.push(
          // a method (the field called next) is usually in the prototype: probe that too
          method(i)
            ? `acc = ${isObject("acc")} && ((v = v[${key}]) !== undefined || (acc.proto !== null && (v = acc.proto.t[${key}]) !== undefined)) ? v : R.field(M, ${after}, ${spAt(d)}, acc, ${key}, ${id});`
            : `acc = ${isObject("acc")} && (v = v[${key}]) !== undefined ? v : R.field(M, ${after}, ${spAt(d)}, acc, ${key}, ${id});`,
        );
        break;
      }
      case Op.AccArray:
        out.push(
          `if (typeof acc === "number" && Array.isArray(${s(top)})) { v = ${s(top)}[acc]; acc = v === undefined ? null : v; }`,
          // an object's __get: looked up here (own table, then the prototype's) for V8's inline
          // caches, and a translated one called here, where V8 can inline it
          `else if (${isObject(s(top))} && (v = ${probe(s(top), KEY_GET)}, ${isTranslated("v")}) && v.nargs === 1 && R.enterNative(M, ${here}, ${spAt(d)}, 1))`,
          `  acc = R.leaveNative(j(${s(top)}, v.env, acc), U, CSP, ${spAt(d)});`,
          `else if (${s(top)} instanceof NekoObject) acc = R.agetF(M, ${here}, ${spAt(d)}, ${s(top)}, acc, v);`,
          `else acc = R.slow(M, ${here}, ${spAt(d)}, R.getArray, ${s(top)}, acc);`,
        );
        break;
      case Op.AccIndex0:
      case Op.AccIndex1:
      case Op.AccIndex: {
        const n = op === Op.AccIndex0 ? 0 : op === Op.AccIndex1 ? 1 : p;
        const pc = op === Op.AccIndex ? after : here;
        out.push(`if (Array.isArray(acc)) acc = ${n} < acc.length ? acc[${n}] : null;`, `else acc = R.slow(M, ${pc}, ${spAt(d)}, R.getIndex, acc, ${n});`);
        break;
      }
      case Op.AccBuiltin:
        if (!elided.has(i)) out.push(`acc = K[${p}];`);
        break;
      case Op.SetStack:
        out.push(`${s(top - p)} = acc;`);
        break;
      case Op.SetGlobal:
        out.push(`G[${p}] = acc;`);
        break;
      case Op.SetEnv:
        out.push(`if (${p} >= env.length) throw R.error(M, ${after}, ${spAt(d)}, "Writing Outside Env");`, `env[${p}] = acc;`);
        break;
      case Op.SetField: {
        const key = JSON.stringify(m.fieldKeys[p]);
        out.push(`if (${isObject(s(top))}) v[${key}] = acc;`, `else throw R.fieldError(M, ${after}, ${spAt(d)}, ${m.fieldIds[p]});`);
        break;
      }
      case Op.SetArray:
        out.push(
          `if (Array.isArray(${s(top)}) && typeof ${s(top - 1)} === "number") { if (${s(top - 1)} >= 0 && ${s(top - 1)} < ${s(top)}.length) ${s(top)}[${s(top - 1)}] = acc; }`,
          `else if (${isObject(s(top))} && (v = ${probe(s(top), KEY_SET)}, ${isTranslated("v")}) && v.nargs === 2 && R.enterNative(M, ${here}, ${spAt(d)}, 2))`,
          `  R.leaveNative(j(${s(top)}, v.env, ${s(top - 1)}, acc), U, CSP, ${spAt(d)});`,
          `else if (${s(top)} instanceof NekoObject) acc = R.asetF(M, ${here}, ${spAt(d)}, ${s(top)}, ${s(top - 1)}, acc, v);`,
          `else acc = R.slowSet(M, ${here}, ${spAt(d)}, ${s(top)}, ${s(top - 1)}, acc);`,
        );
        break;
      case Op.SetIndex:
        out.push(
          `if (Array.isArray(${s(top)})) { if (${p} < ${s(top)}.length) ${s(top)}[${p}] = acc; }`,
          `else if (${s(top)} instanceof NekoObject) acc = R.slowSet(M, ${here}, ${spAt(d)}, ${s(top)}, ${p}, acc);`,
          `else throw R.error(M, ${after}, ${spAt(d)}, "Invalid array access");`,
        );
        break;
      case Op.SetThis:
        out.push("th = acc;");
        break;
      case Op.Push:
        out.push(`${s(d)} = acc;`);
        break;
      case Op.Pop:
      case Op.Loop:
        break;
      case Op.Call: {
        const name = knownCalls.get(i);
        const inline = inlineAt(i);
        if (inline !== undefined) emitInline(i, d, p, inline);
        else if (name === "$call" && p === 3) {
          // $call(f, ctx, args) (how Haxe's constructors run __construct__): a translated f of
          // up to 3 arguments is called here, with the frames the builtin's callEx would push
          // (R.enterNative), where V8 can inline it; the rest goes through R.callv
          const [f, ctx, args] = [s(d - 3), s(d - 2), s(d - 1)];
          out.push(
            `vm.sp = ${spAt(d)};`,
            `if (${isTranslated(f)} && Array.isArray(${args}) && ${f}.nargs === ${args}.length && ${args}.length <= 3 && R.enterNative(M, ${i + 2}, ${spAt(d)}, ${args}.length))`,
            `  acc = R.leaveNative(j(${ctx}, ${f}.env, ${args}[0], ${args}[1], ${args}[2]), U, CSP, ${spAt(d)});`,
            `else acc = R.callv(M, ${i + 2}, ${calleeAt(i)}, th, ${f}, ${ctx}, ${args});`,
          );
        } else emitCall(i, d, p, "th", d - p);
        break;
      }
      case Op.ObjCall:
        emitCall(i, d - 1, p, s(top), d - 1 - p);
        break;
      case Op.Apply: {
        const args: string[] = [];
        for (let k = d - p; k < d; k++) args.push(s(k));
        out.push(`vm.sp = ${spAt(d)};`, `acc = R.apply(M, ${after}, acc, th, [${args.join(", ")}]);`);
        break;
      }
      case Op.TailCall: {
        const n = p & 7;
        const args: string[] = [];
        for (let k = d - n; k < d; k++) args.push(s(k));
        const name = knownCalls.get(i);
        const inline = inlineAt(i);
        if (inline !== undefined) {
          // Haxe's `return $sget(s, i)`: the builtin's inline case, else the tail call
          if (inline.guard === null) {
            out.push(`return ${inline.value(args)};`);
            break;
          }
          out.push(`if (${inline.guard(args)}) return ${inline.value(args)};`, `acc = ${calleeAt(i)};`);
        }
        if (n === nargs && name === undefined) {
          // a call of this very function: a jump back to its start
          out.push(`if (acc?.module === M && acc.addr === ${entry} && acc.nargs === ${n} && acc.prim === null) {`);
          out.push(`  vm.sp = ${spAt(d)}; if (--vm.fuel < 0 || CSP - 4 >= vm.cspLimit) R.charge(M, ${i + 2});`);
          out.push(`  env = acc.env;`);
          if (n > 0) {
            out.push(`  ${args.map((a, k) => `t${k} = ${a}`).join(", ")};`);
            out.push("  " + args.map((_, k) => `s${k} = t${k};`).join(" "));
          }
          out.push(plan !== null ? `  continue l${entry};` : `  pc = ${block(entry)}; continue;`, `}`);
        }
        out.push(`vm.sp = base + ${nargs - n}; vm.tcF = acc; vm.tcThis = th; vm.tcArgs = [${args.join(", ")}];`, `return TAIL;`);
        break;
      }
      case Op.Jump:
        out.push(jump(i, p));
        break;
      case Op.JumpIf:
        out.push(`if (acc === true) ${jump(i, p)}`);
        break;
      case Op.JumpIfNot:
        out.push(`if (acc !== true) ${jump(i, p)}`);
        break;
      case Op.Trap: {
        // the handler's block number goes where neko keeps the handler's pc
        const tp = `base - ${d + 6 - nargs}`;
        // the record in vm.vals, where neko's slot tp + k is at STACK_SIZE - tp - k
        out.push(
          `{ v = R.STACK_SIZE - (${tp}); vm.ensureVals(R.STACK_SIZE - v); vs[v] = CSP; vs[v - 1] = th; vs[v - 2] = env; vs[v - 3] = ${block(p)}; vs[v - 4] = M.handle; vs[v - 5] = vm.trap; vm.trap = v; }`,
        );
        break;
      }
      case Op.EndTrap: {
        const tp = `base - ${d - nargs}`;
        out.push(
          `if (vm.trap !== R.STACK_SIZE - (${tp})) throw R.error(M, ${here}, ${tp}, "Invalid End Trap");`,
          `{ v = R.STACK_SIZE - (${tp}); vm.trap = vs[v - 5]; vs[v] = vs[v - 1] = vs[v - 2] = vs[v - 4] = null; }`,
        );
        break;
      }
      case Op.Ret:
      case Op.Last:
        out.push("return acc;");
        break;
      case Op.MakeEnv: {
        const vals: string[] = [];
        for (let k = d - p; k < d; k++) vals.push(s(k));
        out.push(`acc = R.makeEnv(M, ${after}, ${spAt(d - p)}, acc, [${vals.join(", ")}]);`);
        break;
      }
      case Op.MakeArray: {
        const vals = ["acc"];
        for (let k = d - p; k < d; k++) vals.push(s(k));
        out.push(`acc = [${vals.join(", ")}];`);
        break;
      }
      case Op.MakeArray2: {
        const vals: string[] = [];
        for (let k = d - p; k < d; k++) vals.push(s(k));
        vals.push("acc");
        out.push(`acc = [${vals.join(", ")}];`);
        break;
      }
      // JS truthiness is neko's on every value (false, null and 0 are the only falsy ones:
      // ints are never NaN, strings are NekoString objects). A chain of === tests would
      // deoptimise the function the first time a value passes the first tests (V8 has no
      // feedback for the last one): json's parser did so after 3500 documents
      case Op.Bool:
        out.push("acc = !!acc;");
        break;
      case Op.Not:
        out.push("acc = !acc;");
        break;
      case Op.IsNull:
        out.push("acc = acc === null;");
        break;
      case Op.IsNotNull:
        out.push("acc = acc !== null;");
        break;
      case Op.Add:
      case Op.Sub:
      case Op.Mult:
      case Op.Div:
        emitArith(op, top, here, d, constAcc(i));
        break;
      case Op.Mod:
        out.push(
          `if (typeof acc === "number" && typeof ${s(top)} === "number" && acc !== 0) acc = ${s(top)} % acc | 0;`,
          `else acc = R.slowNum(M, ${here}, ${spAt(d)}, R.MOD, ${s(top)}, acc);`,
        );
        break;
      case Op.Shl:
      case Op.Shr:
      case Op.UShr:
      case Op.Or:
      case Op.And:
      case Op.Xor: {
        const o = INT_OPS[op]!;
        const e = op === Op.UShr ? `(${s(top)} >>> acc) | 0` : `${s(top)} ${o} acc`;
        out.push(
          `if (typeof acc !== "number" || typeof ${s(top)} !== "number") throw R.error(M, ${here}, ${spAt(d)}, "Invalid operation (${o})");`,
          `acc = ${e};`,
        );
        break;
      }
      case Op.Eq:
      case Op.Neq:
      case Op.Gt:
      case Op.Gte:
      case Op.Lt:
      case Op.Lte: {
        const [intOp, cmp] = CMP_OPS[op]!;
        const k = constAcc(i);
        if (k !== null) {
          // x op k: ints and floats compare as JS numbers do (a NaN is unordered and unequal)
          out.push(
            `if (typeof ${s(top)} === "number") acc = ${s(top)} ${intOp} ${k};`,
            `else if (${isFloat(s(top))}) acc = ${s(top)}.v ${intOp} ${k};`,
            `else { c = R.compare(${spAt(d)}, ${s(top)}, ${k}); acc = ${cmp}; }`,
          );
          break;
        }
        out.push(
          `if (typeof acc === "number" && typeof ${s(top)} === "number") acc = ${s(top)} ${intOp} acc;`,
          `else { c = R.compare(${spAt(d)}, ${s(top)}, acc); acc = ${cmp}; }`,
        );
        break;
      }
      case Op.TypeOf:
        out.push("acc = R.typeOf(acc);");
        break;
      case Op.Compare:
        out.push(`{ c = R.compare(${spAt(d)}, ${s(top)}, acc); acc = c === R.INVALID ? null : c; }`);
        break;
      case Op.PhysCompare:
        out.push(`acc = R.physCompare(${s(top)}, acc);`);
        break;
      case Op.Hash:
        out.push(`acc = R.hash(M, ${here}, ${spAt(d)}, acc);`);
        break;
      case Op.New:
        out.push(`acc = acc === null ? new NekoObject() : R.newObject(${spAt(d)}, acc);`);
        break;
      case Op.JumpTable: {
        if (plan !== null) {
          const cases: string[] = [];
          for (let k = 0; k < p; k++) cases.push(`case ${k}: ${jump(i, code[i + 3 + 2 * k], false)}`);
          if (p > 0) out.push(`if (typeof acc === "number" && acc >= 0 && acc < ${p}) switch (acc) { ${cases.join(" ")} }`);
          break;
        }
        const t: number[] = [];
        for (let k = 0; k < p; k++) t.push(block(i + 2 + 2 * k));
        out.push(`pc = typeof acc === "number" && acc >= 0 && acc < ${p} ? C.jt[${jumpTables.length}][acc] : ${block(i + 2 + 2 * p)}; continue;`);
        jumpTables.push(t);
        break;
      }
      default:
        throw new Untranslatable("opcode " + op);
    }
  }

  if (plan !== null) {
    closeUpTo(Infinity);
    // falling off the end cannot happen in verified code (every path ends with Ret/TailCall/Last)
  }
  let temps = "";
  for (let k = 0; k < nargs; k++) temps += `, t${k}`;
  const params = ["th", "env"];
  for (let k = 0; k < nargs; k++) params.push("s" + k);
  const locals: string[] = [];
  for (let k = nargs; k < maxDepth; k++) locals.push(`s${k} = null`);
  const head = [
    // strict, as all of nekovm's code (measured: no faster or slower than sloppy)
    `"use strict";`,
    `var vm = C.vm, M = C.M, G = C.G, K = C.K, R = C.R, TAIL = C.TAIL, NekoObject = C.NekoObject, NekoFloat = C.NekoFloat, floatOf = C.floatOf, EMPTY_ARRAY = C.EMPTY_ARRAY, st = vm.stack, vs = vm.vals;`,
    `return (function f${entry}(${params.join(", ")}) {`,
    `const base = vm.sp, CSP = vm.csp, U = vm.jsUse + ${frameBytes(maxDepth) + (compact ? CALL_HELPER_BYTES : 0)}${hasTrap ? ", ND = vm.nativeDepth" : ""};`,
    `if (base - CSP <= ${maxDepth - nargs + 8} || U > vm.jsBudget) return R.interpBody(M, ${entry}, th, env, [${params.slice(2).join(", ")}]);`,
    `vm.jsUse = U;`,
    `let acc = null, v, c, j${temps}${locals.length ? ", " + locals.join(", ") : ""};`,
  ];
  let body: string[];
  if (!multi) body = out;
  else if (!hasTrap) body = [`let pc = ${block(entry)};`, "for (;;) switch (pc) {", ...out, "}"];
  else
    body = [
      `let pc = ${block(entry)};`,
      "for (;;) {",
      "try {",
      "switch (pc) {",
      ...out,
      "}",
      "} catch (e) {",
      "const h = R.handler(e, base);",
      // native levels the exception left counted (R.enterNative, VM.enterShort: no finally)
      "pc = vs[h - 3]; th = vs[h - 1]; env = vs[h - 2]; acc = R.exc; vm.jsUse = U; vm.nativeDepth = ND;",
      "}",
      "}",
    ];
  for (let k = 0; k < prims.length; k++) head[1] += ` const P${k} = C.P[${k}], p${k} = P${k}.prim;`;
  const source = [...head, ...body, "});"].join("\n");
  return { source, jumpTables, caseKeys, maxDepth, prims };
}
