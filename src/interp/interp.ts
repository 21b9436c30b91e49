// The reference tier: neko's dispatch loop (neko vm/interp.c neko_interp_loop) over the
// rewritten code of a RuntimeModule, plus the trap handling of neko_interp.
//
// Locals sp/csp mirror vm.sp/vm.csp; they are written back ("begin call") before anything
// that can throw or re-enter the VM, and reloaded after ("end call"), as neko does.

import { Op } from "../bytecode/opcodes.js";
import { compareValues, INVALID_COMPARISON } from "../value/compare.js";
import { hashBytes } from "../value/hash.js";
import { copyObject, findAfterMiss } from "../value/object.js";
import { str } from "../value/string.js";
import { allocArray, EMPTY_ARRAY, floatOf, NekoAbstract, NekoFloat, NekoFunction, NekoObject, NekoString, type Value } from "../value/value.js";
import { NekoThrow } from "./errors.js";
import type { RuntimeModule } from "./module.js";
import { add, div, getArray, getIndex, invalidField, numOp, NumOp, opError, setArray } from "./ops.js";
import { callPrimitive, makeApply, typeOfCode } from "./calls.js";
import { flushStack } from "./trace.js";
import { asNekoThrow, STACK_SIZE, type JitTier, type VM } from "./vm.js";
import { TAIL } from "./tail.js";

/**
 * Run code of module m from pc with accumulator acc until it returns (neko neko_interp).
 * Frames at or below baseCsp are not this run's: a Ret or TailCall reaching them ends it.
 */
export function interp(vm: VM, m: RuntimeModule, acc: Value, pc: number, baseCsp: number = vm.csp, tailOut = false): Value {
  const initSp = STACK_SIZE - vm.sp;
  const vs = vm.vals;
  const use = vm.jsUse;
  const depth = vm.nativeDepth;
  for (;;) {
    try {
      return loop(vm, m, acc, pc, baseCsp, tailOut);
    } catch (e) {
      const exc = asNekoThrow(vm, e);
      vm.jsUse = use;
      vm.nativeDepth = depth;
      // uncaught here, or the trap belongs to an outer native call: unwind further
      if (vm.trap === 0 || vm.trap <= initSp) throw exc;
      const trap = STACK_SIZE - vm.trap;
      if (trap < vm.sp) {
        vm.trap = 0;
        throw vm.throwString("Invalid Trap");
      }
      const t = STACK_SIZE - trap;
      const csp = vs[t] as number;
      vm.excStack = flushStack(vm, vm.csp, csp, vm.excStack);
      vm.csp = csp;
      vm.vthis = vs[t - 1];
      vm.env = vs[t - 2] as Value[];
      pc = vs[t - 3] as number;
      m = (vs[t - 4] as NekoAbstract).data as RuntimeModule;
      vm.trap = vs[t - 5] as number;
      vm.popVals(trap + 6);
      acc = exc.value;
    }
  }
}

function stackOverflow(vm: VM, sp: number, csp: number): NekoThrow {
  vm.sp = sp;
  vm.csp = csp;
  return vm.throwString("Stack Overflow");
}

function loop(vm: VM, m: RuntimeModule, acc: Value, pc: number, baseCsp: number, tailOut: boolean): Value {
  const st = vm.stack;
  const vs = vm.vals;
  let sp = vm.sp;
  // translated code below may have moved sp without writing values: room from here on (the
  // calls made in this loop check vm.valsFloor), so no push lands past the end of vals
  vm.ensureVals(sp);
  let csp = vm.csp;
  let code = m.code;
  let globals = m.globals;
  const jit = vm.jit;

  for (;;) {
    switch (code[pc++] as Op) {
      case Op.AccNull:
        acc = null;
        break;
      case Op.AccTrue:
        acc = true;
        break;
      case Op.AccFalse:
        acc = false;
        break;
      case Op.AccThis:
        acc = vm.vthis;
        break;
      case Op.AccInt:
      case Op.AccInt32:
        acc = code[pc++];
        break;
      case Op.AccStack0:
        acc = vs[STACK_SIZE - sp];
        break;
      case Op.AccStack1:
        acc = vs[STACK_SIZE - sp - 1];
        break;
      case Op.AccStack:
        acc = vs[STACK_SIZE - sp - code[pc++]];
        break;
      case Op.AccGlobal:
        acc = globals[code[pc++]];
        break;
      case Op.AccEnv: {
        const env = vm.env;
        const i = code[pc];
        if (i >= env.length) {
          pc++;
          throw runtimeError(vm, m, pc, sp, csp, "Reading Outside Env");
        }
        acc = env[i];
        pc++;
        break;
      }
      case Op.AccField: {
        if (acc instanceof NekoObject) {
          const key = m.fieldKeys[code[pc]];
          let v: Value | undefined = acc.t[key];
          if (v === undefined) v = findAfterMiss(acc, key);
          if (v !== undefined) acc = v;
          else if (vm.resolver !== null) {
            vm.sp = sp;
            vm.csp = csp;
            acc = vm.callEx(undefined, vm.resolver, [acc, m.fieldIds[code[pc]]]);
            sp = vm.sp;
            csp = vm.csp;
          } else acc = null;
          pc++;
        } else {
          const id = m.fieldIds[code[pc++]];
          throw fieldError(vm, m, pc, sp, csp, id);
        }
        break;
      }
      case Op.AccArray: {
        const a = vs[STACK_SIZE - sp];
        if (typeof acc === "number" && Array.isArray(a)) {
          const v = a[acc];
          acc = v === undefined ? null : v;
        } else {
          acc = slow(vm, m, pc, sp, csp, getArray, a, acc);
        }
        sp++;
        break;
      }
      case Op.AccIndex0:
        if (Array.isArray(acc)) acc = acc.length > 0 ? acc[0] : null;
        else acc = slow(vm, m, pc, sp, csp, getIndex, acc, 0);
        break;
      case Op.AccIndex1:
        if (Array.isArray(acc)) acc = acc.length > 1 ? acc[1] : null;
        else acc = slow(vm, m, pc, sp, csp, getIndex, acc, 1);
        break;
      case Op.AccIndex: {
        const n = code[pc++];
        if (Array.isArray(acc)) acc = n < acc.length ? acc[n] : null;
        else acc = slow(vm, m, pc, sp, csp, getIndex, acc, n);
        break;
      }
      case Op.AccBuiltin:
        acc = m.consts[code[pc++]];
        break;
      case Op.SetStack:
        vs[STACK_SIZE - sp - code[pc++]] = acc;
        break;
      case Op.SetGlobal:
        globals[code[pc++]] = acc;
        break;
      case Op.SetEnv: {
        const env = vm.env;
        const i = code[pc];
        if (i >= env.length) {
          pc++;
          throw runtimeError(vm, m, pc, sp, csp, "Writing Outside Env");
        }
        env[i] = acc;
        pc++;
        break;
      }
      case Op.SetField: {
        const o = vs[STACK_SIZE - sp];
        if (o instanceof NekoObject) {
          o.t[m.fieldKeys[code[pc]]] = acc;
        } else {
          const id = m.fieldIds[code[pc++]];
          throw fieldError(vm, m, pc, sp, csp, id);
        }
        sp++;
        pc++;
        break;
      }
      case Op.SetArray: {
        const a = vs[STACK_SIZE - sp];
        const i = vs[STACK_SIZE - sp - 1];
        if (Array.isArray(a) && typeof i === "number") {
          if (i >= 0 && i < a.length) a[i] = acc;
        } else {
          acc = slowSet(vm, m, pc, sp, csp, a, i, acc);
        }
        sp += 2;
        break;
      }
      case Op.SetIndex: {
        const a = vs[STACK_SIZE - sp];
        const n = code[pc];
        if (Array.isArray(a)) {
          if (n < a.length) a[n] = acc;
        } else {
          if (a instanceof NekoObject) {
            acc = slowSet(vm, m, pc, sp, csp, a, n, acc);
          } else {
            pc++;
            throw runtimeError(vm, m, pc, sp, csp, "Invalid array access");
          }
        }
        pc++;
        sp++;
        break;
      }
      case Op.SetThis:
        vm.vthis = acc;
        break;
      case Op.Push:
        if (--sp <= csp) throw stackOverflow(vm, sp + 1, csp);
        vs[STACK_SIZE - sp] = acc;
        break;
      case Op.Pop:
        sp += code[pc++];
        break;
      case Op.Apply: {
        const n = code[pc];
        if (!(acc instanceof NekoFunction)) {
          pc++;
          throw runtimeError(vm, m, pc, sp, csp, "$apply");
        }
        const fargs = acc.nargs;
        if (fargs !== n && fargs !== -1) {
          if (n > fargs) {
            pc++;
            throw runtimeError(vm, m, pc, sp, csp, "$apply");
          }
          const env = allocArray(fargs + 1);
          env[0] = acc;
          let i = fargs;
          while (i > n) env[i--] = null;
          while (i > 0) env[i--] = vs[STACK_SIZE - sp++];
          vm.sp = sp;
          vm.csp = csp;
          acc = makeApply(vm, fargs - n, env);
          pc++;
          break;
        }
      }
      // falls through: $apply with every argument is a call
      case Op.Call: {
        const nargs = code[pc++];
        const thisArg = vm.vthis;
        if (acc instanceof NekoFunction && acc.prim === null && acc.nargs === nargs) {
          if (csp + 4 >= sp) throw stackOverflow(vm, sp, csp);
          if (--vm.fuel < 0 || csp >= vm.cspLimit || sp <= vm.valsFloor) charge(vm, m, pc, sp, csp);
          st[++csp] = pc;
          st[++csp] = vm.env;
          st[++csp] = thisArg;
          st[++csp] = m;
          if (jit !== null && vm.jsUse < vm.jsBudget) {
            acc = callJit(vm, jit, acc, thisArg, sp, csp, nargs);
            sp += nargs;
            csp -= 4;
            break;
          }
          m = acc.module;
          code = m.code;
          globals = m.globals;
          pc = acc.addr;
          vm.env = acc.env;
        } else {
          vm.sp = sp;
          vm.csp = csp;
          acc = callOther(vm, m, pc, acc, nargs, thisArg);
          sp = vm.sp;
          csp = vm.csp;
        }
        break;
      }
      case Op.ObjCall: {
        const thisArg = vs[STACK_SIZE - sp++];
        const nargs = code[pc++];
        if (acc instanceof NekoFunction && acc.prim === null && acc.nargs === nargs) {
          if (csp + 4 >= sp) throw stackOverflow(vm, sp, csp);
          if (--vm.fuel < 0 || csp >= vm.cspLimit || sp <= vm.valsFloor) charge(vm, m, pc, sp, csp);
          st[++csp] = pc;
          st[++csp] = vm.env;
          st[++csp] = vm.vthis;
          st[++csp] = m;
          if (jit !== null && vm.jsUse < vm.jsBudget) {
            acc = callJit(vm, jit, acc, thisArg, sp, csp, nargs);
            sp += nargs;
            csp -= 4;
            break;
          }
          m = acc.module;
          code = m.code;
          globals = m.globals;
          pc = acc.addr;
          vm.vthis = thisArg;
          vm.env = acc.env;
        } else {
          vm.sp = sp;
          vm.csp = csp;
          acc = callOther(vm, m, pc, acc, nargs, thisArg);
          sp = vm.sp;
          csp = vm.csp;
        }
        break;
      }
      case Op.TailCall: {
        const p = code[pc];
        let stack = p >> 3;
        const nargs = p & 7;
        const curThis = vm.vthis;
        if (csp <= baseCsp) {
          // a TailCall in top-level code: no caller frame to replace, so call and end (a
          // function body run for the JS tier leaves the call to its caller, as translated
          // code does)
          const args: Value[] = [];
          for (let i = nargs - 1; i >= 0; i--) args.push(vs[STACK_SIZE - sp - i]);
          vm.sp = sp + stack;
          vm.csp = csp;
          if (tailOut) {
            vm.sp -= nargs;
            vm.tcF = acc;
            vm.tcThis = curThis;
            vm.tcArgs = args;
            return TAIL;
          }
          return vm.callEx(curThis, acc, args);
        }
        stack -= nargs;
        sp += nargs;
        for (let i = nargs; i > 0; i--) {
          sp--;
          vs[STACK_SIZE - sp - stack] = vs[STACK_SIZE - sp];
        }
        sp += stack;
        // PopInfos(true): back to the caller's frame, then call from there
        const rm = st[csp] as RuntimeModule | null;
        vm.vthis = st[csp - 1];
        vm.env = st[csp - 2] as Value[];
        pc = st[csp - 3] as number;
        csp -= 4;
        if (acc instanceof NekoFunction && acc.prim === null && acc.nargs === nargs) {
          if (--vm.fuel < 0 || csp >= vm.cspLimit || sp <= vm.valsFloor) charge(vm, rm, pc, sp, csp);
          st[++csp] = pc;
          st[++csp] = vm.env;
          st[++csp] = vm.vthis;
          st[++csp] = rm;
          m = acc.module;
          code = m.code;
          globals = m.globals;
          pc = acc.addr;
          vm.vthis = curThis;
          vm.env = acc.env;
        } else {
          m = rm as RuntimeModule;
          vm.sp = sp;
          vm.csp = csp;
          acc = callOther(vm, m, pc, acc, nargs, curThis);
          sp = vm.sp;
          csp = vm.csp;
          if (rm === null) {
            vm.sp = sp;
            vm.csp = csp;
            return acc;
          }
          code = m.code;
          globals = m.globals;
        }
        break;
      }
      case Op.Jump: {
        const t = code[pc];
        if (t < pc && --vm.fuel < 0) charge(vm, m, pc + 1, sp, csp);
        pc = t;
        break;
      }
      case Op.JumpIf:
        if (acc === true) {
          const t = code[pc];
          if (t < pc && --vm.fuel < 0) charge(vm, m, pc + 1, sp, csp);
          pc = t;
        } else pc++;
        break;
      case Op.JumpIfNot:
        if (acc !== true) {
          const t = code[pc];
          if (t < pc && --vm.fuel < 0) charge(vm, m, pc + 1, sp, csp);
          pc = t;
        } else pc++;
        break;
      case Op.Trap:
        sp -= 6;
        if (sp <= csp) throw stackOverflow(vm, sp + 6, csp);
        vs[STACK_SIZE - sp] = csp;
        vs[STACK_SIZE - sp - 1] = vm.vthis;
        vs[STACK_SIZE - sp - 2] = vm.env;
        vs[STACK_SIZE - sp - 3] = code[pc];
        vs[STACK_SIZE - sp - 4] = m.handle; // a Neko value: the trap's slots are readable by AccStack
        vs[STACK_SIZE - sp - 5] = vm.trap;
        vm.trap = STACK_SIZE - sp;
        pc++;
        break;
      case Op.EndTrap:
        if (STACK_SIZE - vm.trap !== sp) throw runtimeError(vm, m, pc, sp, csp, "Invalid End Trap");
        vm.trap = vs[STACK_SIZE - sp - 5] as number;
        for (let i = 0; i < 6; i++) vs[STACK_SIZE - sp++] = null;
        break;
      case Op.Ret: {
        sp += code[pc++];
        if (csp <= baseCsp) {
          // a Ret in top-level code: no frame of ours to return to, the code just ends
          vm.sp = sp;
          vm.csp = csp;
          return acc;
        }
        const rm = st[csp] as RuntimeModule | null;
        vm.vthis = st[csp - 1];
        vm.env = st[csp - 2] as Value[];
        pc = st[csp - 3] as number;
        csp -= 4;
        if (rm === null) {
          vm.sp = sp;
          vm.csp = csp;
          return acc;
        }
        m = rm;
        code = m.code;
        globals = m.globals;
        break;
      }
      case Op.MakeEnv: {
        let n = code[pc++];
        const env = allocArray(n);
        while (n-- > 0) env[n] = vs[STACK_SIZE - sp++];
        if (!(acc instanceof NekoFunction) || acc.prim !== null) throw runtimeError(vm, m, pc, sp, csp, "Invalid environment");
        acc = new NekoFunction(acc.nargs, acc.module, acc.addr, null, "", env);
        break;
      }
      case Op.MakeArray: {
        let n = code[pc++];
        const a = new Array<Value>(n + 1);
        while (n > 0) a[n--] = vs[STACK_SIZE - sp++];
        a[0] = acc;
        acc = a;
        break;
      }
      case Op.MakeArray2: {
        let n = code[pc++];
        const a = new Array<Value>(n + 1);
        a[n] = acc;
        while (n > 0) a[--n] = vs[STACK_SIZE - sp++];
        acc = a;
        break;
      }
      case Op.Bool:
        acc = acc !== false && acc !== null && acc !== 0;
        break;
      case Op.Not:
        acc = acc === false || acc === null || acc === 0;
        break;
      case Op.IsNull:
        acc = acc === null;
        break;
      case Op.IsNotNull:
        acc = acc !== null;
        break;
      case Op.Add: {
        const a = vs[STACK_SIZE - sp];
        if (typeof acc === "number" && typeof a === "number") acc = (a + acc) | 0;
        else if (acc instanceof NekoFloat && a instanceof NekoFloat) acc = floatOf(a.v + acc.v, a, acc);
        else acc = slow(vm, m, pc, sp, csp, add, a, acc);
        sp++;
        break;
      }
      case Op.Sub: {
        const a = vs[STACK_SIZE - sp];
        if (typeof acc === "number" && typeof a === "number") acc = (a - acc) | 0;
        else if (acc instanceof NekoFloat && a instanceof NekoFloat) acc = floatOf(a.v - acc.v, a, acc);
        else acc = slowNum(vm, m, pc, sp, csp, NumOp.Sub, a, acc);
        sp++;
        break;
      }
      case Op.Mult: {
        const a = vs[STACK_SIZE - sp];
        if (typeof acc === "number" && typeof a === "number") acc = Math.imul(a, acc);
        else if (acc instanceof NekoFloat && a instanceof NekoFloat) acc = floatOf(a.v * acc.v, a, acc);
        else acc = slowNum(vm, m, pc, sp, csp, NumOp.Mult, a, acc);
        sp++;
        break;
      }
      case Op.Mod: {
        const a = vs[STACK_SIZE - sp];
        if (typeof acc === "number" && typeof a === "number" && acc !== 0) acc = a % acc | 0;
        else acc = slowNum(vm, m, pc, sp, csp, NumOp.Mod, a, acc);
        sp++;
        break;
      }
      case Op.Div: {
        const a = vs[STACK_SIZE - sp];
        if (typeof acc === "number" && typeof a === "number") acc = new NekoFloat(a / acc);
        else if (acc instanceof NekoFloat && a instanceof NekoFloat) acc = floatOf(a.v / acc.v, a, acc);
        else acc = slow(vm, m, pc, sp, csp, div, a, acc);
        sp++;
        break;
      }
      case Op.Shl:
      case Op.Shr:
      case Op.UShr:
      case Op.Or:
      case Op.And:
      case Op.Xor: {
        const a = vs[STACK_SIZE - sp];
        const op = code[pc - 1] as Op;
        if (typeof acc !== "number" || typeof a !== "number") throw runtimeError(vm, m, pc, sp, csp, "Invalid operation (" + INT_OP_NAMES[op - Op.Shl] + ")");
        switch (op) {
          case Op.Shl:
            acc = a << acc;
            break;
          case Op.Shr:
            acc = a >> acc;
            break;
          case Op.UShr:
            acc = (a >>> acc) | 0;
            break;
          case Op.Or:
            acc = a | acc;
            break;
          case Op.And:
            acc = a & acc;
            break;
          default:
            acc = a ^ acc;
        }
        sp++;
        break;
      }
      case Op.Eq:
      case Op.Neq:
      case Op.Gt:
      case Op.Gte:
      case Op.Lt:
      case Op.Lte: {
        const a = vs[STACK_SIZE - sp];
        const op = code[pc - 1] as Op;
        let c: number;
        if (typeof acc === "number" && typeof a === "number") c = a === acc ? 0 : a < acc ? -1 : 1;
        else {
          vm.sp = sp;
          vm.csp = csp;
          c = compareValues(vm, a, acc);
          sp = vm.sp;
          csp = vm.csp;
        }
        sp++;
        if (op === Op.Neq) acc = c !== 0;
        else if (c === INVALID_COMPARISON) acc = false;
        else if (op === Op.Eq) acc = c === 0;
        else if (op === Op.Lt) acc = c < 0;
        else if (op === Op.Lte) acc = c <= 0;
        else if (op === Op.Gt) acc = c > 0;
        else acc = c >= 0;
        break;
      }
      case Op.TypeOf:
        acc = typeOfCode(acc);
        break;
      case Op.Compare: {
        const a = vs[STACK_SIZE - sp];
        vm.sp = sp;
        vm.csp = csp;
        const c = compareValues(vm, a, acc);
        sp = vm.sp;
        csp = vm.csp;
        acc = c === INVALID_COMPARISON ? null : c;
        sp++;
        break;
      }
      case Op.PhysCompare: {
        const a = vs[STACK_SIZE - sp];
        acc = physCompare(a, acc);
        sp++;
        break;
      }
      case Op.Hash:
        if (acc instanceof NekoString) {
          vm.sp = sp;
          vm.csp = csp;
          acc = vm.fieldId(acc);
        } else throw runtimeError(vm, m, pc, sp, csp, "$hash");
        break;
      case Op.New:
        vm.sp = sp;
        vm.csp = csp;
        if (acc === null) acc = new NekoObject();
        else if (acc instanceof NekoObject) acc = copyObject(acc);
        else throw vm.throwString("$new");
        break;
      case Op.JumpTable: {
        const n = code[pc];
        if (typeof acc === "number" && acc >= 0 && acc < n) pc += 1 + 2 * acc;
        else pc += 1 + 2 * n;
        break;
      }
      case Op.Loop:
        break;
      case Op.Last:
        vm.sp = sp;
        vm.csp = csp;
        return acc;
      default:
        throw runtimeError(vm, m, pc, sp, csp, "Invalid opcode");
    }
  }

}


// ---- slow paths, outside the loop so its locals stay in registers ----

/**
 * A call from the interpreter into the JS tier, under the frame just pushed at csp (which
 * also keeps the caller's env and this, restored after). The arguments stay on the stack.
 */
/** The JS stack an interpreter loop takes (counted in vm.jsUse when it calls translated code). */
const INTERP_FRAME_BYTES = 800;

function callJit(vm: VM, jit: JitTier, f: NekoFunction, thisArg: Value, sp: number, csp: number, nargs: number): Value {
  const st = vm.stack;
  const vs = vm.vals;
  vm.sp = sp;
  vm.csp = csp;
  const args = new Array<Value>(nargs);
  for (let i = 0; i < nargs; i++) args[i] = vs[STACK_SIZE - sp - (nargs - 1 - i)];
  const use = vm.jsUse;
  vm.jsUse = use + INTERP_FRAME_BYTES;
  const r = jit.enter(f, thisArg, args);
  vm.jsUse = use;
  vm.env = st[csp - 2] as Value[];
  vm.vthis = st[csp - 1];
  return r;
}

/** neko PushInfos: a frame recording this position (for traces); the JS tier uses it too. */
export function pushInfos(vm: VM, m: RuntimeModule, pc: number): void {
  const st = vm.stack;
  if (vm.csp + 4 >= vm.sp) throw vm.throwString("Stack Overflow");
  st[++vm.csp] = pc;
  st[++vm.csp] = vm.env;
  st[++vm.csp] = vm.vthis;
  st[++vm.csp] = m;
}

function popInfos(vm: VM): void {
  const st = vm.stack;
  const csp = vm.csp;
  vm.vthis = st[csp - 1];
  vm.env = st[csp - 2] as Value[];
  st[csp] = st[csp - 1] = st[csp - 2] = st[csp - 3] = null;
  vm.csp = csp - 4;
}

/**
 * The embedder's budget check (VM.chargeBudget) at a backward jump or a call, with the
 * position recorded in the trace when a limit stops the program.
 */
function charge(vm: VM, m: RuntimeModule | null, pc: number, sp: number, csp: number): void {
  vm.sp = sp;
  vm.csp = csp;
  try {
    vm.chargeBudget();
  } catch (e) {
    if (m !== null && vm.csp + 4 < vm.sp) pushInfos(vm, m, pc);
    throw e;
  }
}

/** neko RuntimeError: record the position, then throw msg. */
function runtimeError(vm: VM, m: RuntimeModule, pc: number, sp: number, csp: number, msg: string): NekoThrow {
  vm.sp = sp;
  vm.csp = csp;
  pushInfos(vm, m, pc);
  return vm.throwString(msg);
}

function fieldError(vm: VM, m: RuntimeModule, pc: number, sp: number, csp: number, id: number): NekoThrow {
  vm.sp = sp;
  vm.csp = csp;
  pushInfos(vm, m, pc);
  invalidField(vm, id);
}

/** Run a slow path under a frame for this position (neko ObjectOp / RuntimeError). */
function slow(vm: VM, m: RuntimeModule, pc: number, sp: number, csp: number, fn: (vm: VM, a: Value, b: any) => Value, a: Value, b: Value): Value {
  vm.sp = sp;
  vm.csp = csp;
  pushInfos(vm, m, pc);
  const r = fn(vm, a, b);
  popInfos(vm);
  return r;
}

function slowNum(vm: VM, m: RuntimeModule, pc: number, sp: number, csp: number, op: NumOp, a: Value, b: Value): Value {
  vm.sp = sp;
  vm.csp = csp;
  pushInfos(vm, m, pc);
  const r = numOp(vm, op, a, b);
  popInfos(vm);
  return r;
}

function slowSet(vm: VM, m: RuntimeModule, pc: number, sp: number, csp: number, a: Value, i: Value, v: Value): Value {
  vm.sp = sp;
  vm.csp = csp;
  pushInfos(vm, m, pc);
  const r = setArray(vm, a, i, v);
  popInfos(vm);
  return r;
}

/** A call of anything but a same-arity bytecode function (neko DoCall's other branches). Pops the args. */
function callOther(vm: VM, m: RuntimeModule, pc: number, f: Value, nargs: number, thisArg: Value): Value {
  if (f instanceof NekoFunction && f.prim !== null && (nargs === f.nargs || f.nargs === -1)) {
    pushInfos(vm, m, pc);
    vm.vthis = thisArg;
    vm.env = f.env;
    const r = callPrimitive(vm, f, vm.vals, vm.sp, nargs);
    popInfos(vm);
    vm.sp += nargs;
    return r;
  }
  throw runtimeError(vm, m, pc, vm.sp, vm.csp, "Invalid call");
}

const INT_OP_NAMES = ["<<", ">>", ">>>", "|", "&", "^"];

/** Physical comparison: ints by value; other values by identity (order is arbitrary). */
function physCompare(a: Value, b: Value): number {
  if (typeof a === "number" && typeof b === "number") return a > b ? 1 : a < b ? -1 : 0;
  if (a === b) return 0;
  return 1;
}

export { EMPTY_ARRAY, hashBytes, str, opError };
