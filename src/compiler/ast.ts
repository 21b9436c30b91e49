// The Neko abstract syntax tree, as nekoc 2.3 (src/neko/Ast.nml) builds it.
//
// All strings (identifiers, string literals, float texts, file names) are "byte strings":
// JS strings whose char codes are the bytes 0..255 of the source, so that any byte sequence
// round-trips exactly to the .n file.

/**
 * A source position. nekoc only uses the file and the line of a position, and the character
 * range (min, max; 0 when absent) only to tell a position from null_pos.
 */
export interface Pos {
  readonly source: string;
  readonly line: number;
  readonly min?: number;
  readonly max?: number;
}

/** nekoc's Lexer.null_pos: the position of the program block and of generated code. */
export const NULL_POS: Pos = { source: "<null>", line: 0 };

export function isNullPos(p: Pos): boolean {
  return p === NULL_POS || (p.source === "<null>" && p.line === 0 && (p.min ?? 0) === 0 && (p.max ?? 0) === 0);
}

/** NekoML Lexer.punion: the file and line of p, the union of the character ranges. */
export function punion(p: Pos, p2: Pos): Pos {
  const min = Math.min(p.min ?? 0, p2.min ?? 0);
  const max = Math.max(p.max ?? 0, p2.max ?? 0);
  if (min === (p.min ?? 0) && max === (p.max ?? 0)) return p;
  return { source: p.source, line: p.line, min, max };
}

export type Constant =
  | { readonly kind: "true" }
  | { readonly kind: "false" }
  | { readonly kind: "null" }
  | { readonly kind: "this" }
  | { readonly kind: "int"; readonly value: number }
  | { readonly kind: "float"; readonly value: string }
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "builtin"; readonly value: string }
  | { readonly kind: "ident"; readonly value: string };

export type Keyword =
  | "var"
  | "while"
  | "do"
  | "if"
  | "else"
  | "function"
  | "return"
  | "break"
  | "continue"
  | "default"
  | "try"
  | "catch"
  | "switch";

export const KEYWORDS: ReadonlySet<string> = new Set<Keyword>([
  "var",
  "while",
  "do",
  "if",
  "else",
  "function",
  "return",
  "break",
  "continue",
  "try",
  "catch",
  "switch",
  "default",
]);

export type Expr =
  | { readonly kind: "const"; readonly c: Constant; readonly pos: Pos }
  | { readonly kind: "block"; readonly el: readonly Expr[]; readonly pos: Pos }
  | { readonly kind: "paren"; readonly e: Expr; readonly pos: Pos }
  | { readonly kind: "field"; readonly e: Expr; readonly name: string; readonly pos: Pos }
  | { readonly kind: "call"; readonly e: Expr; readonly args: readonly Expr[]; readonly pos: Pos }
  | { readonly kind: "array"; readonly e: Expr; readonly index: Expr; readonly pos: Pos }
  | { readonly kind: "vars"; readonly vars: readonly VarDecl[]; readonly pos: Pos }
  | { readonly kind: "while"; readonly cond: Expr; readonly body: Expr; readonly doWhile: boolean; readonly pos: Pos }
  | { readonly kind: "if"; readonly cond: Expr; readonly then: Expr; readonly else: Expr | null; readonly pos: Pos }
  | { readonly kind: "try"; readonly body: Expr; readonly name: string; readonly handler: Expr; readonly pos: Pos }
  | { readonly kind: "function"; readonly params: readonly string[]; readonly body: Expr; readonly pos: Pos }
  | { readonly kind: "binop"; readonly op: string; readonly e1: Expr; readonly e2: Expr; readonly pos: Pos }
  | { readonly kind: "return"; readonly e: Expr | null; readonly pos: Pos }
  | { readonly kind: "break"; readonly e: Expr | null; readonly pos: Pos }
  | { readonly kind: "continue"; readonly pos: Pos }
  | { readonly kind: "next"; readonly e1: Expr; readonly e2: Expr; readonly pos: Pos }
  | { readonly kind: "object"; readonly fields: readonly ObjectField[]; readonly pos: Pos }
  | { readonly kind: "label"; readonly name: string; readonly pos: Pos }
  | { readonly kind: "switch"; readonly e: Expr; readonly cases: readonly SwitchCase[]; readonly def: Expr | null; readonly pos: Pos };

export interface VarDecl {
  readonly name: string;
  readonly init: Expr | null;
}

export interface ObjectField {
  readonly name: string;
  readonly e: Expr;
}

export interface SwitchCase {
  readonly value: Expr;
  readonly body: Expr;
}

export type ExprKind = Expr["kind"];

/** Calls f on each direct sub-expression, in nekoc's Ast.iter order. */
export function iterExpr(e: Expr, f: (e: Expr) => void): void {
  switch (e.kind) {
    case "block":
      for (const x of e.el) f(x);
      break;
    case "paren":
    case "field":
      f(e.e);
      break;
    case "call":
      f(e.e);
      for (const x of e.args) f(x);
      break;
    case "array":
      f(e.e);
      f(e.index);
      break;
    case "vars":
      for (const v of e.vars) if (v.init) f(v.init);
      break;
    case "while":
      f(e.cond);
      f(e.body);
      break;
    case "if":
      f(e.cond);
      f(e.then);
      if (e.else) f(e.else);
      break;
    case "try":
      f(e.body);
      f(e.handler);
      break;
    case "function":
      f(e.body);
      break;
    case "binop":
      f(e.e1);
      f(e.e2);
      break;
    case "return":
    case "break":
      if (e.e) f(e.e);
      break;
    case "next":
      f(e.e1);
      f(e.e2);
      break;
    case "object":
      for (const x of e.fields) f(x.e);
      break;
    case "switch":
      f(e.e);
      for (const c of e.cases) {
        f(c.value);
        f(c.body);
      }
      if (e.def) f(e.def);
      break;
    case "continue":
    case "label":
    case "const":
      break;
  }
}

/** Byte string of a JS string's UTF-8 encoding. */
export function utf8ByteString(s: string): string {
  const b = new TextEncoder().encode(s);
  let r = "";
  for (let i = 0; i < b.length; i += 0x2000) r += String.fromCharCode(...b.subarray(i, i + 0x2000));
  return r;
}

/** Byte string of raw bytes. */
export function bytesToByteString(b: Uint8Array): string {
  let r = "";
  for (let i = 0; i < b.length; i += 0x2000) r += String.fromCharCode(...b.subarray(i, i + 0x2000));
  return r;
}

/** Raw bytes of a byte string. */
export function byteStringToBytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff;
  return b;
}
