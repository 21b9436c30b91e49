// The Neko 2.3 instruction set (neko vm/opcodes.h): one table drives the reader, verifier,
// dump, interpreter and JS tier.
//
// Stack effect: a number, or "+P"/"-P" meaning "plus/minus the operand".

export const enum Op {
  AccNull, AccTrue, AccFalse, AccThis, AccInt, AccStack, AccGlobal, AccEnv, AccField, AccArray,
  AccIndex, AccBuiltin, SetStack, SetGlobal, SetEnv, SetField, SetArray, SetIndex, SetThis, Push,
  Pop, Call, ObjCall, Jump, JumpIf, JumpIfNot, Trap, EndTrap, Ret, MakeEnv,
  MakeArray, Bool, IsNull, IsNotNull, Add, Sub, Mult, Div, Mod, Shl,
  Shr, UShr, Or, And, Xor, Eq, Neq, Gt, Gte, Lt,
  Lte, Not, TypeOf, Compare, Hash, New, JumpTable, Apply, AccStack0, AccStack1,
  AccIndex0, AccIndex1, PhysCompare, TailCall, Loop, MakeArray2, AccInt32, Last,
}

export type StackEffect = number | "+P" | "-P";

export interface OpInfo {
  readonly name: string;
  /** Whether the instruction takes one operand word. */
  readonly hasParam: boolean;
  /** Change of the stack depth. */
  readonly stack: StackEffect;
  /** What it does (acc = accumulator, sp[n] = n-th stack slot from the top). */
  readonly meaning: string;
}

function op(name: string, hasParam: boolean, stack: StackEffect, meaning: string): OpInfo {
  return { name, hasParam, stack, meaning };
}

/** Indexed by Op. */
export const OPCODES: readonly OpInfo[] = [
  op("AccNull", false, 0, "acc := null"),
  op("AccTrue", false, 0, "acc := true"),
  op("AccFalse", false, 0, "acc := false"),
  op("AccThis", false, 0, "acc := this"),
  op("AccInt", true, 0, "acc := P (an int)"),
  op("AccStack", true, 0, "acc := sp[P] (the reader adds 2: P counts from the 3rd slot)"),
  op("AccGlobal", true, 0, "acc := globals[P]"),
  op("AccEnv", true, 0, "acc := env[P] ('Reading Outside Env' if out of range)"),
  op("AccField", true, 0, "acc := acc.field(P) (prototype chain, then resolver, else null)"),
  op("AccArray", false, -1, "acc := pop()[acc] (arrays by int, objects through __get)"),
  op("AccIndex", true, 0, "acc := acc[P] (the reader adds 2)"),
  op("AccBuiltin", true, 0, "acc := builtin named by field id P ($loader, $exports, $print...)"),
  op("SetStack", true, 0, "sp[P] := acc"),
  op("SetGlobal", true, 0, "globals[P] := acc"),
  op("SetEnv", true, 0, "env[P] := acc ('Writing Outside Env' if out of range)"),
  op("SetField", true, -1, "pop().field(P) := acc"),
  op("SetArray", false, -2, "o := pop(); i := pop(); o[i] := acc (objects through __set)"),
  op("SetIndex", true, -1, "pop()[P] := acc"),
  op("SetThis", false, 0, "this := acc"),
  op("Push", false, 1, "push(acc)"),
  op("Pop", true, "-P", "drop P slots"),
  op("Call", true, "-P", "acc := acc(P args popped), this unchanged"),
  op("ObjCall", true, "-P", "o := pop(); acc := acc(P args popped) with this = o"),
  op("Jump", true, 0, "pc += P"),
  op("JumpIf", true, 0, "if acc == true then pc += P"),
  op("JumpIfNot", true, 0, "if acc != true then pc += P"),
  op("Trap", true, 6, "push an exception handler at pc + P (6 slots)"),
  op("EndTrap", false, -6, "pop the current exception handler"),
  op("Ret", true, 0, "drop P slots and return acc to the caller"),
  op("MakeEnv", true, "-P", "acc := copy of function acc with env = P popped values"),
  op("MakeArray", true, "-P", "acc := [acc, P popped values] (old evaluation order)"),
  op("Bool", false, 0, "acc := acc is not false/null/0"),
  op("IsNull", false, 0, "acc := acc == null"),
  op("IsNotNull", false, 0, "acc := acc != null"),
  op("Add", false, -1, "acc := pop() + acc (numbers, strings, __add/__radd)"),
  op("Sub", false, -1, "acc := pop() - acc"),
  op("Mult", false, -1, "acc := pop() * acc"),
  op("Div", false, -1, "acc := pop() / acc (always a float for numbers)"),
  op("Mod", false, -1, "acc := pop() % acc"),
  op("Shl", false, -1, "acc := pop() << acc"),
  op("Shr", false, -1, "acc := pop() >> acc"),
  op("UShr", false, -1, "acc := pop() >>> acc"),
  op("Or", false, -1, "acc := pop() | acc"),
  op("And", false, -1, "acc := pop() & acc"),
  op("Xor", false, -1, "acc := pop() ^ acc"),
  op("Eq", false, -1, "acc := compare(pop(), acc) == 0"),
  op("Neq", false, -1, "acc := compare(pop(), acc) != 0 (true when invalid)"),
  op("Gt", false, -1, "acc := compare(pop(), acc) > 0"),
  op("Gte", false, -1, "acc := compare(pop(), acc) >= 0"),
  op("Lt", false, -1, "acc := compare(pop(), acc) < 0"),
  op("Lte", false, -1, "acc := compare(pop(), acc) <= 0"),
  op("Not", false, 0, "acc := acc is false/null/0"),
  op("TypeOf", false, 0, "acc := $typeof(acc)"),
  op("Compare", false, -1, "acc := $compare(pop(), acc) (null when invalid)"),
  op("Hash", false, 0, "acc := field id of string acc"),
  op("New", false, 0, "acc := $new(acc)"),
  op("JumpTable", true, 0, "if 0 <= acc < P then pc += acc (into P Jump slots) else skip them"),
  op("Apply", true, "-P", "acc := acc applied to P popped args (partial application)"),
  op("AccStack0", false, 0, "acc := sp[0]"),
  op("AccStack1", false, 0, "acc := sp[1]"),
  op("AccIndex0", false, 0, "acc := acc[0]"),
  op("AccIndex1", false, 0, "acc := acc[1]"),
  op("PhysCompare", false, -1, "acc := physical comparison of pop() and acc"),
  op("TailCall", true, 0, "call acc with P&7 args, replacing the current frame of P>>3 slots"),
  op("Loop", false, 0, "no-op (a loop back-edge marker)"),
  op("MakeArray2", true, "-P", "acc := [P popped values, acc] (bytecode version >= 2)"),
  op("AccInt32", true, 0, "acc := P (an int needing 32 bits)"),
  op("Last", false, 0, "end of code: return acc"),
];

export const OPCODE_COUNT = Op.Last; // opcodes below this are valid in a file

/** Maximum arguments of a call (neko CALL_MAX_ARGS). */
export const CALL_MAX_ARGS = 5;
/** Maximum stack slots a function may use (neko MAX_STACK_PER_FUNCTION). */
export const MAX_STACK_PER_FUNCTION = 128;
