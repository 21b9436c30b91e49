// The checks neko's loader applies to a module before running it (neko vm/module.c:
// operand ranges, jump targets on instruction starts, and neko_check_stack: one stack
// depth per instruction on every path, no underflow, balanced Ret/TailCall/Last).
//
// The stack walk is iterative (a work list) so a huge module cannot overflow the JS stack.

import { CALL_MAX_ARGS, MAX_STACK_PER_FUNCTION, Op, OPCODES } from "./opcodes.js";
import { InvalidModule, type ModuleData } from "./reader.js";

/** A check that neko reports as a failure (file/line/msg) rather than "Invalid module". */
export class ModuleFailure extends Error {
  constructor(msg: string, public readonly file: string, public readonly line: number) {
    super(msg);
    this.name = "ModuleFailure";
  }
}

function need32Bits(n: number): boolean {
  return n < -0x40000000 || n > 0x3fffffff;
}

/** Operand checks of neko's first pass, in instruction order. */
function checkOperands(m: ModuleData, onBuiltin?: (fieldId: number) => void): void {
  const { code, starts, codesize, nglobals } = m;
  for (let i = 0; i < codesize; i++) {
    if (!starts[i]) continue;
    const op = code[i] as Op;
    const p = code[i + 1];
    if (op < 0 || op >= Op.Last) throw new InvalidModule("unknown opcode " + op);
    if ((starts[i + 1] === 1) === OPCODES[op].hasParam) throw new InvalidModule("bad operand encoding");
    switch (op) {
      case Op.AccBuiltin:
        if (onBuiltin) onBuiltin(p);
        break;
      case Op.AccGlobal:
      case Op.SetGlobal:
        if (p >>> 0 >= nglobals) throw new InvalidModule("global index out of range");
        break;
      case Op.Jump:
      case Op.JumpIf:
      case Op.JumpIfNot:
      case Op.Trap: {
        const target = (i + p) >>> 0;
        if (target > codesize || !starts[target]) throw new InvalidModule("jump outside instructions");
        break;
      }
      case Op.AccStack:
        if (((p + 2) | 0) < 0) throw new InvalidModule("negative stack index");
        break;
      case Op.SetStack:
      case Op.Ret:
      case Op.Pop:
      case Op.AccEnv:
      case Op.SetEnv:
        if (p < 0) throw new InvalidModule("negative operand");
        break;
      case Op.Call:
      case Op.ObjCall:
        if (p >>> 0 > CALL_MAX_ARGS) throw new InvalidModule("too many call arguments");
        break;
      case Op.TailCall:
        if ((p & 7) > CALL_MAX_ARGS) throw new InvalidModule("too many call arguments");
        break;
      case Op.Apply:
        if (p === 0 || p >>> 0 >= CALL_MAX_ARGS) throw new InvalidModule("bad apply arguments");
        break;
      case Op.MakeEnv:
        if (p >>> 0 > 0xff) throw new ModuleFailure("Too much big environment", "module.c", 524);
        break;
      case Op.MakeArray:
        if (p >>> 0 > 0x10000) throw new ModuleFailure("Too much big array", "module.c", 528);
        break;
      case Op.JumpTable:
        if (p >>> 0 > 512 || i + 1 + p * 2 >= codesize) throw new InvalidModule("bad jump table");
        break;
    }
  }
}

export const UNKNOWN = -1;

interface Continuation {
  /** The jump or table instruction that descended into a target. */
  i: number;
  /** Stack depth to resume with. */
  stack: number;
  /** JumpTable: the entry checked last (1-based); other jumps: 0. */
  entry: number;
}

/**
 * neko_check_stack from one entry point; `depth` is shared between entry points as in neko.
 * neko recurses into each jump target as soon as it meets it, and the result depends on
 * that order (a visited Trap handler is compared with the depth after the Trap), so this
 * walks in the same depth-first order, with an explicit stack instead of JS recursion.
 */
function checkStack(m: ModuleData, depth: Int32Array, entry: number, stack0: number, istack: number): boolean {
  const { code } = m;
  const conts: Continuation[] = [];
  let i = entry;
  let stack = stack0;
  for (;;) {
    // scan from (i, stack) until this path ends
    let ok: boolean;
    scan: for (;;) {
      const c = code[i] as Op;
      if (depth[i] === UNKNOWN) depth[i] = stack;
      else {
        ok = depth[i] === stack;
        break scan;
      }
      const info = OPCODES[c];
      const p = code[i + 1];
      const s = info.stack;
      const before = stack;
      if (s === "+P") stack += p;
      else if (s === "-P") stack -= p;
      else stack += s;
      if (stack < istack || stack >= MAX_STACK_PER_FUNCTION - 4) return false;
      switch (c) {
        case Op.Jump:
        case Op.JumpIf:
        case Op.JumpIfNot:
        case Op.Trap: {
          const target = i + p;
          if (depth[target] === UNKNOWN) {
            conts.push({ i, stack, entry: 0 });
            i = target;
            if (c === Op.Trap) stack = before;
            continue scan;
          }
          if (depth[target] !== stack) return false;
          if (c === Op.Jump) {
            ok = true;
            break scan;
          }
          break;
        }
        case Op.JumpTable:
          if (p > 0) {
            if (code[i + 2] !== Op.Jump) return false;
            conts.push({ i, stack, entry: 1 });
            i = i + 2;
            continue scan;
          }
          break;
        case Op.AccStack:
          if (p + 2 >= stack) return false;
          break;
        case Op.SetStack:
          if (p >= stack) return false;
          break;
        case Op.AccStack0:
          if (0 >= stack) return false;
          break;
        case Op.AccStack1:
          if (1 >= stack) return false;
          break;
        case Op.Last:
          ok = stack === 0;
          break scan;
        case Op.Ret:
          ok = p === stack;
          break scan;
        case Op.ObjCall:
          stack--;
          if (stack < istack) return false;
          break;
        case Op.TailCall:
          ok = !(stack - (p & 7) < istack || p >> 3 !== stack);
          break scan;
      }
      i += info.hasParam ? 2 : 1;
    }
    if (!ok) return false;
    // return from the innermost descent
    for (;;) {
      const k = conts.pop();
      if (k === undefined) return true;
      const op = code[k.i] as Op;
      if (op === Op.JumpTable) {
        const n = code[k.i + 1];
        if (k.entry < n) {
          k.entry++;
          const at = k.i + 2 * k.entry;
          if (code[at] !== Op.Jump) return false;
          conts.push(k);
          i = at;
          stack = k.stack;
          break;
        }
        i = k.i + 2 * n + 2;
        stack = k.stack;
        break;
      }
      if (op === Op.Jump) continue; // a Jump's path ends with its target
      i = k.i + 2;
      stack = k.stack;
      break;
    }
  }
}

/**
 * Verify a parsed module as neko's loader does. Throws InvalidModule (neko: "Invalid module")
 * or ModuleFailure (neko: a failure such as "Too much big environment"). `onBuiltin` is
 * called for each AccBuiltin operand during the operand pass (where neko resolves builtins).
 * Returns the stack depth before each reachable instruction (UNKNOWN elsewhere), counted
 * from the start of its function (whose arguments count): the JS tier's slot numbering.
 */
export function verifyModule(m: ModuleData, onBuiltin?: (fieldId: number) => void): Int32Array {
  checkOperands(m, onBuiltin);
  const depth = new Int32Array(m.codesize + 1).fill(UNKNOWN);
  if (!checkStack(m, depth, 0, 0, 0)) throw new InvalidModule("inconsistent stack");
  let prev = 0;
  for (const g of m.globals) {
    if (g.kind !== "function") continue;
    if (g.addr >= m.codesize || !m.starts[g.addr] || g.addr < prev) throw new InvalidModule("bad function address");
    if (!checkStack(m, depth, g.addr, g.nargs, g.nargs)) throw new InvalidModule("inconsistent stack in function");
    prev = g.addr;
  }
  return depth;
}

export { need32Bits };
