// Module assembly (Compile.nml compile): the label pre-pass, the top-level code, then the
// functions and object prototypes placed before it, and the debug information last.

import { Op } from "../bytecode/opcodes.js";
import type { Instr, ModuleCode } from "../bytecode/writer.js";
import type { Expr } from "./ast.js";
import { compile } from "./codegen.js";
import { Ctx, ModuleTables, checkBreaks, op, write } from "./context.js";
import { scanLabels } from "./scan.js";

/** Compiles a parsed program (nekoc's Compile.compile) into globals and instructions. */
export function compileProgram(version: number, ast: Expr): ModuleCode {
  const g = new ModuleTables();
  const ctx = new Ctx(g, version, { stack: 0, loopLimit: 0, limit: -1, locals: null, curFile: 0, curLine: 0, curfile: "_" });
  if (version >= 2) g.gtable.push({ kind: "version", version });
  scanLabels(ctx, true, true, ast);
  compile(ctx, false, ast);
  checkBreaks(ctx);
  if (g.functions.length > 0 || g.gobjects.size > 0) {
    const ctxops = ctx.ops;
    const ctxpos = ctx.pos;
    const ops: Instr[] = [];
    const pos: number[] = [];
    ctx.pos = pos;
    ctx.ops = ops;
    op(ctx, Op.Jump, 0);
    for (const f of g.functions) {
      g.gtable[f.gid] = { kind: "function", pos: ops.length, nargs: f.nargs };
      for (const x of f.ops) ops.push(x);
      for (const x of f.pos) pos.push(x);
    }
    ops[0] = { op: Op.Jump, n: ops.length };
    const objects = [...g.gobjects.values()].sort((a, b) => a.gid - b.gid);
    for (const { fields, gid } of objects) {
      op(ctx, Op.AccNull);
      op(ctx, Op.New);
      op(ctx, Op.SetGlobal, gid);
      for (const f of fields) {
        op(ctx, Op.AccGlobal, gid);
        op(ctx, Op.Push);
        write(ctx, { op: Op.SetField, s: f });
      }
    }
    for (const x of ctxpos) pos.push(x);
    for (const x of ctxops) ops.push(x);
  }
  g.gtable.push({ kind: "debug", files: g.files, pos: ctx.pos });
  return { globals: g.gtable, ops: ctx.ops };
}

