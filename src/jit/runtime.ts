// The fast tier's runtime: one JitRuntime per VM. It translates functions lazily (on their
// first call), and gives translated code its slow paths: calls of anything but a same-arity
// bytecode function, operator slow paths, errors with neko's frames, tail calls, exception
// handlers, and the fallback to the interpreter when the JS stack is deep or neko's stack
// is nearly full (so "Stack Overflow" happens exactly where neko raises it).

import { compareValues, findCompare, INVALID_COMPARISON } from "../value/compare.js";
import { copyObject, findAfterMiss, missBeyond, setProto } from "../value/object.js";
import { str } from "../value/string.js";
import { valueToText } from "../value/print.js";
import { EMPTY_ARRAY, floatOf, NekoFloat, NekoFunction, NekoObject, NekoString, type Value } from "../value/value.js";
import { callPrimitive, makeApply, typeOfCode } from "../interp/calls.js";
import type { NekoThrow } from "../interp/errors.js";
import type { RuntimeModule } from "../interp/module.js";
import { add, div, findAdd, getArray, getIndex, invalidField, joinStrings, numOp, NumOp, setArray } from "../interp/ops.js";
import { TAIL } from "../interp/tail.js";
import { flushStack } from "../interp/trace.js";
import { pushInfos } from "../interp/interp.js";
import { asNekoThrow, MAX_NATIVE_DEPTH, STACK_SIZE, type VM } from "../interp/vm.js";
import { functionLoops, translate, Untranslatable } from "./translate.js";

/** A translated function: (this, env, ...args) -> acc (or TAIL). */
export type JitFn = (th: Value, env: Value[], ...args: Value[]) => Value;

export { TAIL };

export class JitRuntime {
  readonly STACK_SIZE = STACK_SIZE;
  readonly INVALID = INVALID_COMPARISON;
  readonly SUB = NumOp.Sub;
  readonly MULT = NumOp.Mult;
  readonly MOD = NumOp.Mod;
  /** The value of the exception a handler of translated code just caught. */
  exc: Value = null;
  /** Number of functions translated, and of those left to the interpreter. */
  translated = 0;
  refused = 0;

  constructor(readonly vm: VM) {}

  private names: Map<Value, string> | null = null;

  /** The VM's builtin functions by identity, with their names (for translate). */
  private builtinNames(): Map<Value, string> {
    if (this.names === null) {
      this.names = new Map();
      for (const f of this.vm.builtins.values()) if (f instanceof NekoFunction) this.names.set(f, f.name);
    }
    return this.names;
  }

  // ---- translation ----

  /** The translated body of bytecode function f (translating it on first use). */
  jitOf(f: NekoFunction): JitFn {
    const m = f.module as RuntimeModule;
    const cache = m.jit ?? (m.jit = new Map());
    let j = cache.get(f.addr) as JitFn | undefined;
    if (j === undefined) {
      j = this.build(m, f.addr, f.nargs);
      cache.set(f.addr, j);
    }
    f.jit = j;
    return j;
  }

  private build(m: RuntimeModule, addr: number, nargs: number): JitFn {
    if (m.depth !== null) {
      try {
        const t = translate(m, addr, nargs, this.builtinNames());
        const ctx = {
          vm: this.vm,
          M: m,
          G: m.globals,
          K: m.consts,
          R: this,
          TAIL,
          NekoObject,
          NekoFloat,
          floatOf,
          EMPTY_ARRAY,
          jt: t.jumpTables,
          ck: t.caseKeys,
          P: t.prims,
        };
        const factory = new Function("C", t.source) as (c: typeof ctx) => JitFn;
        this.translated++;
        return factory(ctx);
      } catch (e) {
        if (!(e instanceof Untranslatable)) throw e;
      }
    }
    this.refused++;
    return (th, env, ...args) => this.interpBody(m, addr, th, env, args);
  }

  /**
   * Run a module's top-level code (env and this already set by the caller). It is translated
   * only when it loops: straight-line initialisation code runs once, so the interpreter
   * serves it with no translation cost.
   */
  runTop(m: RuntimeModule): Value {
    const vm = this.vm;
    const cache = m.jit ?? (m.jit = new Map());
    let j = cache.get(0) as JitFn | null | undefined;
    if (j === undefined) {
      j = m.depth !== null && topLoops(m) ? this.build(m, 0, 0) : null;
      cache.set(0, j);
    }
    if (j === null) return vm.interp(vm, m, null, 0);
    const r = j(vm.vthis, vm.env);
    if (r !== TAIL) return r;
    // a tail call in top-level code: neko just calls (under a native frame) and ends
    const f = vm.tcF;
    const th = vm.tcThis;
    const args = vm.tcArgs!;
    vm.tcF = vm.tcThis = null;
    vm.tcArgs = null;
    return vm.callEx(th, f, args);
  }

  // ---- calls ----

  /**
   * Run a function's body in the interpreter under the frame its caller pushed: the
   * arguments go to neko's stack where the caller's sp says they are.
   */
  interpBody(m: RuntimeModule, addr: number, th: Value, env: Value[], args: Value[]): Value {
    const vm = this.vm;
    const base = vm.sp;
    const n = args.length;
    vm.ensureVals(base);
    const vs = vm.vals;
    for (let i = 0; i < n; i++) vs[STACK_SIZE - base - (n - 1 - i)] = args[i];
    const oldThis = vm.vthis;
    const oldEnv = vm.env;
    vm.vthis = th;
    vm.env = env;
    const r = vm.interp(vm, m, null, addr, vm.csp, true);
    vm.vthis = oldThis;
    vm.env = oldEnv;
    return r;
  }

  /** Run the tail calls pending since a function returned TAIL, under the current frame. */
  tail(): Value {
    const vm = this.vm;
    const use = vm.jsUse;
    for (;;) {
      vm.jsUse = use;
      const f = vm.tcF;
      const th = vm.tcThis;
      const args = vm.tcArgs;
      vm.tcF = vm.tcThis = null;
      vm.tcArgs = null;
      if (f instanceof NekoFunction && f.prim === null && f.nargs === args!.length) {
        if (--vm.fuel < 0 || vm.csp - 4 >= vm.cspLimit) vm.chargeBudget();
        const j = f.jit ?? this.jitOf(f);
        const r = callWith(j, th, f.env, args!);
        if (r !== TAIL) return r;
        continue;
      }
      // neko pops the frame, then pushes the same one for the primitive or the error
      if (f instanceof NekoFunction && f.prim !== null && (f.nargs === args!.length || f.nargs === -1)) return this.primCall(f, th, args!);
      throw vm.throwString("Invalid call");
    }
  }

  /**
   * Call a JIT-able bytecode function f from native code or the interpreter: the caller has
   * pushed a frame and set vm.sp to neko's sp with the arguments pushed.
   */
  enter(f: NekoFunction, th: Value, args: Value[]): Value {
    const vm = this.vm;
    const j = f.jit ?? this.jitOf(f);
    const use = vm.jsUse;
    const r = callWith(j, th, f.env, args);
    vm.jsUse = use;
    return r === TAIL ? this.tail() : r;
  }

  private primCall(f: NekoFunction, th: Value, args: Value[]): Value {
    const vm = this.vm;
    const oldThis = vm.vthis;
    const oldEnv = vm.env;
    vm.vthis = th;
    vm.env = f.env;
    const p = f.prim!;
    let r: Value | undefined;
    if (f.nargs === -1) r = p(vm, args);
    else {
      switch (args.length) {
        case 0:
          r = p(vm);
          break;
        case 1:
          r = p(vm, args[0]);
          break;
        case 2:
          r = p(vm, args[0], args[1]);
          break;
        case 3:
          r = p(vm, args[0], args[1], args[2]);
          break;
        default:
          r = p(vm, ...args);
      }
    }
    vm.vthis = oldThis;
    vm.env = oldEnv;
    if (r === undefined) throw vm.throwValue(str(f.name));
    return r;
  }

  /** A primitive returned undefined (neko_error): its name is the exception, as neko throws it. */
  primFailed(f: NekoFunction): NekoThrow {
    return this.vm.throwValue(str(f.name));
  }

  // Calls translated code does not make inline (a bytecode function not translated yet, a
  // primitive, a wrong arity, not a function): c0..c5 by argument count, cn for more.
  // vm.csp is the caller's frame base (translated code keeps it so between calls).

  c0(m: RuntimeModule, pc: number, f: Value, th: Value): Value {
    if (f instanceof NekoFunction && f.prim !== null && f.nargs === 0) return this.primDone(f, f.prim(this.primFrame(m, pc, f, th)));
    return this.cn(m, pc, f, th, []);
  }

  c1(m: RuntimeModule, pc: number, f: Value, th: Value, a: Value): Value {
    if (f instanceof NekoFunction && f.prim !== null && f.nargs === 1) return this.primDone(f, f.prim(this.primFrame(m, pc, f, th), a));
    return this.cn(m, pc, f, th, [a]);
  }

  c2(m: RuntimeModule, pc: number, f: Value, th: Value, a: Value, b: Value): Value {
    if (f instanceof NekoFunction && f.prim !== null && f.nargs === 2) return this.primDone(f, f.prim(this.primFrame(m, pc, f, th), a, b));
    return this.cn(m, pc, f, th, [a, b]);
  }

  c3(m: RuntimeModule, pc: number, f: Value, th: Value, a: Value, b: Value, c: Value): Value {
    if (f instanceof NekoFunction && f.prim !== null && f.nargs === 3) return this.primDone(f, f.prim(this.primFrame(m, pc, f, th), a, b, c));
    return this.cn(m, pc, f, th, [a, b, c]);
  }

  c4(m: RuntimeModule, pc: number, f: Value, th: Value, a: Value, b: Value, c: Value, d: Value): Value {
    if (f instanceof NekoFunction && f.prim !== null && f.nargs === 4) return this.primDone(f, f.prim(this.primFrame(m, pc, f, th), a, b, c, d));
    return this.cn(m, pc, f, th, [a, b, c, d]);
  }

  c5(m: RuntimeModule, pc: number, f: Value, th: Value, a: Value, b: Value, c: Value, d: Value, e: Value): Value {
    if (f instanceof NekoFunction && f.prim !== null && f.nargs === 5) return this.primDone(f, f.prim(this.primFrame(m, pc, f, th), a, b, c, d, e));
    return this.cn(m, pc, f, th, [a, b, c, d, e]);
  }

  /**
   * $call(f, ctx, args) where the callee is the $call builtin (Haxe's constructors call
   * __construct__ so): a bytecode function with all its arguments is called directly,
   * with the frames the builtin's call through callEx would have; anything else is the
   * builtin's ordinary call.
   */
  callv(m: RuntimeModule, pc: number, callee: Value, th: Value, f: Value, ctx: Value, args: Value): Value {
    if (callee instanceof NekoFunction && f instanceof NekoFunction && Array.isArray(args)) {
      const vm = this.vm;
      const r = this.direct(m, pc, f, ctx, args);
      if (r !== undefined) {
        vm.vthis = th;
        vm.env = callee.env;
        return r;
      }
    }
    return this.c3(m, pc, callee, th, f, ctx, args);
  }

  /**
   * Array read a[i] (neko AccArray) on an object, whose __get translated code has looked up
   * (f; undefined when absent): called directly when it can be.
   */
  agetF(m: RuntimeModule, pc: number, sp: number, a: NekoObject, i: Value, f: Value | undefined): Value {
    if (f instanceof NekoFunction && f.prim === null && f.nargs === 1) {
      this.vm.sp = sp;
      const r = this.direct1(m, pc, f, a, i);
      if (r !== undefined) return r;
    }
    return this.slow(m, pc, sp, getArray, a, i);
  }

  /** Array write a[i] = v (neko SetArray) on an object, with its __set as agetF has its __get. */
  asetF(m: RuntimeModule, pc: number, sp: number, a: NekoObject, i: Value, v: Value, f: Value | undefined): Value {
    if (f instanceof NekoFunction) {
      this.vm.sp = sp;
      if (this.direct(m, pc, f, a, [i, v]) !== undefined) return v;
    }
    return this.slow(m, pc, sp, setArray, a, i, v);
  }

  /**
   * Call bytecode function f(args) with `this` th as neko's native code does after
   * recording position pc (PushInfos, then val_callEx): a frame for the position (none when
   * m is null: val_compare's call), callEx's native frame, sp below the arguments, one more
   * native level (enterNative/leaveNative). Undefined (nothing done) when f is not a
   * bytecode function taking args or a check would fail: the caller then takes the ordinary
   * path, which raises the error.
   */
  private direct(m: RuntimeModule | null, pc: number, f: NekoFunction, th: Value, args: Value[]): Value | undefined {
    const vm = this.vm;
    const csp = vm.csp;
    const sp = vm.sp;
    if (f.prim !== null || args.length !== f.nargs || !this.enterNative(m, pc, sp, args.length)) return undefined;
    const use = vm.jsUse;
    return this.leaveNative(callWith(f.jit ?? this.jitOf(f), th, f.env, args), use, csp, sp);
  }

  /** direct() of a one-argument function (f.prim === null and f.nargs === 1 checked by the caller). */
  private direct1(m: RuntimeModule | null, pc: number, f: NekoFunction, th: Value, a: Value): Value | undefined {
    const vm = this.vm;
    const csp = vm.csp;
    const sp = vm.sp;
    if (!this.enterNative(m, pc, sp, 1)) return undefined;
    const use = vm.jsUse;
    return this.leaveNative((f.jit ?? this.jitOf(f))(th, f.env, a), use, csp, sp);
  }

  /**
   * A call from native code (direct(), and translated code's inline form of it for an
   * object's __get/__set and $call), in two halves around the call itself, so that
   * translated code can make the call at its own site, where V8 can inline the callee.
   * enterNative makes the checks, pushes the frames, sets sp below the n arguments (their
   * slots are not written: translated code has them in locals, R.interpBody writes them when
   * it falls back to the interpreter) and counts the native level; false (nothing done) when
   * the call cannot start here, and the caller takes its ordinary path (agetF/asetF, callv).
   * There is no finally: whatever catches an exception sets nativeDepth back to the value it
   * saved (the trap handlers of both tiers, the API boundary), and callEx's finally sets it
   * rather than decrements it.
   */
  enterNative(m: RuntimeModule | null, pc: number, sp: number, n: number): boolean {
    const vm = this.vm;
    const csp = vm.csp;
    if (!this.canEnter(csp, sp, n)) return false;
    vm.csp = this.directFrames(m, pc, csp);
    vm.sp = sp - n;
    vm.nativeDepth++;
    return true;
  }

  /** After enterNative's call returned r: jsUse, csp and sp set back (use, csp, sp), a TAIL run; the result. */
  leaveNative(r: Value, use: number, csp: number, sp: number): Value {
    const vm = this.vm;
    vm.jsUse = use;
    if (r === TAIL) r = this.tail();
    vm.nativeDepth--;
    vm.csp = csp;
    vm.sp = sp;
    return r;
  }

  /** Whether a native call of a bytecode function with n arguments can start here without an error or a budget stop. */
  private canEnter(csp: number, sp: number, n: number): boolean {
    const vm = this.vm;
    if (vm.nativeDepth >= MAX_NATIVE_DEPTH || vm.jsUse >= vm.jsBudget || csp + 8 >= sp - n || vm.fuel <= 0 || csp + 4 >= vm.cspLimit) return false;
    vm.fuel--;
    return true;
  }

  /** Push direct()'s frames above csp (the position's, unless m is null, then the native one); the new csp. */
  private directFrames(m: RuntimeModule | null, pc: number, csp: number): number {
    const st = this.vm.stack;
    if (m !== null) {
      st[csp + 1] = pc;
      st[csp + 4] = m;
      csp += 4;
    }
    st[csp + 1] = -1;
    st[csp + 2] = st[csp + 3] = st[csp + 4] = null;
    return csp + 4;
  }

  /** Push the frame of a primitive call at this position, with its this and env: the vm, for the call. */
  private primFrame(m: RuntimeModule, pc: number, f: NekoFunction, th: Value): VM {
    const vm = this.vm;
    const st = vm.stack;
    const csp = vm.csp;
    st[csp + 1] = pc;
    st[csp + 4] = m;
    vm.csp = csp + 4;
    // written only when they change (mostly not, between the primitive calls of one
    // function): a store of an object into the VM costs a GC write barrier
    if (vm.vthis !== th) vm.vthis = th;
    const env = f.env;
    if (vm.env !== env) vm.env = env;
    return vm;
  }

  /** A primitive call made under primFrame returned r: pop the frame, or raise neko_error. */
  private primDone(f: NekoFunction, r: Value | undefined): Value {
    if (r === undefined) throw this.primFailed(f);
    this.vm.csp -= 4;
    return r;
  }

  /**
   * A call of n <= 3 arguments from a function translated in the compact form, neko's sp at
   * sp: what the inline form does when f is a translated bytecode function of that arity
   * (the extra arguments a callee of fewer parameters ignores), else c0..c3.
   */
  call(m: RuntimeModule, pc: number, sp: number, f: Value, th: Value, n: number, a?: Value, b?: Value, c?: Value): Value {
    const vm = this.vm;
    vm.sp = sp;
    if (f instanceof NekoFunction && f.nargs === n) {
      const j = f.jit;
      if (j !== null) {
        const csp = vm.csp;
        if (--vm.fuel < 0 || csp >= vm.cspLimit) this.charge(m, pc);
        const st = vm.stack;
        st[csp + 1] = pc;
        st[csp + 4] = m;
        vm.csp = csp + 4;
        const use = vm.jsUse;
        // exactly the callee's arguments: a JS call with more arguments than parameters
        // costs V8 about 10 ns more at a megamorphic site like this one
        const env = f.env;
        let r = n === 1 ? j(th, env, a) : n === 2 ? j(th, env, a, b) : n === 0 ? j(th, env) : j(th, env, a, b, c);
        vm.jsUse = use;
        if (r === TAIL) r = this.tail();
        vm.csp = csp;
        return r;
      }
    }
    return n === 0 ? this.c0(m, pc, f, th) : n === 1 ? this.c1(m, pc, f, th, a!) : n === 2 ? this.c2(m, pc, f, th, a!, b!) : this.c3(m, pc, f, th, a!, b!, c!);
  }

  /** Any call from translated code (neko's Call/ObjCall with their error cases). */
  cn(m: RuntimeModule, pc: number, f: Value, th: Value, args: Value[]): Value {
    const vm = this.vm;
    const csp = vm.csp;
    if (f instanceof NekoFunction && f.prim === null && f.nargs === args.length) {
      if (--vm.fuel < 0 || csp >= vm.cspLimit) this.charge(m, pc);
      const j = f.jit ?? this.jitOf(f);
      const st = vm.stack;
      st[csp + 1] = pc;
      st[csp + 4] = m;
      vm.csp = csp + 4;
      const use = vm.jsUse;
      let r = callWith(j, th, f.env, args);
      vm.jsUse = use;
      if (r === TAIL) r = this.tail();
      vm.csp = csp;
      return r;
    }
    if (f instanceof NekoFunction && f.prim !== null) {
      const p = f.prim;
      if (f.nargs === -1) return this.primDone(f, p(this.primFrame(m, pc, f, th), args));
      if (f.nargs === args.length && f.nargs <= 5) return this.primDone(f, p(this.primFrame(m, pc, f, th), ...args));
    }
    return this.callOther(m, pc, f, th, args);
  }

  /** A call of anything but a same-arity bytecode function (neko DoCall's other branches). */
  callOther(m: RuntimeModule, pc: number, f: Value, th: Value, args: Value[]): Value {
    const vm = this.vm;
    const csp = vm.csp;
    this.pushInfos(m, pc);
    if (f instanceof NekoFunction && f.prim !== null && (args.length === f.nargs || f.nargs === -1)) {
      const r = this.primCall(f, th, args);
      vm.csp = csp;
      return r;
    }
    throw vm.throwString("Invalid call");
  }

  /** $apply as an instruction: a call when every argument is given, else a partial application. */
  apply(m: RuntimeModule, pc: number, f: Value, th: Value, args: Value[]): Value {
    const vm = this.vm;
    const n = args.length;
    if (!(f instanceof NekoFunction)) throw this.error(m, pc, vm.sp, "$apply");
    const fargs = f.nargs;
    if (fargs === n || fargs === -1) {
      if (f.prim === null) {
        const st = vm.stack;
        const csp = vm.csp;
        st[csp + 1] = pc;
        st[csp + 4] = m;
        vm.csp = csp + 4;
        const r = this.enter(f, th, args);
        vm.csp = csp;
        return r;
      }
      return this.callOther(m, pc, f, th, args);
    }
    if (n > fargs) throw this.error(m, pc, vm.sp, "$apply");
    const env = new Array<Value>(fargs + 1).fill(null);
    env[0] = f;
    for (let i = 0; i < n; i++) env[1 + i] = args[i];
    vm.sp += n;
    return makeApply(vm, fargs - n, env);
  }

  makeEnv(m: RuntimeModule, pc: number, sp: number, f: Value, env: Value[]): Value {
    if (!(f instanceof NekoFunction) || f.prim !== null) throw this.error(m, pc, sp, "Invalid environment");
    const g = new NekoFunction(f.nargs, f.module, f.addr, null, "", env);
    // closures of one function share its translation: the template is never called itself
    let j = f.jit;
    if (j === null) {
      j = (f.module as RuntimeModule).jit?.get(f.addr) ?? null;
      if (j !== null) f.jit = j;
    }
    g.jit = j;
    return g;
  }

  // ---- frames and errors ----

  /** The embedder's budget check (VM.chargeBudget), recording this position if it stops the program. */
  charge(m: RuntimeModule, pc: number): void {
    const vm = this.vm;
    try {
      vm.chargeBudget();
    } catch (e) {
      if (vm.csp + 4 < vm.sp) this.pushInfos(m, pc);
      throw e;
    }
  }

  /** neko PushInfos: a frame recording this position (for traces). */
  pushInfos(m: RuntimeModule, pc: number): void {
    pushInfos(this.vm, m, pc);
  }

  /** neko RuntimeError: record the position, then throw msg. */
  error(m: RuntimeModule, pc: number, sp: number, msg: string): NekoThrow {
    this.vm.sp = sp;
    this.pushInfos(m, pc);
    return this.vm.throwString(msg);
  }

  fieldError(m: RuntimeModule, pc: number, sp: number, id: number): NekoThrow {
    this.vm.sp = sp;
    this.pushInfos(m, pc);
    invalidField(this.vm, id);
  }

  /**
   * A field read the inline probe (the object's own table) did not serve: the prototype
   * chain, then the resolver, else null; a field error when o is not an object.
   */
  field(m: RuntimeModule, pc: number, sp: number, o: Value, key: string, id: number): Value {
    if (!(o instanceof NekoObject)) throw this.fieldError(m, pc, sp, id);
    const v = findAfterMiss(o, key);
    if (v !== undefined) return v;
    const vm = this.vm;
    if (vm.resolver === null) return null;
    vm.sp = sp;
    return vm.callEx(undefined, vm.resolver, [o, id]);
  }

  /** Run a slow path (fn(vm, a, b, c)) under a frame for this position (neko ObjectOp). */
  slow(m: RuntimeModule, pc: number, sp: number, fn: (vm: VM, a: Value, b: any, c?: any) => Value, a: Value, b: Value, c?: Value): Value {
    const vm = this.vm;
    vm.sp = sp;
    const csp = vm.csp;
    pushInfos(vm, m, pc);
    const r = fn(vm, a, b, c);
    vm.csp = csp;
    return r;
  }

  slowNum(m: RuntimeModule, pc: number, sp: number, op: NumOp, a: Value, b: Value): Value {
    return this.slow(m, pc, sp, numOpOf, op as Value, a, b);
  }

  slowSet(m: RuntimeModule, pc: number, sp: number, a: Value, i: Value, v: Value): Value {
    return this.slow(m, pc, sp, setArray, a, i, v);
  }

  readonly ADD = -1;
  readonly DIV = -2;

  /**
   * +, -, *, / when the inline int and float paths did not apply: an int with a float is
   * a float operation here, anything else (strings, objects, errors) the interpreter's path.
   */
  arith(m: RuntimeModule, pc: number, sp: number, op: number, a: Value, b: Value): Value {
    const x = typeof a === "number" ? a : a instanceof NekoFloat ? a.v : undefined;
    const y = typeof b === "number" ? b : b instanceof NekoFloat ? b.v : undefined;
    if (x !== undefined && y !== undefined) {
      switch (op) {
        case -1:
          if (typeof a === "number" && typeof b === "number") return (a + b) | 0;
          return floatOf(x + y, a, b);
        case NumOp.Sub:
          if (typeof a === "number" && typeof b === "number") return (a - b) | 0;
          return floatOf(x - y, a, b);
        case NumOp.Mult:
          if (typeof a === "number" && typeof b === "number") return Math.imul(a, b);
          return floatOf(x * y, a, b);
        case -2:
          return floatOf(x / y, a, b);
      }
    }
    if (op === -1) {
      // two strings (Haxe's String.__add and __radd): joined here, without the frame of the
      // interpreter's path, which raises the error when a size limit fails
      if (a instanceof NekoString && b instanceof NekoString) {
        const r = joinStrings(this.vm, a, b);
        if (r !== undefined) return r;
      }
      if (a instanceof NekoObject) {
        // neko ObjectOp: a.__add(b), called directly when it is a bytecode function
        const f = findAdd(a);
        if (f instanceof NekoFunction && f.prim === null && f.nargs === 1) {
          this.vm.sp = sp;
          const r = this.direct1(m, pc, f, a, b);
          if (r !== undefined) return r;
        }
      }
      return this.slow(m, pc, sp, add, a, b);
    }
    if (op === -2) return this.slow(m, pc, sp, div, a, b);
    return this.slowNum(m, pc, sp, op as NumOp, a, b);
  }

  readonly add = add;
  readonly beyond = missBeyond;
  readonly setProto = setProto;
  readonly div = div;
  readonly getArray = getArray;
  readonly getIndex = getIndex;
  readonly typeOf = typeOfCode;

  /** $string of an int or a string (inline.ts): the builtin's result, without its frame. */
  scopy(x: number | NekoString): NekoString {
    return NekoString.of(valueToText(this.vm, x));
  }

  compare(sp: number, a: Value, b: Value): number {
    // floats with floats or ints: no call needed
    const x = a instanceof NekoFloat ? a.v : typeof a === "number" ? a : undefined;
    if (x !== undefined) {
      const y = b instanceof NekoFloat ? b.v : typeof b === "number" ? b : undefined;
      if (y !== undefined) return x < y ? -1 : x > y ? 1 : x === y ? 0 : INVALID_COMPARISON;
    }
    this.vm.sp = sp;
    if (a instanceof NekoObject && b instanceof NekoObject && a !== b) {
      // val_compare calls a.__compare(b) under callEx's frame only: called directly when it can be
      const f = findCompare(a);
      // no __compare (Haxe compares class objects so, in Std.isOfType): unordered, as
      // compareValues would find after looking the field up again
      if (f === undefined || f === null) return INVALID_COMPARISON;
      if (f instanceof NekoFunction && f.prim === null && f.nargs === 1) {
        const r = this.direct1(null, 0, f, a, b);
        if (r !== undefined) return typeof r === "number" && r >= -0x40000000 && r <= 0x3fffffff ? r : INVALID_COMPARISON;
      }
    }
    return compareValues(this.vm, a, b);
  }

  /**
   * The first of keys a value other than an int equals, as the tests of a case chain
   * (switches.ts) would compare it, in their order; null when none.
   */
  caseOf(sp: number, x: Value, keys: number[]): number | null {
    for (const k of keys) if (this.compare(sp, x, k) === 0) return k;
    return null;
  }

  physCompare(a: Value, b: Value): number {
    if (typeof a === "number" && typeof b === "number") return a > b ? 1 : a < b ? -1 : 0;
    return a === b ? 0 : 1;
  }

  hash(m: RuntimeModule, pc: number, sp: number, v: Value): Value {
    if (v instanceof NekoString) return this.vm.fieldId(v);
    throw this.error(m, pc, sp, "$hash");
  }

  newObject(sp: number, v: Value): Value {
    this.vm.sp = sp;
    if (v === null) return new NekoObject();
    if (v instanceof NekoObject) return copyObject(v);
    throw this.vm.throwString("$new");
  }

  /**
   * An exception reached translated code with a trap: if the innermost trap is one of this
   * function's (its record lies below the function's entry sp), unwind to it as neko does
   * and return the record's position in vm.vals (its slot k at the result minus k);
   * otherwise rethrow.
   */
  handler(e: unknown, base: number): number {
    const vm = this.vm;
    const exc = asNekoThrow(vm, e);
    const t = vm.trap;
    if (t === 0 || STACK_SIZE - t >= base) throw exc;
    const vs = vm.vals;
    const csp = vs[t] as number;
    vm.excStack = flushStack(vm, vm.csp, csp, vm.excStack);
    vm.csp = csp;
    vm.trap = vs[t - 5] as number;
    this.exc = exc.value;
    return t;
  }
}

/** j(th, env, ...args) without a spread call for the common argument counts. */
function callWith(j: JitFn, th: Value, env: Value[], args: Value[]): Value {
  switch (args.length) {
    case 0:
      return j(th, env);
    case 1:
      return j(th, env, args[0]);
    case 2:
      return j(th, env, args[0], args[1]);
    case 3:
      return j(th, env, args[0], args[1], args[2]);
    default:
      return j(th, env, ...args);
  }
}

/** numOp with its operator first, in slow()'s argument order. */
function numOpOf(vm: VM, op: Value, a: Value, b: Value): Value {
  return numOp(vm, op as NumOp, a, b);
}

/**
 * Whether a module's top-level code loops. Only its own instructions count: the functions
 * it defines are translated on their own when called (a Haxe module's top level is straight
 * initialisation code, while its methods loop).
 */
function topLoops(m: RuntimeModule): boolean {
  try {
    return functionLoops(m, 0);
  } catch (e) {
    if (e instanceof Untranslatable) return false;
    throw e;
  }
}

export { callPrimitive };
