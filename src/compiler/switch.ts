// switch (Compile.nml): a single case is an if, small non-negative int constants make a
// JumpTable, anything else a chain of comparisons.

import { Op } from "../bytecode/opcodes.js";
import type { Expr, Pos } from "./ast.js";
import { compile } from "./codegen.js";
import { type Ctx, cjmp, jmp, op } from "./context.js";
import { getCasesInts } from "./scan.js";

export function compileSwitch(
  ctx: Ctx,
  tail: boolean,
  e: Expr,
  cases: readonly { value: Expr; body: Expr }[],
  eo: Expr | null,
  p: Pos,
): void {
  if (cases.length === 1) {
    const c = cases[0];
    compile(ctx, tail, { kind: "if", cond: { kind: "binop", op: "==", e1: e, e2: c.value, pos: p }, then: c.body, else: eo, pos: p });
    return;
  }
  const table = getCasesInts(cases);
  if (table !== null) {
    compile(ctx, false, e);
    op(ctx, Op.JumpTable, table.size);
    const tbl: (Expr | null)[] = new Array(table.size).fill(null);
    for (const [i, body] of table.ints) tbl[i] = body;
    const jumps = tbl.map((body) => ({ j: jmp(ctx), body }));
    for (const { j, body } of jumps) if (body === null) j();
    if (eo === null) op(ctx, Op.AccNull);
    else compile(ctx, tail, eo);
    const jumpEnd = jmp(ctx);
    const ends = jumps.map(({ j, body }) => {
      if (body === null) return () => {};
      j();
      compile(ctx, tail, body);
      return jmp(ctx);
    });
    jumpEnd();
    for (const j of ends) j();
    return;
  }
  compile(ctx, false, e);
  op(ctx, Op.Push);
  const jumps = cases.map((c) => {
    op(ctx, Op.AccStack0);
    op(ctx, Op.Push);
    compile(ctx, false, c.value);
    op(ctx, Op.Eq);
    return { j: cjmp(true, ctx), body: c.body };
  });
  if (eo === null) op(ctx, Op.AccNull);
  else compile(ctx, tail, { kind: "block", el: [eo], pos: p });
  const jumpEnd = jmp(ctx);
  const ends = jumps.map(({ j, body }) => {
    j();
    compile(ctx, tail, { kind: "block", el: [body], pos: p });
    return jmp(ctx);
  });
  jumpEnd();
  for (const j of ends) j();
  op(ctx, Op.Pop, 1);
}

