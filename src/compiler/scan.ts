// The pre-pass of nekoc (Compile.nml scan_labels): records every label with the stack depth
// and traps it will have, and rejects variable declarations outside blocks and labels in
// unsupported places.

import { type Expr, iterExpr } from "./ast.js";
import { type Ctx, TRAP_STACK_DELTA, error } from "./context.js";

/** nekoc's get_cases_ints: a jump table for a switch on small non-negative int constants, or null. */
export function getCasesInts(cases: readonly { value: Expr; body: Expr }[]): { ints: [number, Expr][]; size: number } | null {
  let max = -1;
  const ints: [number, Expr][] = [];
  for (const c of cases) {
    const e = c.value;
    if (e.kind === "const" && e.c.kind === "int" && e.c.value >= 0) {
      if (e.c.value > max) max = e.c.value;
      ints.push([e.c.value, c.body]);
    } else return null;
  }
  const nmatches = ints.length;
  if (nmatches < 3) return null;
  if (max >= 16 && Math.trunc((nmatches * 100) / (max + 1)) < 10) return null;
  if (max > 512) return null;
  return { ints, size: max + 1 };
}

function isExtended(e: Expr): boolean {
  switch (e.kind) {
    case "paren":
      return isExtended(e.e);
    case "array":
    case "field":
      return true;
    default:
      return false;
  }
}

export function scanLabels(ctx: Ctx, supported: boolean, inBlock: boolean, e: Expr): void {
  switch (e.kind) {
    case "function": {
      const nargs = e.params.length;
      const traps = ctx.traps;
      ctx.traps = [];
      ctx.stack += nargs;
      scanLabels(ctx, supported, false, e.body);
      ctx.stack -= nargs;
      ctx.traps = traps;
      return;
    }
    case "block": {
      const old = ctx.stack;
      for (const x of e.el) scanLabels(ctx, supported, true, x);
      ctx.stack = old;
      return;
    }
    case "vars":
      if (!inBlock) error("Variable declaration must be done inside a block", e.pos);
      for (const v of e.vars) {
        if (v.init) scanLabels(ctx, supported, false, v.init);
        ctx.stack += 1;
      }
      return;
    case "label":
      if (!supported) error("Label is not supported in this part of the program", e.pos);
      if (ctx.g.labels.has(e.name)) error("Duplicate label " + e.name, e.pos);
      ctx.g.labels.set(e.name, { name: e.name, traps: [...ctx.traps], stack: ctx.stack, pos: null, wait: [] });
      return;
    case "try":
      ctx.stack += TRAP_STACK_DELTA;
      ctx.traps = [...ctx.traps, ctx.stack];
      scanLabels(ctx, supported, false, e.body);
      ctx.stack -= TRAP_STACK_DELTA;
      ctx.traps = ctx.traps.slice(0, -1);
      ctx.stack += 1;
      scanLabels(ctx, supported, false, e.handler);
      ctx.stack -= 1;
      return;
    case "binop":
      if (e.op === "=") {
        const ext = isExtended(e.e1);
        if (ext) ctx.stack += 1;
        scanLabels(ctx, supported, false, e.e2);
        ctx.stack += 1;
        scanLabels(ctx, supported, false, e.e1);
        ctx.stack -= ext ? 2 : 1;
        return;
      }
      {
        // e1 then e2, without labels: a loop down the left spine of operator chains
        const spine: Expr[] = [];
        let cur: Expr = e;
        while (cur.kind === "binop" && cur.op !== "=") {
          spine.push(cur.e2);
          cur = cur.e1;
        }
        scanLabels(ctx, false, false, cur);
        for (let i = spine.length - 1; i >= 0; i--) scanLabels(ctx, false, false, spine[i]);
      }
      return;
    case "call": {
      const f = e.e;
      if (f.kind === "const" && f.c.kind === "builtin") {
        const b = f.c.value;
        if (b === "array" && e.args.length > 0) {
          const [first, ...rest] = e.args;
          if (ctx.version >= 2) {
            scanLabels(ctx, supported, false, first);
            for (const x of rest) {
              ctx.stack += 1;
              scanLabels(ctx, supported, false, x);
            }
            ctx.stack -= rest.length;
          } else {
            for (const x of rest) {
              scanLabels(ctx, supported, false, x);
              ctx.stack += 1;
            }
            scanLabels(ctx, supported, false, first);
            ctx.stack -= rest.length;
          }
          return;
        }
        if (b !== "apply") {
          iterExpr(e, (x) => scanLabels(ctx, false, false, x));
          return;
        }
        if (e.args.length > 0) {
          // $apply(f, args...): the arguments, then f
          const [fn, ...rest] = e.args;
          for (const x of rest) {
            scanLabels(ctx, supported, false, x);
            ctx.stack += 1;
          }
          scanLabels(ctx, supported, false, fn);
          ctx.stack -= rest.length;
          return;
        }
      }
      for (const x of e.args) {
        scanLabels(ctx, supported, false, x);
        ctx.stack += 1;
      }
      scanLabels(ctx, supported, false, f);
      ctx.stack -= e.args.length;
      return;
    }
    case "object":
      ctx.stack += 2;
      for (const fl of e.fields) scanLabels(ctx, supported, false, fl.e);
      ctx.stack -= 2;
      return;
    case "switch": {
      if (e.cases.length === 1) {
        const c = e.cases[0];
        const p = e.pos;
        scanLabels(ctx, supported, false, {
          kind: "if",
          cond: { kind: "binop", op: "==", e1: e.e, e2: c.value, pos: p },
          then: c.body,
          else: e.def,
          pos: p,
        });
        return;
      }
      scanLabels(ctx, supported, false, e.e);
      const delta = getCasesInts(e.cases) ? 0 : 1;
      ctx.stack += delta;
      for (const c of e.cases) {
        ctx.stack += delta;
        scanLabels(ctx, supported, false, c.value);
        ctx.stack -= delta;
        scanLabels(ctx, supported, false, c.body);
      }
      if (e.def) scanLabels(ctx, supported, false, e.def);
      ctx.stack -= delta;
      return;
    }
    case "next":
      scanLabels(ctx, supported, inBlock, e.e1);
      scanLabels(ctx, supported, inBlock, e.e2);
      return;
    case "const":
    case "continue":
    case "break":
    case "return":
    case "if":
    case "while":
    case "paren":
      iterExpr(e, (x) => scanLabels(ctx, supported, false, x));
      return;
    case "array":
    case "field":
      iterExpr(e, (x) => scanLabels(ctx, false, false, x));
      return;
  }
}
