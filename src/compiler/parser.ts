// The Neko parser (nekoc 2.3 src/neko/Parser.nml), reproducing the NekoML stream-parser
// semantics it is written with:
//  - each rule is an ordered list of cases; a case starts by peeking at one or more tokens
//    (or by calling a sub-rule); it is abandoned for the next case only if it fails before any
//    token was consumed;
//  - a failure after a token was consumed is a syntax error, reported as "Unexpected <t>"
//    where <t> is the last token the lexer produced (the furthest look-ahead).

import { type Constant, type Expr, type ObjectField, type Pos, type SwitchCase, type VarDecl, NULL_POS, punion } from "./ast.js";
import { NekoCompileError } from "./errors.js";
import { Lexer, T, type Token, tokenText } from "./lexer.js";

/** NekoML's Stream_error. */
const STREAM_ERROR = { streamError: true } as const;
const NOMATCH: unique symbol = Symbol("nomatch");

class TokenStream {
  private cache: Token[] = [];
  /** Number of tokens consumed so far. */
  pos = 0;
  last: Token = { t: T.Eof, pos: NULL_POS };
  constructor(private readonly lexer: Lexer) {}

  private next(): Token {
    for (;;) {
      const t = this.lexer.token();
      if (t.t === T.Comment || t.t === T.CommentLine) continue;
      this.last = t;
      return t;
    }
  }
  peek(k: number): Token {
    while (this.cache.length <= k) this.cache.push(this.next());
    return this.cache[k];
  }
  junk(n: number): void {
    this.cache.splice(0, n);
    this.pos += n;
  }
}

function priority(op: string): number {
  switch (op) {
    case "=":
    case "+=":
    case "-=":
    case "*=":
    case "/=":
    case "%=":
    case "<<=":
    case ">>=":
    case ">>>=":
    case "|=":
    case "&=":
    case "^=":
      return -4;
    case "++=":
    case "--=":
      return -3;
    case "&&":
    case "||":
      return -2;
    case "==":
    case "!=":
    case ">":
    case "<":
    case "<=":
    case ">=":
      return -1;
    case "+":
    case "-":
      return 0;
    case "*":
    case "/":
      return 1;
    case "|":
    case "&":
    case "^":
      return 2;
    case "<<":
    case ">>":
    case "%":
    case ">>>":
      return 3;
    default:
      return 4;
  }
}

/**
 * Builds "e op e2" where e2 was parsed with everything on its right: re-associates by priority
 * (nekoc's make_binop, which recurses down the left spine of e2; done here with a loop).
 */
export function makeBinop(op: string, e: Expr, e2: Expr): Expr {
  const prio = priority(op);
  const spine: (Expr & { kind: "binop" })[] = [];
  let cur = e2;
  while (cur.kind === "binop" && priority(cur.op) <= prio) {
    spine.push(cur);
    cur = cur.e1;
  }
  let node: Expr = { kind: "binop", op, e1: e, e2: cur, pos: punion(e.pos, cur.pos) };
  for (let i = spine.length - 1; i >= 0; i--) {
    const b = spine[i];
    node = { kind: "binop", op: b.op, e1: node, e2: b.e2, pos: punion(node.pos, b.e2.pos) };
  }
  return node;
}

function isIdent(t: Token): t is Token & { t: T.Const; c: { kind: "ident"; value: string } } {
  return t.t === T.Const && t.c.kind === "ident";
}

/** The cases of the expr rule, in nekoc's order. */
const enum Case {
  Const,
  Brace,
  Paren,
  Var,
  While,
  Do,
  Switch,
  If,
  Function,
  Return,
  Break,
  Continue,
  Try,
  Neg,
}

class Parser {
  constructor(private readonly s: TokenStream) {}

  private fail(): never {
    throw STREAM_ERROR;
  }

  private unclosed(what: string, p: Pos): never {
    throw new NekoCompileError("Unclosed " + what, p, "parser");
  }

  /** expr as the first element of a case: NOMATCH if it failed without consuming anything. */
  private attemptExpr(): Expr | typeof NOMATCH {
    const p = this.s.pos;
    try {
      return this.exprFrom(Case.Const, false);
    } catch (e) {
      if (e === STREAM_ERROR && this.s.pos === p) return NOMATCH;
      throw e;
    }
  }

  program(): Expr[] {
    const s = this.s;
    const items: Expr[] = [];
    for (;;) {
      const e = this.attemptExpr();
      if (e !== NOMATCH) {
        items.push(e);
        continue;
      }
      const t = s.peek(0);
      if (t.t === T.Semicolon) {
        s.junk(1);
        continue;
      }
      if (t.t === T.Eof) {
        s.junk(1);
        return items;
      }
      this.fail();
    }
  }

  expr(): Expr {
    return this.exprFrom(Case.Const, false);
  }

  /** Set when a head expression (see exprFrom) stopped before a binary operator. */
  private stoppedAtBinop = false;

  /**
   * The cases of nekoc's expr rule from case k on. A few cases (do, switch, try) go on with
   * the next cases when a token is missing after a sub-expression, even though tokens were
   * consumed (a quirk of the NekoML match compiler): `do {} if a b` is just `if a b`.
   *
   * A head expression (head = true) stops before a binary operator that would follow it (and
   * sets stoppedAtBinop): chains of operators are parsed by a loop in binopChain.
   */
  private exprFrom(k: Case, head: boolean): Expr {
    const s = this.s;
    const t = s.peek(0);
    if (k <= Case.Const && t.t === T.Const) {
      s.junk(1);
      if (t.c.kind === "ident") {
        const t2 = s.peek(0);
        if (t2.t === T.Binop && t2.op === ":") {
          s.junk(1);
          return { kind: "label", name: t.c.value, pos: punion(t.pos, t2.pos) };
        }
      }
      return this.exprNext(head, { kind: "const", c: t.c, pos: t.pos });
    }
    if (k <= Case.Brace && t.t === T.BraceOpen) {
      s.junk(1);
      const e = this.block1(t.pos);
      const t2 = s.peek(0);
      if (t2.t === T.BraceClose) {
        s.junk(1);
        return this.exprNext(head, e);
      }
      if (t2.t === T.Eof) this.unclosed("{", t.pos);
      return this.fail();
    }
    if (k <= Case.Paren && t.t === T.ParentOpen) {
      s.junk(1);
      const e = this.expr();
      const t2 = s.peek(0);
      if (t2.t === T.ParentClose) {
        s.junk(1);
        return this.exprNext(head, { kind: "paren", e, pos: punion(t.pos, t2.pos) });
      }
      if (t2.t === T.Eof) this.unclosed("(", t.pos);
      return this.fail();
    }
    const kw = t.t === T.Keyword ? t.k : null;
    const p1 = t.pos;
    if (k <= Case.Var && kw === "var") {
      s.junk(1);
      const vars = this.variables();
      return this.exprNext(head, { kind: "vars", vars, pos: p1 });
    }
    if (k <= Case.While && kw === "while") {
      s.junk(1);
      const cond = this.expr();
      const body = this.expr();
      return this.exprNext(head, { kind: "while", cond, body, doWhile: false, pos: punion(p1, body.pos) });
    }
    if (k <= Case.Do && kw === "do") {
      s.junk(1);
      const body = this.expr();
      const tw = s.peek(0);
      if (tw.t !== T.Keyword || tw.k !== "while") return this.exprFrom(Case.Do + 1, head);
      s.junk(1);
      const cond = this.expr();
      return this.exprNext(head, { kind: "while", cond, body, doWhile: true, pos: punion(p1, cond.pos) });
    }
    if (k <= Case.Switch && kw === "switch") {
      s.junk(1);
      const e = this.expr();
      if (s.peek(0).t !== T.BraceOpen) return this.exprFrom(Case.Switch + 1, head);
      s.junk(1);
      const { cases, def } = this.switchCases();
      const t2 = s.peek(0);
      if (t2.t !== T.BraceClose) return this.exprFrom(Case.Switch + 1, head);
      s.junk(1);
      return this.exprNext(head, { kind: "switch", e, cases, def, pos: punion(p1, t2.pos) });
    }
    if (k <= Case.If && kw === "if") {
      s.junk(1);
      const cond = this.expr();
      const then = this.expr();
      for (;;) {
        const t2 = s.peek(0);
        if (t2.t === T.Keyword && t2.k === "else") {
          s.junk(1);
          const e2 = this.expr();
          return this.exprNext(head, { kind: "if", cond, then, else: e2, pos: punion(p1, e2.pos) });
        }
        if (t2.t === T.Semicolon) {
          s.junk(1);
          continue;
        }
        return this.exprNext(head, { kind: "if", cond, then, else: null, pos: punion(p1, then.pos) });
      }
    }
    if (k <= Case.Function && kw === "function" && s.peek(1).t === T.ParentOpen) {
      const po = s.peek(1);
      s.junk(2);
      const params = this.parameterNames();
      const t2 = s.peek(0);
      if (t2.t === T.ParentClose) {
        s.junk(1);
        const body = this.expr();
        return this.exprNext(head, { kind: "function", params, body, pos: punion(p1, body.pos) });
      }
      if (t2.t === T.Eof) this.unclosed("(", po.pos);
      return this.fail();
    }
    if ((k <= Case.Return && kw === "return") || (k <= Case.Break && kw === "break")) {
      s.junk(1);
      const e = this.attemptExpr();
      if (e !== NOMATCH) return this.exprNext(head, { kind: kw, e, pos: punion(p1, e.pos) });
      if (s.peek(0).t === T.Semicolon) {
        s.junk(1);
        return this.exprNext(head, { kind: kw, e: null, pos: p1 });
      }
      return this.fail();
    }
    if (k <= Case.Continue && kw === "continue") {
      s.junk(1);
      return this.exprNext(head, { kind: "continue", pos: p1 });
    }
    if (k <= Case.Try && kw === "try") {
      s.junk(1);
      const body = this.expr();
      const tc = s.peek(0);
      if (tc.t !== T.Keyword || tc.k !== "catch") return this.exprFrom(Case.Try + 1, head);
      const tn = s.peek(1);
      if (!isIdent(tn)) return this.exprFrom(Case.Try + 1, head);
      s.junk(2);
      const handler = this.expr();
      return this.exprNext(head, { kind: "try", body, name: tn.c.value, handler, pos: punion(p1, handler.pos) });
    }
    if (k <= Case.Neg && t.t === T.Binop && t.op === "-") {
      s.junk(1);
      const e2 = this.expr();
      const zero: Expr = { kind: "const", c: { kind: "int", value: 0 }, pos: p1 };
      return { kind: "paren", e: makeBinop("-", zero, e2), pos: punion(p1, e2.pos) };
    }
    return this.fail();
  }

  private exprNext(head: boolean, e: Expr): Expr {
    const s = this.s;
    for (;;) {
      const t = s.peek(0);
      switch (t.t) {
        case T.Dot: {
          const tn = s.peek(1);
          if (isIdent(tn)) {
            s.junk(2);
            e = { kind: "field", e, name: tn.c.value, pos: punion(e.pos, tn.pos) };
            continue;
          }
          return e;
        }
        case T.ParentOpen: {
          s.junk(1);
          const args = this.parameters();
          const t2 = s.peek(0);
          if (t2.t === T.ParentClose) {
            s.junk(1);
            e = { kind: "call", e, args, pos: punion(e.pos, t2.pos) };
            continue;
          }
          if (t2.t === T.Eof) this.unclosed("(", t.pos);
          return this.fail();
        }
        case T.BracketOpen: {
          s.junk(1);
          const index = this.expr();
          const t2 = s.peek(0);
          if (t2.t === T.BracketClose) {
            s.junk(1);
            e = { kind: "array", e, index, pos: punion(e.pos, t2.pos) };
            continue;
          }
          if (t2.t === T.Eof) this.unclosed("[", t.pos);
          return this.fail();
        }
        case T.Binop:
          if (head) {
            this.stoppedAtBinop = true;
            return e;
          }
          return this.binopChain(e);
        default:
          return e;
      }
    }
  }

  /**
   * e op1 x1 op2 x2 ...: nekoc parses the right operand of each operator as a full expression
   * (recursively) and re-associates with make_binop; the same, with a loop.
   */
  private binopChain(e: Expr): Expr {
    const s = this.s;
    const items: Expr[] = [e];
    const ops: string[] = [];
    for (;;) {
      const t = s.peek(0);
      if (t.t !== T.Binop) break;
      s.junk(1);
      ops.push(t.op);
      this.stoppedAtBinop = false;
      items.push(this.exprFrom(Case.Const, true));
      if (!this.stoppedAtBinop) break;
    }
    this.stoppedAtBinop = false;
    let acc = items[items.length - 1];
    for (let i = ops.length - 1; i >= 0; i--) acc = makeBinop(ops[i], items[i], acc);
    return acc;
  }

  /** After "{": an object literal or a block. */
  private block1(p1: Pos): Expr {
    const s = this.s;
    const t = s.peek(0);
    if (isIdent(t)) {
      s.junk(1);
      const name = t.c.value;
      const t2 = s.peek(0);
      if (t2.t === T.Arrow) {
        s.junk(1);
        const e = this.expr();
        const fields = [{ name, e }, ...this.objectFields()];
        return { kind: "object", fields, pos: p1 };
      }
      if (t2.t === T.Binop && t2.op === ":") {
        s.junk(1);
        const label: Expr = { kind: "label", name, pos: punion(t.pos, t2.pos) };
        return { kind: "block", el: [label, ...this.block()], pos: p1 };
      }
      const e = this.exprNext(false, { kind: "const", c: t.c, pos: t.pos });
      return { kind: "block", el: [e, ...this.block()], pos: p1 };
    }
    return { kind: "block", el: this.block(), pos: p1 };
  }

  private block(): Expr[] {
    const s = this.s;
    const el: Expr[] = [];
    for (;;) {
      const e = this.attemptExpr();
      if (e !== NOMATCH) {
        el.push(e);
        continue;
      }
      if (s.peek(0).t === T.Semicolon) {
        s.junk(1);
        continue;
      }
      return el;
    }
  }

  private objectFields(): ObjectField[] {
    const s = this.s;
    const fields: ObjectField[] = [];
    for (;;) {
      const t = s.peek(0);
      if (isIdent(t) && s.peek(1).t === T.Arrow) {
        s.junk(2);
        fields.push({ name: t.c.value, e: this.expr() });
        continue;
      }
      if (t.t === T.Comma) {
        s.junk(1);
        continue;
      }
      return fields;
    }
  }

  private switchCases(): { cases: SwitchCase[]; def: Expr | null } {
    const s = this.s;
    const cases: SwitchCase[] = [];
    const defaults: { e: Expr; pos: Pos }[] = [];
    for (;;) {
      const e1 = this.attemptExpr();
      if (e1 !== NOMATCH && s.peek(0).t === T.Arrow) {
        s.junk(1);
        cases.push({ value: e1, body: this.expr() });
        continue;
      }
      // without "=>" after a value, nekoc goes on with the next cases (the value is dropped)
      const t = s.peek(0);
      if (t.t === T.Keyword && t.k === "default" && s.peek(1).t === T.Arrow) {
        s.junk(2);
        defaults.push({ e: this.expr(), pos: t.pos });
        continue;
      }
      break;
    }
    // nekoc checks for a second default after parsing the rest, at the earlier default
    if (defaults.length > 1)
      throw new NekoCompileError("Unexpected default", defaults[defaults.length - 2].pos, "parser");
    return { cases, def: defaults.length ? defaults[0].e : null };
  }

  private parameterNames(): string[] {
    const s = this.s;
    const names: string[] = [];
    for (;;) {
      const t = s.peek(0);
      if (isIdent(t)) {
        s.junk(1);
        names.push(t.c.value);
      } else if (t.t === T.Comma) s.junk(1);
      else return names;
    }
  }

  private parameters(): Expr[] {
    const s = this.s;
    const args: Expr[] = [];
    for (;;) {
      const e = this.attemptExpr();
      if (e === NOMATCH) return args;
      args.push(e);
      if (s.peek(0).t !== T.Comma) return args;
      s.junk(1);
    }
  }

  private variables(): VarDecl[] {
    const s = this.s;
    const vars: VarDecl[] = [];
    for (;;) {
      const t = s.peek(0);
      if (!isIdent(t)) this.fail();
      s.junk(1);
      let init: Expr | null = null;
      const t2 = s.peek(0);
      if (t2.t === T.Binop && t2.op === "=") {
        s.junk(1);
        init = this.expr();
      }
      vars.push({ name: t.c.value, init });
      if (s.peek(0).t !== T.Comma) return vars;
      s.junk(1);
    }
  }
}

/**
 * Parses a Neko source (a byte string) into the program block. Throws NekoCompileError with
 * nekoc's message and position on a syntax error.
 */
export function parse(src: string, source: string, line = 1, offset = 0): Expr {
  const stream = new TokenStream(new Lexer(src, source, line, offset));
  const parser = new Parser(stream);
  try {
    const el = parser.program();
    return { kind: "block", el, pos: NULL_POS };
  } catch (e) {
    if (e === STREAM_ERROR) throw new NekoCompileError("Unexpected " + tokenText(stream.last), stream.last.pos, "parser");
    throw e;
  }
}

export type { Constant };
