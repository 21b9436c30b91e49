// Calls of builtins that nekoc compiles specially (Compile.nml compile_builtin): operators
// in builtin form ($istrue, $not, $typeof, $hash, $new, $compare, $pcompare), $goto, $array
// (MakeArray, split through $aconcat when large) and $apply.

import { Op } from "../bytecode/opcodes.js";
import type { Expr, Pos } from "./ast.js";
import { compile, compileConstant } from "./codegen.js";
import { type Ctx, TRAP_STACK_DELTA, error, jmp, op, trap, write } from "./context.js";

const UNARY: Record<string, Op> = {
  istrue: Op.Bool,
  not: Op.Not,
  typeof: Op.TypeOf,
  hash: Op.Hash,
  new: Op.New,
};

function makeArray(p: Pos, el: readonly Expr[]): Expr {
  return { kind: "call", e: { kind: "const", c: { kind: "builtin", value: "array" }, pos: p }, args: el, pos: p };
}

export function compileBuiltin(ctx: Ctx, tail: boolean, b: string, el: readonly Expr[], p: Pos): void {
  if (el.length === 1 && Object.prototype.hasOwnProperty.call(UNARY, b)) {
    compile(ctx, false, el[0]);
    op(ctx, UNARY[b]);
    return;
  }
  if (el.length === 2 && (b === "compare" || b === "pcompare")) {
    compile(ctx, false, el[0]);
    op(ctx, Op.Push);
    compile(ctx, false, el[1]);
    op(ctx, b === "compare" ? Op.Compare : Op.PhysCompare);
    return;
  }
  if (b === "goto") {
    const target = el.length === 1 ? el[0] : null;
    if (target === null || target.kind !== "const" || target.c.kind !== "ident") error("Invalid $goto statement", p);
    return compileGoto(ctx, target.c.value, p);
  }
  if (b === "array" && el.length > 0) {
    const count = el.length - 1;
    // a single function can't have >128 stack
    if (count > 120 - ctx.stack && count > 8) {
      // split in 8 and recurse
      const part = count >> 3;
      const chunks: Expr[][] = [];
      let acc: Expr[] = [];
      for (const e of el) {
        if (acc.length === part) {
          chunks.push(acc);
          acc = [];
        }
        acc.push(e);
      }
      chunks.push(acc);
      const arr = makeArray(
        p,
        chunks.map((c) => makeArray(p, c)),
      );
      compileBuiltin(ctx, tail, "aconcat", [arr], p);
    } else if (ctx.version >= 2) {
      compile(ctx, false, el[0]);
      for (let i = 1; i < el.length; i++) {
        op(ctx, Op.Push);
        compile(ctx, false, el[i]);
      }
      op(ctx, Op.MakeArray, count);
    } else {
      for (let i = 1; i < el.length; i++) {
        compile(ctx, false, el[i]);
        op(ctx, Op.Push);
      }
      compile(ctx, false, el[0]);
      op(ctx, Op.MakeArray, count);
    }
    return;
  }
  if (b === "apply" && el.length > 0) {
    for (let i = 1; i < el.length; i++) {
      compile(ctx, false, el[i]);
      op(ctx, Op.Push);
    }
    compile(ctx, false, el[0]);
    const nargs = el.length - 1;
    if (nargs > 0) op(ctx, Op.Apply, nargs);
    return;
  }
  for (const e of el) {
    compile(ctx, false, e);
    op(ctx, Op.Push);
  }
  compileConstant(ctx, { kind: "builtin", value: b });
  if (tail) write(ctx, { op: Op.TailCall, n: el.length, st: ctx.stack - ctx.limit });
  else op(ctx, Op.Call, el.length);
}

function compileGoto(ctx: Ctx, name: string, p: Pos): void {
  const l = ctx.g.labels.get(name);
  if (l === undefined) error("Unknown label " + name, p);
  const os = ctx.stack;
  // strip the traps common to here and the label (outermost first)
  let k = 0;
  while (k < ctx.traps.length && k < l.traps.length && ctx.traps[k] === l.traps[k]) k++;
  const straps = ctx.traps.slice(k);
  const dtraps = l.traps.slice(k);
  for (let i = straps.length - 1; i >= 0; i--) {
    const t = straps[i];
    if (ctx.stack !== t) op(ctx, Op.Pop, ctx.stack - t);
    op(ctx, Op.EndTrap);
  }
  const entered = dtraps.map((t) => {
    const d = t - TRAP_STACK_DELTA;
    if (d < ctx.stack) op(ctx, Op.Pop, ctx.stack - d);
    while (ctx.stack < d) op(ctx, Op.Push);
    return trap(ctx);
  });
  if (l.stack < ctx.stack) op(ctx, Op.Pop, ctx.stack - l.stack);
  while (l.stack > ctx.stack) op(ctx, Op.Push);
  ctx.stack = os;
  if (l.pos === null) l.wait = [jmp(ctx), ...l.wait];
  else op(ctx, Op.Jump, l.pos);
  for (const t of entered) {
    t();
    op(ctx, Op.Push);
    compileConstant(ctx, { kind: "builtin", value: "throw" });
    op(ctx, Op.Call, 1);
    // an infinite loop, to comply with the bytecode checker
    jmp(ctx);
  }
}
