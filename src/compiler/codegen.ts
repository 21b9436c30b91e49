// The Neko code generator (nekoc 2.3 src/neko/Compile.nml): expressions to instructions,
// reproducing nekoc's exact instruction selection, stack layout, closure environments, global
// table order and debug positions.

import { Op } from "../bytecode/opcodes.js";
import type { Constant, Expr, Pos } from "./ast.js";
import { compileBuiltin } from "./builtins.js";
import {
  Ctx,
  addLocal,
  checkBreaks,
  checkStack,
  cjmp,
  error,
  findLocal,
  global,
  gotoPos,
  jmp,
  op,
  processBreaks,
  processContinues,
  saveBreaks,
  setPos,
  trap,
  write,
} from "./context.js";
import { compileSwitch } from "./switch.js";

type Access =
  | { k: "env"; n: number }
  | { k: "stack"; n: number }
  | { k: "global"; n: number }
  | { k: "field"; f: string }
  | { k: "index"; n: number }
  | { k: "array" }
  | { k: "this" };

const TYPE_CONSTANTS: Record<string, number> = {
  tnull: 0,
  tint: 1,
  tfloat: 2,
  tbool: 3,
  tstring: 4,
  tobject: 5,
  tarray: 6,
  tfunction: 7,
  tabstract: 8,
};

/** The env slot of an outer local, allocating it on first use. */
function envSlot(ctx: Ctx, s: string): number {
  let e = ctx.env.get(s);
  if (e === undefined) {
    e = ctx.nenv++;
    ctx.env.set(s, e);
  }
  return e;
}

export function compileConstant(ctx: Ctx, c: Constant): void {
  switch (c.kind) {
    case "true":
      return op(ctx, Op.AccTrue);
    case "false":
      return op(ctx, Op.AccFalse);
    case "null":
      return op(ctx, Op.AccNull);
    case "this":
      return op(ctx, Op.AccThis);
    case "int":
      return op(ctx, Op.AccInt, c.value);
    case "float":
      return op(ctx, Op.AccGlobal, global(ctx, { kind: "float", value: c.value }));
    case "string":
      return op(ctx, Op.AccGlobal, global(ctx, { kind: "string", value: c.value }));
    case "builtin": {
      const t = Object.prototype.hasOwnProperty.call(TYPE_CONSTANTS, c.value) ? TYPE_CONSTANTS[c.value] : undefined;
      if (t !== undefined) return op(ctx, Op.AccInt, t);
      return write(ctx, { op: Op.AccBuiltin, s: c.value });
    }
    case "ident": {
      const s = c.value;
      const l = findLocal(ctx.locals, s);
      if (l === undefined) return op(ctx, Op.AccGlobal, global(ctx, { kind: "var", name: s }));
      if (l <= ctx.limit) return op(ctx, Op.AccEnv, envSlot(ctx, s));
      const p = ctx.stack - l;
      if (p === 0) return op(ctx, Op.AccStack0);
      if (p === 1) return op(ctx, Op.AccStack1);
      return op(ctx, Op.AccStack, p);
    }
  }
}

function compileAccess(ctx: Ctx, e: Expr): Access {
  switch (e.kind) {
    case "const":
      if (e.c.kind === "ident") {
        const s = e.c.value;
        const l = findLocal(ctx.locals, s);
        if (l === undefined) return { k: "global", n: global(ctx, { kind: "var", name: s }) };
        if (l <= ctx.limit) return { k: "env", n: envSlot(ctx, s) };
        return { k: "stack", n: l };
      }
      if (e.c.kind === "this") return { k: "this" };
      break;
    case "field":
      compile(ctx, false, e.e);
      op(ctx, Op.Push);
      return { k: "field", f: e.name };
    case "array":
      if (e.index.kind === "const" && e.index.c.kind === "int") {
        compile(ctx, false, e.e);
        op(ctx, Op.Push);
        return { k: "index", n: e.index.c.value };
      }
      compile(ctx, false, e.index);
      op(ctx, Op.Push);
      compile(ctx, false, e.e);
      op(ctx, Op.Push);
      return { k: "array" };
    default:
      break;
  }
  return error("Invalid access", e.pos);
}

function compileAccessSet(ctx: Ctx, a: Access): void {
  switch (a.k) {
    case "env":
      return op(ctx, Op.SetEnv, a.n);
    case "stack":
      return op(ctx, Op.SetStack, ctx.stack - a.n);
    case "global":
      return op(ctx, Op.SetGlobal, a.n);
    case "field":
      return write(ctx, { op: Op.SetField, s: a.f });
    case "index":
      return op(ctx, Op.SetIndex, a.n);
    case "this":
      return op(ctx, Op.SetThis);
    case "array":
      return op(ctx, Op.SetArray);
  }
}

function compileAccessGet(ctx: Ctx, a: Access): void {
  switch (a.k) {
    case "env":
      return op(ctx, Op.AccEnv, a.n);
    case "stack":
      return op(ctx, Op.AccStack, ctx.stack - a.n);
    case "global":
      return op(ctx, Op.AccGlobal, a.n);
    case "field":
      return write(ctx, { op: Op.AccField, s: a.f });
    case "index":
      return op(ctx, Op.AccIndex, a.n);
    case "this":
      return op(ctx, Op.AccThis);
    case "array":
      op(ctx, Op.Push);
      op(ctx, Op.AccStack, 2);
      op(ctx, Op.AccArray);
      return;
  }
}

const BINARY_OPS: Record<string, Op> = {
  "+": Op.Add,
  "-": Op.Sub,
  "/": Op.Div,
  "*": Op.Mult,
  "%": Op.Mod,
  "<<": Op.Shl,
  ">>": Op.Shr,
  ">>>": Op.UShr,
  "|": Op.Or,
  "&": Op.And,
  "^": Op.Xor,
  "==": Op.Eq,
  "!=": Op.Neq,
  ">": Op.Gt,
  ">=": Op.Gte,
  "<": Op.Lt,
  "<=": Op.Lte,
};

function writeOp(ctx: Ctx, o: string, p: Pos): void {
  const x = Object.prototype.hasOwnProperty.call(BINARY_OPS, o) ? BINARY_OPS[o] : undefined;
  if (x === undefined) error("Unknown operation", p);
  op(ctx, x);
}

const COMPOUND_OPS = new Set(["+=", "-=", "/=", "*=", "%=", "<<=", ">>=", ">>>=", "|=", "&=", "^="]);

function isConst(e: Expr, kind: Constant["kind"]): boolean {
  return e.kind === "const" && e.c.kind === kind;
}

function compileBinop(ctx: Ctx, tail: boolean, o: string, e1: Expr, e2: Expr, p: Pos): void {
  switch (o) {
    case "=": {
      const a = compileAccess(ctx, e1);
      compile(ctx, false, e2);
      compileAccessSet(ctx, a);
      return;
    }
    case "&&":
    case "||": {
      compile(ctx, false, e1);
      const jnext = cjmp(o === "||", ctx);
      compile(ctx, tail, e2);
      jnext();
      return;
    }
    case "++=":
    case "--=": {
      op(ctx, Op.Push);
      const base = ctx.stack;
      const a = compileAccess(ctx, e1);
      compileAccessGet(ctx, a);
      op(ctx, Op.SetStack, ctx.stack - base);
      op(ctx, Op.Push);
      compile(ctx, false, e2);
      writeOp(ctx, o.slice(0, o.length - 2), p);
      compileAccessSet(ctx, a);
      op(ctx, Op.AccStack, 0);
      op(ctx, Op.Pop, 1);
      return;
    }
  }
  if (COMPOUND_OPS.has(o)) {
    const a = compileAccess(ctx, e1);
    compileAccessGet(ctx, a);
    op(ctx, Op.Push);
    compile(ctx, false, e2);
    writeOp(ctx, o.slice(0, o.length - 1), p);
    compileAccessSet(ctx, a);
    return;
  }
  if ((o === "==" || o === "!=") && isConst(e2, "null")) {
    compile(ctx, false, e1);
    op(ctx, o === "==" ? Op.IsNull : Op.IsNotNull);
    return;
  }
  if ((o === "==" || o === "!=") && isConst(e1, "null")) {
    compile(ctx, false, e2);
    op(ctx, o === "==" ? Op.IsNull : Op.IsNotNull);
    return;
  }
  if (o === "-" && e1.kind === "const" && e1.c.kind === "int" && e1.c.value === 0 && e2.kind === "const" && e2.c.kind === "int") {
    compile(ctx, tail, { kind: "const", c: { kind: "int", value: -e2.c.value | 0 }, pos: p });
    return;
  }
  // e1 op e2, where e1 is often itself such a chain: down its left spine with a loop
  const spine: (Expr & { kind: "binop" })[] = [];
  let left = e1;
  while (left.kind === "binop" && isPlainBinop(left)) {
    spine.push(left);
    setPos(ctx, left.pos);
    left = left.e1;
  }
  compile(ctx, false, left);
  for (let i = spine.length - 1; i >= 0; i--) {
    const b = spine[i];
    op(ctx, Op.Push);
    compile(ctx, false, b.e2);
    writeOp(ctx, b.op, b.pos);
  }
  op(ctx, Op.Push);
  compile(ctx, false, e2);
  writeOp(ctx, o, p);
}

/** Whether compileBinop compiles this operation as "e1, Push, e2, operator". */
function isPlainBinop(e: Expr & { kind: "binop" }): boolean {
  const o = e.op;
  if (o === "=" || o === "&&" || o === "||" || o === "++=" || o === "--=" || COMPOUND_OPS.has(o)) return false;
  if ((o === "==" || o === "!=") && (isConst(e.e2, "null") || isConst(e.e1, "null"))) return false;
  if (o === "-" && e.e1.kind === "const" && e.e1.c.kind === "int" && e.e1.c.value === 0 && e.e2.kind === "const" && e.e2.c.kind === "int")
    return false;
  return true;
}

function compileFunction(main: Ctx, params: readonly string[], e: Expr): void {
  const ctx = new Ctx(main.g, main.version, {
    stack: main.stack,
    loopLimit: main.loopLimit,
    limit: main.stack,
    locals: main.locals,
    curFile: main.curFile,
    curLine: main.curLine,
    curfile: main.curfile,
  });
  for (const v of params) {
    ctx.stack += 1;
    ctx.locals = addLocal(ctx.locals, v, ctx.stack);
  }
  const s = ctx.stack;
  compile(ctx, true, e);
  op(ctx, Op.Ret, ctx.stack - ctx.limit);
  checkStack(ctx, s, e.pos);
  checkBreaks(ctx);
  const g = ctx.g;
  const gid = g.gtable.length;
  g.functions.push({ ops: ctx.ops, pos: ctx.pos, gid, nargs: params.length });
  g.gtable.push({ kind: "function", pos: gid, nargs: -1 });
  if (ctx.nenv > 0) {
    const a: string[] = new Array(ctx.nenv).fill("");
    for (const [v, i] of ctx.env) a[i] = v;
    for (const v of a) {
      compileConstant(main, { kind: "ident", value: v });
      op(main, Op.Push);
    }
    op(main, Op.AccGlobal, gid);
    op(main, Op.MakeEnv, ctx.nenv);
  } else op(main, Op.AccGlobal, gid);
}

/** Unwinds the traps a break/continue leaves, then the loop's stack. */
function unwindToLoop(ctx: Ctx): void {
  let n = ctx.traps.length - ctx.loopTraps;
  for (let i = ctx.traps.length - 1; i >= 0; i--) {
    const t = ctx.traps[i];
    if (n > 0) {
      n--;
      if (ctx.stack > t) op(ctx, Op.Pop, ctx.stack - t);
      op(ctx, Op.EndTrap);
    }
  }
  if (ctx.loopLimit !== ctx.stack) op(ctx, Op.Pop, ctx.stack - ctx.loopLimit);
}

function mkConst(c: Constant, pos: Pos): Expr {
  return { kind: "const", c, pos };
}

export function compile(ctx: Ctx, tail: boolean, e: Expr): void {
  const p = e.pos;
  setPos(ctx, p);
  switch (e.kind) {
    case "const":
      return compileConstant(ctx, e.c);
    case "block": {
      const el = e.el;
      if (el.length === 0) return op(ctx, Op.AccNull);
      const locals = ctx.locals;
      const stack = ctx.stack;
      const n = el.length;
      for (let i = 0; i < n; i++) {
        const last = i === n - 1 || (i === n - 2 && el[n - 1].kind === "label");
        compile(ctx, last && tail, el[i]);
      }
      if (stack < ctx.stack) op(ctx, Op.Pop, ctx.stack - stack);
      checkStack(ctx, stack, p);
      ctx.locals = locals;
      return;
    }
    case "paren":
      return compile(ctx, tail, e.e);
    case "field":
      compile(ctx, false, e.e);
      write(ctx, { op: Op.AccField, s: e.name });
      return;
    case "call":
      return compileCall(ctx, tail, e.e, e.args, p);
    case "array": {
      const idx = e.index;
      if (idx.kind === "const" && idx.c.kind === "int") {
        compile(ctx, false, e.e);
        const n = idx.c.value;
        if (n === 0) op(ctx, Op.AccIndex0);
        else if (n === 1) op(ctx, Op.AccIndex1);
        else op(ctx, Op.AccIndex, n);
        return;
      }
      compile(ctx, false, e.e);
      op(ctx, Op.Push);
      compile(ctx, false, idx);
      op(ctx, Op.AccArray);
      return;
    }
    case "vars":
      for (const v of e.vars) {
        if (v.init === null) op(ctx, Op.AccNull);
        else compile(ctx, false, v.init);
        op(ctx, Op.Push);
        ctx.locals = addLocal(ctx.locals, v.name, ctx.stack);
      }
      return;
    case "while": {
      const start = ctx.ops.length;
      if (!e.doWhile) {
        if (ctx.version >= 2) op(ctx, Op.Loop);
        compile(ctx, false, e.cond);
        const jend = cjmp(false, ctx);
        const save = saveBreaks(ctx);
        compile(ctx, false, e.body);
        processContinues(save);
        gotoPos(ctx, start);
        processBreaks(save);
        jend();
      } else {
        if (ctx.version >= 2) op(ctx, Op.Loop);
        const save = saveBreaks(ctx);
        compile(ctx, false, e.body);
        processContinues(save);
        compile(ctx, false, e.cond);
        op(ctx, Op.JumpIf, start - ctx.ops.length);
        processBreaks(save);
      }
      return;
    }
    case "if": {
      const stack = ctx.stack;
      compile(ctx, false, e.cond);
      const jelse = cjmp(false, ctx);
      compile(ctx, tail, e.then);
      checkStack(ctx, stack, p);
      if (e.else === null) jelse();
      else {
        const jend = jmp(ctx);
        jelse();
        compile(ctx, tail, e.else);
        checkStack(ctx, stack, p);
        jend();
      }
      return;
    }
    case "try": {
      const t = trap(ctx);
      ctx.traps = [...ctx.traps, ctx.stack];
      compile(ctx, false, e.body);
      op(ctx, Op.EndTrap);
      ctx.traps = ctx.traps.slice(0, -1);
      const jend = jmp(ctx);
      t();
      op(ctx, Op.Push);
      const locals = ctx.locals;
      ctx.locals = addLocal(ctx.locals, e.name, ctx.stack);
      compile(ctx, tail, e.handler);
      op(ctx, Op.Pop, 1);
      ctx.locals = locals;
      jend();
      return;
    }
    case "binop":
      return compileBinop(ctx, tail, e.op, e.e1, e.e2, p);
    case "return": {
      if (e.e === null) op(ctx, Op.AccNull);
      else compile(ctx, ctx.traps.length === 0, e.e);
      const stack = ctx.stack;
      for (let i = ctx.traps.length - 1; i >= 0; i--) {
        const t = ctx.traps[i];
        if (ctx.stack > t) op(ctx, Op.Pop, ctx.stack - t);
        op(ctx, Op.EndTrap);
      }
      op(ctx, Op.Ret, ctx.stack - ctx.limit);
      ctx.stack = stack;
      return;
    }
    case "break": {
      if (e.e !== null) compile(ctx, false, e.e);
      const s = ctx.stack;
      unwindToLoop(ctx);
      ctx.stack = s;
      ctx.breaks.push({ patch: jmp(ctx), pos: p });
      return;
    }
    case "continue": {
      const s = ctx.stack;
      unwindToLoop(ctx);
      ctx.stack = s;
      ctx.continues.push({ patch: jmp(ctx), pos: p });
      return;
    }
    case "function":
      return compileFunction(ctx, e.params, e.body);
    case "next":
      compile(ctx, false, e.e1);
      compile(ctx, tail, e.e2);
      return;
    case "object":
      return compileObject(ctx, e.fields);
    case "label": {
      const l = ctx.g.labels.get(e.name);
      if (l === undefined) throw new Error("Assert_failure: unknown label " + e.name);
      const traps = ctx.traps;
      const same = traps.length === l.traps.length && traps.every((t, i) => t === l.traps[i]);
      if (ctx.stack !== l.stack || !same)
        error(`Label failure ${ctx.stack} ${l.stack} ${listString(traps)} ${listString(l.traps)}`, p);
      for (const f of l.wait) f();
      l.wait = [];
      l.pos = ctx.ops.length;
      return;
    }
    case "switch":
      return compileSwitch(ctx, tail, e.e, e.cases, e.def, p);
  }
}

/** NekoML's printing of an int list. */
function listString(l: readonly number[]): string {
  return l.length === 0 ? "[]" : l.join(" :: ") + " :: []";
}

function compileCall(ctx: Ctx, tail: boolean, f: Expr, args: readonly Expr[], p: Pos): void {
  const isArray = f.kind === "const" && f.c.kind === "builtin" && f.c.value === "array";
  if (args.length >= 6 && !isArray) {
    // too many arguments for a call: $call(f, this, $array(args))
    const call = mkConst({ kind: "builtin", value: "call" }, p);
    const arr: Expr = { kind: "call", e: mkConst({ kind: "builtin", value: "array" }, p), args, pos: p };
    if (f.kind === "field") {
      const p2 = f.pos;
      const locals = ctx.locals;
      const etmp = mkConst({ kind: "ident", value: "$tmp" }, p2);
      compile(ctx, false, { kind: "vars", vars: [{ name: "$tmp", init: f.e }], pos: p2 });
      compile(ctx, tail, { kind: "call", e: call, args: [{ kind: "field", e: etmp, name: f.name, pos: p2 }, etmp, arr], pos: p });
      op(ctx, Op.Pop, 1);
      ctx.locals = locals;
    } else {
      compile(ctx, tail, { kind: "call", e: call, args: [f, mkConst({ kind: "this" }, p), arr], pos: p });
    }
    return;
  }
  if (f.kind === "const" && f.c.kind === "builtin") return compileBuiltin(ctx, tail, f.c.value, args, p);
  if (f.kind === "field") {
    for (const a of args) {
      compile(ctx, false, a);
      op(ctx, Op.Push);
    }
    compile(ctx, false, f.e);
    op(ctx, Op.Push);
    write(ctx, { op: Op.AccField, s: f.name });
    op(ctx, Op.ObjCall, args.length);
    return;
  }
  for (const a of args) {
    compile(ctx, false, a);
    op(ctx, Op.Push);
  }
  compile(ctx, false, f);
  if (tail) write(ctx, { op: Op.TailCall, n: args.length, st: ctx.stack - ctx.limit });
  else op(ctx, Op.Call, args.length);
}

function compileObject(ctx: Ctx, fl: readonly { name: string; e: Expr }[]): void {
  if (fl.length === 0) {
    op(ctx, Op.AccNull);
    op(ctx, Op.New);
    return;
  }
  const fields = fl.map((f) => f.name).sort(compareBytes);
  const key = fields.join("\0");
  const g = ctx.g;
  let o = g.gobjects.get(key);
  if (o === undefined) {
    const gid = global(ctx, { kind: "var", name: "o:" + g.gobjects.size });
    o = { fields, gid };
    g.gobjects.set(key, o);
  }
  op(ctx, Op.AccGlobal, o.gid);
  op(ctx, Op.New);
  op(ctx, Op.Push);
  for (const f of fl) {
    op(ctx, Op.Push);
    compile(ctx, false, f.e);
    write(ctx, { op: Op.SetField, s: f.name });
    op(ctx, Op.AccStack0);
  }
  op(ctx, Op.Pop, 1);
}

function compareBytes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

