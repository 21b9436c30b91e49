// The VM state (neko vm/vm.h struct _neko_vm) and the calls from native code into Neko
// (vm/callback.c val_callEx). One VM holds everything: no global state is shared between VMs.
//
// The stack mirrors neko's: one array, value slots growing down from the top (sp) and call
// frames growing up from the bottom (csp, 4 slots a frame: return pc, env, this, module).
// Its size is neko's MAX_STACK_SIZE, so "Stack Overflow" happens at the same depth.

import { hashName, hashText } from "../value/hash.js";
import { fieldKey, getField } from "../value/object.js";
import type { Runtime } from "../value/runtime.js";
import { latin1, str, StringTooLong } from "../value/string.js";
import { EMPTY_ARRAY, NekoFunction, NekoObject, NekoString, type Value } from "../value/value.js";
import { NekoExit, NekoThrow, makeFailure } from "./errors.js";
import type { RuntimeModule } from "./module.js";
import type { Host } from "../host/host.js";
import { flushStack } from "./trace.js";
import { TAIL } from "./tail.js";
import { LimitExceeded, limitMessage } from "../value/limits.js";

/** neko MAX_STACK_SIZE: slots for values and call frames together. */
export const STACK_SIZE = 1 << 18;

/**
 * Frame slots kept free beyond cspLimit: the frames pushed without a check of their own
 * (positions of runtime errors and primitive calls, native frames) above a checked one.
 */
const FRAME_MARGIN = 256;

/**
 * Value slots writable below an sp above valsFloor: more than a function's pushes, a trap,
 * or the arguments of a call (at most 255).
 */
const VALS_MARGIN = 1024;

/** Native (JS) nesting allowed before "C Stack Overflow" (neko measures its C stack). */
export const MAX_NATIVE_DEPTH = 2000;

/** Fuel granted when no budget is set: chargeBudget() just refills it (about once per 2^30 steps). */
export const FUEL_UNLIMITED = 1 << 30;

/** Steps between two clock readings when a time budget is set. */
export const FUEL_CHUNK = 10000;

/** The interpreter entry, installed by interp.ts (breaks an import cycle). */
export type InterpFn = (vm: VM, m: RuntimeModule, acc: Value, pc: number, baseCsp?: number, tailOut?: boolean) => Value;

/** What the VM needs of the fast tier (src/jit/runtime.ts JitRuntime). */
export interface JitTier {
  /** Call bytecode function f under the frame just pushed, vm.sp counting the pushed args. */
  enter(f: NekoFunction, th: Value, args: Value[]): Value;
  /** Run the tail calls pending since a translated function returned TAIL. */
  tail(): Value;
  /** Run module m's top-level code. */
  runTop(m: RuntimeModule): Value;
}

export interface PrintSink {
  (bytes: Uint8Array): void;
}

export class VM implements Runtime {
  /**
   * neko's stack is one array of STACK_SIZE slots: call frames from the bottom (csp) and
   * values from the top (sp). Here they are two arrays that grow as used, so a VM does not
   * start by allocating 2 MB (about 3 ms of page faults at every start-up): `stack` holds
   * the frames at their neko index, `vals` the values at STACK_SIZE minus their neko index.
   * The indices, and so sp, csp, the traps and Stack Overflow, are neko's. Code that writes
   * values below an sp that translated code may have moved (it leaves its slots unwritten)
   * calls ensureVals(sp) first: JS arrays written far past their end go slow. Only slots
   * written before are read.
   */
  readonly stack: Value[] | any[];
  readonly vals: Value[];
  /** Index of the top value slot (STACK_SIZE when empty). */
  sp = STACK_SIZE;
  /** Index of the last used frame slot (-1 when empty). */
  csp = -1;
  /** Current trap as a distance from the top of the stack (0: none). */
  trap = 0;
  vthis: Value = null;
  env: Value[] = EMPTY_ARRAY;
  /** $excstack: where the last exception was raised, outermost first. */
  excStack: Value[] = EMPTY_ARRAY;
  /** $setresolver's function, called for missing fields. */
  resolver: NekoFunction | null = null;
  /** Field id -> name, for printing objects and $field (neko's global field table, per VM here). */
  readonly fieldNames = new Map<number, NekoString>();
  /** Builtins by field id ($print, $array...). */
  readonly builtins = new Map<number, Value>();
  /** Where $print writes. */
  print: PrintSink;
  /** Nesting of native calls into Neko code. */
  nativeDepth = 0;
  /** Files, stdio, environment (set by NekoVM). */
  host!: Host;
  /** The function $print returns (neko_builtins[1]). */
  printAgain: NekoFunction | null = null;
  /** Set by interp.ts. */
  interp!: InterpFn;
  /** The fast tier (src/jit), or null: everything runs in the interpreter (-interp). */
  jit: JitTier | null = null;
  /**
   * JS stack bytes that translated frames may use (estimated, see src/jit/translate.ts
   * frameBytes); past it calls run in the interpreter, which does not recurse in JS. The
   * default suits Node's default stack (984 KB); bin/neko runs with a larger one.
   */
  jsBudget = 480_000;
  /** JS stack bytes in use by translated frames and interpreter re-entries. */
  jsUse = 0;
  /** A tail call a translated function left to its caller (see src/jit/runtime.ts tail()). */
  tcF: Value = null;
  tcThis: Value = null;
  tcArgs: Value[] | null = null;

  // ---- embedder limits (src/api/limits.ts); see chargeBudget ----

  /**
   * Steps left before the running tier must call chargeBudget(). Every tier decrements it
   * at each backward jump and each call of bytecode; it is large when no budget is set.
   */
  fuel = FUEL_UNLIMITED;
  /**
   * chargeBudget() must run when csp reaches this: the embedder's call-depth limit
   * (depthLimit), or the end of the frames array, which chargeBudget then grows. Every tier
   * checks it before pushing a call's frame, so the array grows at no cost on the calls.
   */
  cspLimit = 1024 - FRAME_MARGIN;
  /** The embedder's call-depth limit as a csp; STACK_SIZE: none (setDepthLimit). */
  private depthLimit = STACK_SIZE;
  /**
   * While sp stays above this, the VALS_MARGIN value slots below sp are inside `vals`. The
   * interpreter's calls check it with the budget (chargeBudget grows `vals`); other writers
   * call ensureVals.
   */
  valsFloor = STACK_SIZE - 4096 + VALS_MARGIN;
  /** Largest array (elements) or string (bytes) one allocation may make; Infinity: none. */
  maxAlloc = Infinity;
  /** The budget in force, or null: steps left beyond the current fuel, and a deadline (ms). */
  budget: { steps: number; deadline: number } | null = null;

  constructor(print: PrintSink) {
    this.stack = new Array(1024).fill(null);
    this.vals = new Array(4096).fill(null);
    this.print = print;
  }

  /** Make the VALS_MARGIN value slots below sp writable (see valsFloor). */
  ensureVals(sp: number): void {
    if (sp > this.valsFloor) return;
    const vs = this.vals;
    const need = Math.min(STACK_SIZE + 1, Math.max(2 * vs.length, STACK_SIZE - sp + 2 * VALS_MARGIN));
    while (vs.length < need) vs.push(null);
    this.valsFloor = STACK_SIZE - vs.length + VALS_MARGIN;
  }

  /**
   * Pop the value slots from neko index sp up to (not including) top back to null, then
   * set sp to top. Only slots inside `vals` are cleared: translated frames below leave
   * theirs unwritten, and the array may never have reached them.
   */
  popVals(top: number): void {
    const vs = this.vals;
    for (let i = Math.max(this.sp, STACK_SIZE - vs.length + 1); i < top; i++) vs[STACK_SIZE - i] = null;
    this.sp = top;
  }

  /** Set the embedder's call-depth limit (a csp). */
  setDepthLimit(csp: number): void {
    this.depthLimit = csp;
    this.cspLimit = Math.min(csp, this.stack.length - FRAME_MARGIN);
  }

  /** Double the frames array (up to the whole stack) and move cspLimit with it. */
  private growFrames(): void {
    const st = this.stack;
    const need = Math.min(STACK_SIZE + FRAME_MARGIN, Math.max(2 * st.length, this.csp + 2 * FRAME_MARGIN));
    while (st.length < need) st.push(null);
    this.cspLimit = Math.min(this.depthLimit, st.length - FRAME_MARGIN);
  }

  /**
   * The budget check every tier runs at backward jumps and calls, as
   * `if (--vm.fuel < 0 || vm.csp >= vm.cspLimit) vm.chargeBudget()` (with vm.sp/vm.csp
   * written back first). Refills the fuel, or throws LimitExceeded (which no Neko trap
   * catches) when the step budget, the deadline or the call depth is exceeded.
   */
  chargeBudget(): void {
    if (this.csp >= this.cspLimit) {
      if (this.csp >= this.depthLimit) throw new LimitExceeded("depth", limitMessage("depth"));
      this.growFrames();
    }
    this.ensureVals(this.sp);
    if (this.fuel >= 0) return;
    const b = this.budget;
    if (b === null) {
      this.fuel = FUEL_UNLIMITED;
      return;
    }
    if (b.deadline !== Infinity && this.host.now() > b.deadline) throw new LimitExceeded("time", limitMessage("time"));
    if (b.steps <= 0) throw new LimitExceeded("steps", limitMessage("steps"));
    const grant = Math.min(b.steps, b.deadline !== Infinity ? FUEL_CHUNK : FUEL_UNLIMITED);
    b.steps -= grant;
    this.fuel = grant - 1;
  }

  /** Start a budget of `steps` steps (backward jumps and calls) and `ms` milliseconds (Infinity: none). */
  setBudget(steps: number, ms: number): void {
    if (steps === Infinity && ms === Infinity) {
      this.budget = null;
      this.fuel = FUEL_UNLIMITED;
      return;
    }
    this.budget = { steps, deadline: ms === Infinity ? Infinity : this.host.now() + ms };
    this.fuel = 0; // the first step calls chargeBudget, which grants fuel
  }

  /** The check of every allocation an embedder can bound ($amake, $smake, +, $aconcat, buffers). */
  checkAlloc(n: number): void {
    if (n > this.maxAlloc) throw new LimitExceeded("alloc", limitMessage("alloc"));
  }

  /** neko val_id: the id of a name, registering it; a different name with the same id is a failure. */
  fieldId(name: NekoString | Uint8Array | string): number {
    // the name as text of one char per byte (a JS name in UTF-8)
    const t = name instanceof NekoString ? name.text() : typeof name === "string" ? str(name).text() : latin1(name);
    const id = hashText(t);
    let end = t.indexOf("\0");
    if (end < 0) end = t.length;
    const known = this.fieldNames.get(id);
    if (known === undefined) this.fieldNames.set(id, NekoString.of(end === t.length ? t : t.slice(0, end)));
    else {
      const kt = known.text();
      if (kt.length !== end || !t.startsWith(kt)) throw this.failure(NekoString.of("Field conflict between " + kt + " and " + t.slice(0, end)), "others.c", 440);
    }
    return id;
  }

  fieldName(id: number): NekoString | null {
    return this.fieldNames.get(id) ?? null;
  }

  /** The JS key of a name's field, registering the name. */
  key(name: string): string {
    return fieldKey(this.fieldId(name));
  }

  /** neko val_throw: a fresh exception stack, then unwind to the nearest trap. */
  throwValue(v: Value): NekoThrow {
    this.excStack = EMPTY_ARRAY;
    return new NekoThrow(v);
  }

  throwString(s: string): NekoThrow {
    return this.throwValue(str(s));
  }

  /** neko failure(): an exception object { msg, file, line, __string }. */
  failure(msg: string | NekoString, file: string, line: number): NekoThrow {
    return this.throwValue(makeFailure(this, typeof msg === "string" ? str(msg) : msg, file, line));
  }

  /**
   * neko val_callEx without exception capture: call f with `thisv` (undefined keeps the
   * current this) and args. Exceptions propagate as NekoThrow.
   */
  callEx(thisv: Value | undefined, f: Value, args: Value[]): Value {
    const oldThis = this.vthis;
    const oldEnv = this.env;
    if (thisv !== undefined) this.vthis = thisv;
    if (this.nativeDepth >= MAX_NATIVE_DEPTH) throw this.throwString("C Stack Overflow");
    if (!(f instanceof NekoFunction)) throw this.throwString("Invalid call");
    const nargs = args.length;
    let ret: Value;
    const depth = this.nativeDepth;
    this.nativeDepth = depth + 1;
    try {
      if (f.prim !== null) {
        this.env = f.env;
        let r: Value | undefined;
        if (nargs === f.nargs) {
          if (nargs > 5) throw this.failure("Too many arguments for a call", "callback.c", 72);
          r = f.prim(this, ...args);
        } else if (f.nargs === -1) {
          r = f.prim(this, args);
        } else throw this.throwString("Invalid call");
        if (r === undefined) throw this.throwValue(str(f.name));
        ret = r;
      } else {
        if (nargs !== f.nargs) throw this.throwString("Invalid call");
        if (this.csp + 4 >= this.sp - nargs) throw this.failure("Stack Overflow", "callback.c", 107);
        if (--this.fuel < 0 || this.csp >= this.cspLimit) this.chargeBudget();
        const st = this.stack;
        this.env = f.env;
        // a frame whose module is null: returning to native code
        st[++this.csp] = -1;
        st[++this.csp] = null;
        st[++this.csp] = null;
        st[++this.csp] = null;
        if (this.jit !== null && this.jsUse < this.jsBudget) {
          // the arguments' slots are not written: translated code has them in locals
          // (R.interpBody writes them when it falls back to the interpreter); it leaves vm.sp
          // anywhere below the sp it was called with
          const sp = this.sp;
          this.sp = sp - nargs;
          ret = this.jit.enter(f, this.vthis, args);
          this.csp -= 4;
          this.sp = sp;
        } else {
          const vs = this.vals;
          this.ensureVals(this.sp);
          for (let n = 0; n < nargs; n++) vs[STACK_SIZE - --this.sp] = args[n];
          ret = this.interp(this, f.module, null, f.addr, this.csp - 4);
        }
      }
    } finally {
      // set, not decremented: the native calls of translated code and callShort count a
      // level without a finally of their own (see JitRuntime.enterNative)
      this.nativeDepth = depth;
    }
    this.vthis = oldThis;
    this.env = oldEnv;
    return ret;
  }

  /**
   * callEx(thisv, f, [a, b].slice(0, n)) for n <= 2 when f is an already translated bytecode
   * function taking n and the call can start (callbacks of primitives: __string, __compare,
   * sort comparators), without an arguments array; undefined, having done nothing, in any
   * other case, errors included, which the caller then passes to callEx. (Calling callEx from
   * here would put one more JS frame in every level of a recursion through callbacks.)
   */
  callShort(thisv: Value | undefined, f: Value, n: number, a: Value, b: Value): Value | undefined {
    const csp = this.csp;
    const sp = this.sp;
    const th = this.vthis;
    const env = this.env;
    const use = this.jsUse;
    if (!this.enterShort(f, n)) return undefined;
    // a callee of fewer parameters ignores the extra arguments
    return this.leaveShort(f.jit(thisv === undefined ? th : thisv, f.env, a, b), use, csp, sp, th, env);
  }

  /**
   * callShort in two halves, for a primitive that makes the call itself so that the call
   * site is its own (merge_sort: V8 then inlines the comparator). enterShort makes
   * callShort's checks, pushes its native frame, sets sp below the n arguments and counts
   * the native level; false (nothing done) when callShort would give undefined. The caller
   * then calls f.jit(this, f.env, ...) and gives the result to leaveShort with the jsUse,
   * csp, sp, vthis and env it read before enterShort.
   *
   * Translated code takes this and env as arguments, so vthis and env are not set for it;
   * leaveShort puts them back only if the callee changed them (calling a primitive): each
   * store of an object into the VM costs a GC write barrier. The arguments' slots are not
   * written either: translated code has them in locals (R.interpBody writes them when it
   * falls back to the interpreter). There is no finally for the native level: whatever
   * catches an exception sets nativeDepth back (see JitRuntime.enterNative).
   */
  enterShort(f: Value, n: number): f is NekoFunction {
    const csp = this.csp;
    const sp = this.sp;
    // (a primitive's jit is null)
    if (
      !(f instanceof NekoFunction) ||
      f.nargs !== n ||
      f.jit === null ||
      this.jit === null ||
      this.jsUse >= this.jsBudget ||
      this.nativeDepth >= MAX_NATIVE_DEPTH ||
      csp + 4 >= sp - n
    )
      return false;
    if (--this.fuel < 0 || csp >= this.cspLimit) this.chargeBudget();
    const st = this.stack;
    this.sp = sp - n;
    // a frame whose module is null: returning to native code
    st[csp + 1] = -1;
    st[csp + 2] = st[csp + 3] = st[csp + 4] = null;
    this.csp = csp + 4;
    this.nativeDepth++;
    return true;
  }

  /** The second half of callShort: the call made after enterShort returned r. */
  leaveShort(r: Value, use: number, csp: number, sp: number, th: Value, env: Value[]): Value {
    this.jsUse = use;
    if (r === TAIL) r = this.jit!.tail();
    this.nativeDepth--;
    this.csp = csp;
    this.sp = sp;
    if (this.vthis !== th) this.vthis = th;
    if (this.env !== env) this.env = env;
    return r;
  }

  /** Call f(args) keeping the current `this` (neko val_callN). */
  call(f: Value, args: Value[]): Value {
    return this.callEx(undefined, f, args);
  }

  /**
   * neko val_callEx with an exception pointer: the call runs under a trap, and an exception
   * comes back as { exc } with $excstack filled, as the neko executable reports it.
   */
  callCatch(thisv: Value | undefined, f: Value, args: Value[]): { ok: true; value: Value } | { ok: false; exc: Value } {
    const oldThis = this.vthis;
    const oldEnv = this.env;
    const oldUse = this.jsUse;
    // neko_setup_trap
    this.sp -= 6;
    if (this.sp <= this.csp) {
      this.sp += 6;
      return { ok: false, exc: str("Stack Overflow") };
    }
    const trapAt = this.sp;
    // the record's slots at trapAt .. trapAt + 5, in vals at STACK_SIZE - trapAt - k
    const t = STACK_SIZE - trapAt;
    this.ensureVals(trapAt);
    const vs = this.vals;
    vs[t] = this.csp;
    vs[t - 1] = this.vthis;
    vs[t - 2] = this.env;
    vs[t - 3] = -1;
    vs[t - 4] = null;
    vs[t - 5] = this.trap;
    this.trap = t;
    try {
      const value = this.callEx(thisv, f, args);
      this.processTrap();
      this.vthis = oldThis;
      this.env = oldEnv;
      return { ok: true, value };
    } catch (e) {
      const exc = asNekoThrow(this, e);
      this.processTrap();
      this.vthis = oldThis;
      this.env = oldEnv;
      this.jsUse = oldUse;
      return { ok: false, exc: exc.value };
    }
  }

  /** neko_process_trap: pop the innermost trap, recording the frames above it in $excstack. */
  processTrap(): void {
    if (this.trap === 0) return;
    const vs = this.vals;
    const t = this.trap;
    const trap = STACK_SIZE - t;
    const csp = vs[t] as number;
    this.excStack = flushStack(this, this.csp, csp, this.excStack);
    this.csp = csp;
    this.vthis = vs[t - 1];
    this.env = vs[t - 2] as Value[];
    this.trap = vs[t - 5] as number;
    if (this.sp < trap + 6) this.popVals(trap + 6);
  }

  /** A primitive function value (neko alloc_function). */
  primitive(name: string, nargs: number, fn: (vm: VM, ...args: any[]) => Value | undefined): NekoFunction {
    return new NekoFunction(nargs, null, -1, fn as any, name, EMPTY_ARRAY);
  }

  /** Set a named field on an object, registering the name. */
  setNamed(o: NekoObject, name: string, v: Value): void {
    o.t[fieldKey(this.fieldId(name))] = v;
  }

  /** Read a named field (with prototypes); null when absent. */
  getNamed(o: NekoObject, name: string): Value {
    return getField(o, fieldKey(hashName(name)));
  }
}

/** JS stack exhaustion (checked without calling anything that could exhaust it again). */
function isStackExhaustion(e: RangeError): boolean {
  try {
    return e.message.indexOf("call stack") >= 0;
  } catch {
    return true;
  }
}

/**
 * Turn anything thrown while running Neko code into a NekoThrow: JS stack exhaustion becomes
 * neko's "C Stack Overflow"; a JS error from a host function becomes a Neko string exception.
 */
export function asNekoThrow(vm: VM, e: unknown): NekoThrow {
  if (e instanceof NekoThrow) return e;
  if (e instanceof NekoExit) throw e;
  if (e instanceof RangeError && isStackExhaustion(e)) return vm.throwString("C Stack Overflow");
  if (e instanceof StringTooLong) return vm.failure("max_string_size reached", "alloc.c", 177);
  if (e instanceof Error && (e as any).nekoInternal) throw e;
  return vm.throwString(e instanceof Error ? e.message : String(e));
}
