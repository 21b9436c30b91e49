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

/** Operand checks of neko's first pass. */
function checkOperands(m: ModuleData): void {
  const { code, starts, codesize, nglobals } = m;
  for (let i = 0; i < codesize; i++) {
    if (!starts[i]) continue;
    const op = code[i] as Op;
    const p = code[i + 1];
    switch (op) {
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
        if (p + 2 < 0) throw new InvalidModule("negative stack index");
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

const UNKNOWN = -1;

/** neko_check_stack from one entry point; `depth` shared between entry points as in neko. */
function checkStack(m: ModuleData, depth: Int32Array, entry: number, stack0: number, istack: number): boolean {
  const { code } = m;
  const work: number[] = [entry, stack0];
  while (work.length) {
    let stack = work.pop()!;
    let i = work.pop()!;
    for (;;) {
      const c = code[i] as Op;
      if (depth[i] === UNKNOWN) depth[i] = stack;
      else if (depth[i] !== stack) return false;
      else break;
      const info = OPCODES[c];
      const p = code[i + 1];
      const s = info.stack;
      let before = stack;
      if (s === "+P") stack += p;
      else if (s === "-P") stack -= p;
      else stack += s;
      if (stack < istack || stack >= MAX_STACK_PER_FUNCTION - 4) return false;
      let stop = false;
      switch (c) {
        case Op.Jump:
        case Op.JumpIf:
        case Op.JumpIfNot:
        case Op.Trap: {
          const target = i + p;
          const st = c === Op.Trap ? before : stack;
          if (depth[target] === UNKNOWN) work.push(target, st);
          else if (depth[target] !== st) return false;
          if (c === Op.Jump) stop = true;
          break;
        }
        case Op.JumpTable:
          for (let k = 1; k <= p; k++) {
            const at = i + 2 * k;
            if (code[at] !== Op.Jump || !m.starts[at]) return false;
            work.push(at, stack);
          }
          i += 2 * p;
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
          if (stack !== 0) return false;
          stop = true;
          break;
        case Op.Ret:
          if (p !== stack) return false;
          stop = true;
          break;
        case Op.ObjCall:
          stack--;
          if (stack < istack) return false;
          break;
        case Op.TailCall:
          if (stack - (p & 7) < istack || p >> 3 !== stack) return false;
          stop = true;
          break;
      }
      if (stop) break;
      i += info.hasParam ? 2 : 1;
    }
  }
  return true;
}

/**
 * Verify a parsed module as neko's loader does. Throws InvalidModule (neko: "Invalid module")
 * or ModuleFailure (neko: a failure such as "Too much big environment").
 */
export function verifyModule(m: ModuleData): void {
  checkOperands(m);
  const depth = new Int32Array(m.codesize + 1).fill(UNKNOWN);
  if (!checkStack(m, depth, 0, 0, 0)) throw new InvalidModule("inconsistent stack");
  let prev = 0;
  for (const g of m.globals) {
    if (g.kind !== "function") continue;
    if (g.addr >= m.codesize || !m.starts[g.addr] || g.addr < prev) throw new InvalidModule("bad function address");
    if (!checkStack(m, depth, g.addr, g.nargs, g.nargs)) throw new InvalidModule("inconsistent stack in function");
    prev = g.addr;
  }
}

export { need32Bits };
