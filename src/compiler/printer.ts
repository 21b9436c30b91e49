// `nekoc -p`: prints a parsed program back as Neko source (nekoc 2.3 src/neko/Printer.nml),
// with the same layout as nekoc.

import type { Expr } from "./ast.js";
import { constantText } from "./lexer.js";

class Printer {
  private out: string[] = [];
  private level = 0;
  /** False at the start of a line (indentation not written yet). */
  private tabs = true;

  text(): string {
    return this.out.join("");
  }

  private newline(): void {
    this.out.push("\n");
    this.tabs = false;
  }

  private changeLevel(up: boolean): void {
    this.level += up ? 1 : -1;
    this.newline();
  }

  private print(s: string): void {
    if (!this.tabs) {
      this.out.push(" ".repeat(this.level * 4));
      this.tabs = true;
    }
    this.out.push(s);
  }

  private list<T>(sep: string, f: (x: T) => void, l: readonly T[]): void {
    l.forEach((x, i) => {
      if (i > 0) this.print(sep);
      f(x);
    });
  }

  expr(binop: boolean, e: Expr): void {
    const rec = (x: Expr) => this.expr(false, x);
    switch (e.kind) {
      case "const":
        this.print(constantText(e.c));
        return;
      case "block":
        this.print("{");
        this.changeLevel(true);
        for (const x of e.el) {
          rec(x);
          if (this.tabs) {
            this.print(";");
            this.newline();
          }
        }
        this.level -= 1;
        this.print("}");
        this.newline();
        return;
      case "paren":
        if (!this.tabs) {
          this.print("{ ");
          rec(e.e);
          this.print(" }");
        } else {
          this.print("( ");
          rec(e.e);
          this.print(" )");
        }
        return;
      case "field":
        rec(e.e);
        this.print("." + e.name);
        return;
      case "call":
        rec(e.e);
        this.print("(");
        this.list(",", rec, e.args);
        this.print(")");
        return;
      case "array":
        rec(e.e);
        this.print("[");
        rec(e.index);
        this.print("]");
        return;
      case "vars":
        this.print("var ");
        this.list(
          ", ",
          (v) => {
            this.print(v.name);
            if (v.init) {
              this.print(" = ");
              rec(v.init);
            }
          },
          e.vars,
        );
        this.print(";");
        this.newline();
        return;
      case "while":
        if (!e.doWhile) {
          this.print("while ");
          rec(e.cond);
          this.levelExpr(e.body, false);
        } else {
          this.print("do ");
          this.levelExpr(e.body, false);
          this.print("while ");
          rec(e.cond);
          this.newline();
        }
        return;
      case "if":
        this.print("if ");
        rec(e.cond);
        this.levelExpr(e.then, e.else === null);
        if (e.else) {
          this.print("else");
          this.levelExpr(e.else, false);
        }
        return;
      case "try":
        this.print("try");
        this.levelExpr(e.body, false);
        this.print("catch " + e.name);
        this.levelExpr(e.handler, false);
        return;
      case "function":
        this.print("function(");
        this.list(",", (p) => this.print(p), e.params);
        this.print(")");
        this.levelExpr(e.body, false);
        return;
      case "binop": {
        const tabs = this.tabs;
        if (binop) this.print(tabs ? "(" : "{");
        this.expr(true, e.e1);
        this.print(` ${e.op} `);
        this.expr(true, e.e2);
        if (binop) this.print(tabs ? ")" : "}");
        return;
      }
      case "return":
      case "break":
        if (e.e === null) this.print(e.kind + ";");
        else {
          this.print(e.kind + " ");
          rec(e.e);
        }
        return;
      case "continue":
        this.print("continue");
        return;
      case "next":
        rec(e.e1);
        this.print(";");
        this.newline();
        rec(e.e2);
        return;
      case "object":
        if (e.fields.length === 0) {
          this.print("$new(null)");
          return;
        }
        this.print("{");
        this.changeLevel(true);
        e.fields.forEach((f, i) => {
          this.print(f.name + " => ");
          rec(f.e);
          if (i < e.fields.length - 1) this.print(", ");
          this.newline();
        });
        this.changeLevel(false);
        this.print("}");
        return;
      case "label":
        this.print(e.name + ":");
        return;
      case "switch":
        this.print("switch ");
        rec(e.e);
        this.print("{");
        this.newline();
        for (const c of e.cases) {
          rec(c.value);
          this.print(" => ");
          this.changeLevel(true);
          rec(c.body);
          this.changeLevel(false);
        }
        if (e.def) {
          this.print("default => ");
          this.changeLevel(true);
          rec(e.def);
          this.changeLevel(false);
        }
        this.print("}");
        this.newline();
        return;
    }
  }

  private levelExpr(e: Expr, closed: boolean): void {
    switch (e.kind) {
      case "block":
        if (this.tabs) this.print(" ");
        this.expr(false, e);
        return;
      case "paren":
        if (this.tabs) this.print(" ");
        this.print("{");
        this.changeLevel(true);
        this.expr(false, e.e);
        this.changeLevel(false);
        this.print("}");
        return;
      default:
        this.changeLevel(true);
        this.expr(false, e);
        if (closed) this.print(";");
        this.changeLevel(false);
    }
  }

  program(ast: Expr): void {
    if (ast.kind === "block") {
      for (const e of ast.el) {
        this.expr(false, e);
        if (this.tabs) {
          this.print(";");
          this.newline();
        }
      }
    } else this.expr(false, ast);
  }
}

/** The source text nekoc -p writes for a program (a byte string). */
export function printProgram(ast: Expr): string {
  const p = new Printer();
  p.program(ast);
  return p.text();
}
