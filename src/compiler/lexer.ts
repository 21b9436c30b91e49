// The Neko lexer (nekoc 2.3 src/neko/Lexer.nml on top of NekoML's core Lexer), reproducing
// its quirks exactly: longest match with rule priority, binary operators made of any one or two
// operator characters (plus three-character assignments), the line counting of '\r', and the
// behaviour at end of input (a trailing unfinished token such as "0x" is dropped silently).

import { type Constant, type Keyword, type Pos, KEYWORDS, punion } from "./ast.js";
import { NekoCompileError } from "./errors.js";
import { LexCursor, LexTable } from "./lexengine.js";

export const enum T {
  Eof,
  Semicolon,
  Dot,
  Comma,
  Arrow,
  BraceOpen,
  BraceClose,
  ParentOpen,
  ParentClose,
  BracketOpen,
  BracketClose,
  Const,
  Keyword,
  Binop,
  Comment,
  CommentLine,
}

export type Token =
  | { readonly t: T.Eof | T.Semicolon | T.Dot | T.Comma | T.Arrow; readonly pos: Pos }
  | { readonly t: T.BraceOpen | T.BraceClose | T.ParentOpen | T.ParentClose; readonly pos: Pos }
  | { readonly t: T.BracketOpen | T.BracketClose; readonly pos: Pos }
  | { readonly t: T.Const; readonly c: Constant; readonly pos: Pos }
  | { readonly t: T.Keyword; readonly k: Keyword; readonly pos: Pos }
  | { readonly t: T.Binop; readonly op: string; readonly pos: Pos }
  | { readonly t: T.Comment | T.CommentLine; readonly text: string; readonly pos: Pos };

const IDENT = "[a-zA-Z_@][a-zA-Z0-9_@]*";
const BINOP = "[-!=\\*/<>&|^%\\+:]";

const EXPR_RULES = [
  ";", // 0
  ".", // 1
  ",", // 2
  "{", // 3
  "}", // 4
  "(", // 5
  ")", // 6
  "\\[", // 7
  "]", // 8
  "=>", // 9
  "[ \r\t\n]+", // 10
  "0x[0-9a-fA-F]+", // 11
  "[0-9]+", // 12
  "[0-9]+.[0-9]*", // 13
  ".[0-9]+", // 14
  "$" + IDENT, // 15
  "true", // 16
  "false", // 17
  "null", // 18
  "this", // 19
  IDENT, // 20
  '"', // 21
  "/\\*", // 22
  "//[^\r\n]*\n?", // 23
  BINOP + BINOP + "?", // 24
  BINOP + BINOP + "=", // 25
  ">>>", // 26
  ">>>=", // 27
];

const STRING_RULES = [
  '\\\\"', // 0  \"
  "\\\\\\\\", // 1  \\
  "\\\\n", // 2
  "\\\\t", // 3
  "\\\\r", // 4
  "\\\\[0-9][0-9][0-9]", // 5
  "\\\\", // 6  a lone backslash
  '"', // 7
  '[^\\\\"]+', // 8
];

const COMMENT_RULES = [
  "\\*/", // 0
  "\\*", // 1
  "[^*]+", // 2
];

let exprTable: LexTable | null = null;
let stringTable: LexTable | null = null;
let commentTable: LexTable | null = null;

/** The C library's strtol(s, 10) truncated to a C int, as neko's $int does for decimal text. */
export function parseDecimalInt(s: string): number {
  let v = 0n;
  const max = (1n << 63n) - 1n;
  for (let i = 0; i < s.length; i++) {
    v = v * 10n + BigInt(s.charCodeAt(i) - 48);
    if (v > max) {
      v = max;
      break;
    }
  }
  return Number(BigInt.asIntN(32, v));
}

/** neko's $int on "0x..." text: digits shifted into a C int. */
export function parseHexInt(s: string): number {
  let h = 0;
  for (let i = 2; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c <= 57 ? c - 48 : c <= 70 ? c - 55 : c - 87;
    h = (h << 4) | d;
  }
  return h;
}

export class Lexer extends LexCursor {
  private buf = "";

  constructor(
    src: string,
    private readonly source: string,
    line = 1,
    /** Character offset of the first character (for positions). */
    private readonly offset = 0,
  ) {
    super(src, line);
    exprTable ??= new LexTable(EXPR_RULES);
  }

  curpos(): Pos {
    const max = this.offset + this.pos;
    return { source: this.source, line: this.line, min: max - this.current.length, max };
  }


  /** NekoML Lexer.char: peeks the next character (counting its line) or null at the end. */
  private peekChar(): number | null {
    if (this.rpos >= this.src.length) return null;
    const c = this.src.charCodeAt(this.rpos) & 0xff;
    this.incLine(c);
    return c;
  }

  private error(msg: string, pos: Pos = this.curpos()): never {
    throw new NekoCompileError(msg, pos, "lexer");
  }

  /** The next token, comments included. */
  token(): Token {
    for (;;) {
      const r = this.scan(exprTable!);
      const cur = this.current;
      switch (r) {
        case -1: {
          const c = this.peekChar();
          if (c === null) return { t: T.Eof, pos: this.curpos() };
          if (c > 32 && c < 128) this.error(`Invalid character '${String.fromCharCode(c)}'`);
          this.error("Invalid character 0x" + c.toString(16).toUpperCase().padStart(2, "0"));
        }
        case 0:
          return { t: T.Semicolon, pos: this.curpos() };
        case 1:
          return { t: T.Dot, pos: this.curpos() };
        case 2:
          return { t: T.Comma, pos: this.curpos() };
        case 3:
          return { t: T.BraceOpen, pos: this.curpos() };
        case 4:
          return { t: T.BraceClose, pos: this.curpos() };
        case 5:
          return { t: T.ParentOpen, pos: this.curpos() };
        case 6:
          return { t: T.ParentClose, pos: this.curpos() };
        case 7:
          return { t: T.BracketOpen, pos: this.curpos() };
        case 8:
          return { t: T.BracketClose, pos: this.curpos() };
        case 9:
          return { t: T.Arrow, pos: this.curpos() };
        case 10:
          continue; // blanks
        case 11:
          return { t: T.Const, c: { kind: "int", value: parseHexInt(cur) }, pos: this.curpos() };
        case 12:
          return { t: T.Const, c: { kind: "int", value: parseDecimalInt(cur) }, pos: this.curpos() };
        case 13:
        case 14:
          return { t: T.Const, c: { kind: "float", value: cur }, pos: this.curpos() };
        case 15:
          return { t: T.Const, c: { kind: "builtin", value: cur.slice(1) }, pos: this.curpos() };
        case 16:
          return { t: T.Const, c: { kind: "true" }, pos: this.curpos() };
        case 17:
          return { t: T.Const, c: { kind: "false" }, pos: this.curpos() };
        case 18:
          return { t: T.Const, c: { kind: "null" }, pos: this.curpos() };
        case 19:
          return { t: T.Const, c: { kind: "this" }, pos: this.curpos() };
        case 20:
          if (KEYWORDS.has(cur)) return { t: T.Keyword, k: cur as Keyword, pos: this.curpos() };
          return { t: T.Const, c: { kind: "ident", value: cur }, pos: this.curpos() };
        case 21: {
          const p1 = this.curpos();
          this.buf = "";
          if (!this.lexString()) this.error("Unterminated string", p1);
          return { t: T.Const, c: { kind: "string", value: this.buf }, pos: punion(p1, this.curpos()) };
        }
        case 22: {
          const p1 = this.curpos();
          this.buf = "";
          if (!this.lexComment()) this.error("Unclosed comment", p1);
          return { t: T.Comment, text: this.buf, pos: punion(p1, this.curpos()) };
        }
        case 23: {
          const n = cur.charCodeAt(cur.length - 1) === 13 ? 3 : 2;
          return { t: T.CommentLine, text: cur.slice(0, cur.length - n), pos: this.curpos() };
        }
        case 24:
        case 25:
        case 26:
        case 27:
          return { t: T.Binop, op: cur, pos: this.curpos() };
        default:
          throw new Error("lexer: bad rule " + r);
      }
    }
  }

  /** The body of a string literal into buf; false when the input ends first. */
  private lexString(): boolean {
    stringTable ??= new LexTable(STRING_RULES);
    for (;;) {
      const r = this.scan(stringTable);
      switch (r) {
        case -1:
          return false;
        case 0:
          this.buf += '"';
          break;
        case 1:
          this.buf += "\\";
          break;
        case 2:
          this.buf += "\n";
          break;
        case 3:
          this.buf += "\t";
          break;
        case 4:
          this.buf += "\r";
          break;
        case 5: {
          const k = parseInt(this.current.slice(1, 4), 10);
          if (k > 255) this.error(`Invalid escaped character ${k}`);
          this.buf += String.fromCharCode(k);
          break;
        }
        case 6:
          this.error("Invalid escape sequence");
        case 7:
          return true;
        case 8:
          this.buf += this.current;
          break;
      }
    }
  }

  /** The body of a comment into buf; false when the input ends first. */
  private lexComment(): boolean {
    commentTable ??= new LexTable(COMMENT_RULES);
    for (;;) {
      const r = this.scan(commentTable);
      switch (r) {
        case -1:
          return false;
        case 0:
          return true;
        default:
          this.buf += this.current;
      }
    }
  }
}

/** nekoc's Ast.s_token: the text of a token in "Unexpected ..." messages. */
export function tokenText(tok: Token): string {
  switch (tok.t) {
    case T.Eof:
      return "<eof>";
    case T.Semicolon:
      return ";";
    case T.Dot:
      return ".";
    case T.Comma:
      return ",";
    case T.Arrow:
      return "=>";
    case T.BraceOpen:
      return "{";
    case T.BraceClose:
      return "}";
    case T.ParentOpen:
      return "(";
    case T.ParentClose:
      return ")";
    case T.BracketOpen:
      return "[";
    case T.BracketClose:
      return "]";
    case T.Const:
      return constantText(tok.c);
    case T.Keyword:
      return tok.k;
    case T.Binop:
      return tok.op;
    case T.Comment:
      return "/*" + tok.text + "*/";
    case T.CommentLine:
      return "//" + tok.text;
  }
}

/** nekoc's Ast.s_constant. */
export function constantText(c: Constant): string {
  switch (c.kind) {
    case "true":
    case "false":
    case "null":
    case "this":
      return c.kind;
    case "int":
      return String(c.value);
    case "float":
      return c.value;
    case "string":
      return '"' + escapeString(c.value) + '"';
    case "builtin":
      return "$" + c.value;
    case "ident":
      return c.value;
  }
}

/** NekoML String.escape (byte strings in and out). */
export function escapeString(s: string): string {
  let r = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    switch (c) {
      case 10:
        r += "\\n";
        break;
      case 9:
        r += "\\t";
        break;
      case 13:
        r += "\\r";
        break;
      case 92:
        r += "\\\\";
        break;
      case 34:
        r += '\\"';
        break;
      default:
        if (c < 32 || c > 126) r += "\\" + String(c).padStart(3, "0");
        else r += s[i];
    }
  }
  return r;
}
