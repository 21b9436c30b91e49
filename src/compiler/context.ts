// Code generation state (nekoc 2.3 src/neko/Compile.nml): the per-module tables and the
// per-function context, instruction emission with stack and debug-position bookkeeping, and
// jump patching.

import { Op, OPCODES } from "../bytecode/opcodes.js";
import type { Instr, ModuleGlobal } from "../bytecode/writer.js";
import { type Pos, isNullPos } from "./ast.js";
import { NekoCompileError } from "./errors.js";

/** Stack slots used by an exception handler (Trap). */
export const TRAP_STACK_DELTA = 6;

export interface Label {
  readonly name: string;
  /** Trap stack depths, outermost first. */
  readonly traps: readonly number[];
  readonly stack: number;
  pos: number | null;
  wait: (() => void)[];
}

export interface CompiledFunction {
  ops: Instr[];
  pos: number[];
  gid: number;
  nargs: number;
}

/** Module-wide tables (nekoc's "globals" record). */
export class ModuleTables {
  /** Global ids of variables ("v"), strings ("s") and floats ("f"), by kind + name. */
  readonly globals = new Map<string, number>();
  /** Global id of the prototype object of each sorted field list. */
  readonly gobjects = new Map<string, { fields: string[]; gid: number }>();
  /** Compiled functions, in order of completion. */
  readonly functions: CompiledFunction[] = [];
  readonly gtable: ModuleGlobal[] = [];
  readonly labels = new Map<string, Label>();
  readonly hfiles = new Map<string, number>();
  readonly files: string[] = [];
}

/** Local variables: a persistent list, newest first. */
export interface Locals {
  readonly name: string;
  readonly index: number;
  readonly next: Locals | null;
}

export function findLocal(l: Locals | null, name: string): number | undefined {
  for (; l !== null; l = l.next) if (l.name === name) return l.index;
  return undefined;
}

export function addLocal(l: Locals | null, name: string, index: number): Locals {
  return { name, index, next: l };
}

export interface PendingJump {
  readonly patch: () => void;
  readonly pos: Pos;
}

export class Ctx {
  ops: Instr[] = [];
  pos: number[] = [];
  locals: Locals | null;
  env = new Map<string, number>();
  nenv = 0;
  stack: number;
  loopLimit: number;
  loopTraps = 0;
  limit: number;
  /** Stack depths of the active traps, outermost first. */
  traps: number[] = [];
  breaks: PendingJump[] = [];
  continues: PendingJump[] = [];
  curFile: number;
  curLine: number;
  curfile: string;

  constructor(
    readonly g: ModuleTables,
    readonly version: number,
    init: { stack: number; loopLimit: number; limit: number; locals: Locals | null; curFile: number; curLine: number; curfile: string },
  ) {
    this.stack = init.stack;
    this.loopLimit = init.loopLimit;
    this.limit = init.limit;
    this.locals = init.locals;
    this.curFile = init.curFile;
    this.curLine = init.curLine;
    this.curfile = init.curfile;
  }
}

export function error(msg: string, p: Pos): never {
  throw new NekoCompileError(msg, p, "compile");
}

function stackDelta(x: Instr): number {
  switch (x.op) {
    case Op.Add:
    case Op.Sub:
    case Op.Mult:
    case Op.Div:
    case Op.Mod:
    case Op.Shl:
    case Op.Shr:
    case Op.UShr:
    case Op.Or:
    case Op.And:
    case Op.Xor:
    case Op.Eq:
    case Op.Neq:
    case Op.Gt:
    case Op.Gte:
    case Op.Lt:
    case Op.Lte:
    case Op.PhysCompare:
    case Op.AccArray:
    case Op.SetField:
    case Op.SetIndex:
    case Op.Compare:
      return -1;
    case Op.SetArray:
      return -2;
    case Op.Push:
      return 1;
    case Op.Pop:
    case Op.Apply:
    case Op.Call:
    case Op.TailCall:
    case Op.MakeEnv:
    case Op.MakeArray:
      return -x.n!;
    case Op.ObjCall:
      return -(x.n! + 1);
    case Op.Trap:
      return TRAP_STACK_DELTA;
    case Op.EndTrap:
      return -TRAP_STACK_DELTA;
    default:
      return 0;
  }
}

export function write(ctx: Ctx, x: Instr): void {
  ctx.stack += stackDelta(x);
  ctx.pos.push(ctx.curFile, ctx.curLine);
  if (OPCODES[x.op].hasParam) ctx.pos.push(ctx.curFile, ctx.curLine);
  ctx.ops.push(x);
}

export function op(ctx: Ctx, o: Op, n?: number): void {
  write(ctx, n === undefined ? { op: o } : { op: o, n });
}

export function setPos(ctx: Ctx, p: Pos): void {
  if (p.source === ctx.curfile) {
    if (p.line !== ctx.curLine) ctx.curLine = p.line;
  } else if (isNullPos(p)) {
    // nothing
  } else {
    const g = ctx.g;
    let fid = g.hfiles.get(p.source);
    if (fid === undefined) {
      fid = g.files.length;
      g.files.push(p.source);
      g.hfiles.set(p.source, fid);
    }
    ctx.curfile = p.source;
    ctx.curFile = fid;
    ctx.curLine = p.line;
  }
}

/** Emits a forward jump; the returned function points it at the current position. */
export function jmp(ctx: Ctx): () => void {
  const p = ctx.ops.length;
  op(ctx, Op.Jump, 0);
  return () => {
    ctx.ops[p] = { op: Op.Jump, n: ctx.ops.length - p };
  };
}

export function cjmp(cond: boolean, ctx: Ctx): () => void {
  const p = ctx.ops.length;
  op(ctx, Op.Jump, 0);
  return () => {
    ctx.ops[p] = { op: cond ? Op.JumpIf : Op.JumpIfNot, n: ctx.ops.length - p };
  };
}

export function trap(ctx: Ctx): () => void {
  const p = ctx.ops.length;
  op(ctx, Op.Trap, 0);
  return () => {
    ctx.ops[p] = { op: Op.Trap, n: ctx.ops.length - p };
  };
}

export function gotoPos(ctx: Ctx, p: number): void {
  op(ctx, Op.Jump, p - ctx.ops.length);
}

export type GlobalKey = { kind: "var"; name: string } | { kind: "string"; value: string } | { kind: "float"; value: string };

export function global(ctx: Ctx, g: GlobalKey): number {
  const t = ctx.g;
  const key = g.kind === "var" ? "v" + g.name : g.kind === "string" ? "s" + g.value : "f" + g.value;
  let gid = t.globals.get(key);
  if (gid === undefined) {
    gid = t.gtable.length;
    t.globals.set(key, gid);
    t.gtable.push(g.kind === "var" ? { kind: "var", name: g.name } : { kind: g.kind, value: g.value });
  }
  return gid;
}

export interface SavedBreaks {
  ctx: Ctx;
  oldc: PendingJump[];
  oldb: PendingJump[];
  oldl: number;
  oldt: number;
}

export function saveBreaks(ctx: Ctx): SavedBreaks {
  const s = { ctx, oldc: ctx.continues, oldb: ctx.breaks, oldl: ctx.loopLimit, oldt: ctx.loopTraps };
  ctx.loopLimit = ctx.stack;
  ctx.breaks = [];
  ctx.continues = [];
  return s;
}

export function processContinues(s: SavedBreaks): void {
  const ctx = s.ctx;
  for (let i = ctx.continues.length - 1; i >= 0; i--) ctx.continues[i].patch();
  ctx.continues = s.oldc;
}

export function processBreaks(s: SavedBreaks): void {
  const ctx = s.ctx;
  for (let i = ctx.breaks.length - 1; i >= 0; i--) ctx.breaks[i].patch();
  ctx.loopLimit = s.oldl;
  ctx.loopTraps = s.oldt;
  ctx.breaks = s.oldb;
}

export function checkBreaks(ctx: Ctx): void {
  // nekoc reports the most recent one first
  if (ctx.breaks.length) error("Break outside a loop", ctx.breaks[ctx.breaks.length - 1].pos);
  if (ctx.continues.length) error("Continue outside a loop", ctx.continues[ctx.continues.length - 1].pos);
}

export function checkStack(ctx: Ctx, stack: number, p: Pos): void {
  if (ctx.stack !== stack) error("Stack alignment failure", p);
}
