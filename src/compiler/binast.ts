// Binary AST sources ("NBA\001" header: nekoc 2.3 src/neko/Binast.nml). Malformed inputs fail
// as nekoc does, with its exception text and stack frames.

import { type Constant, type Expr, type Pos, NULL_POS } from "./ast.js";
import { NekoException } from "./errors.js";
import { parse } from "./parser.js";

export const BINAST_HEADER = "NBA\x01";

const BINAST_OPS = [
  "+", "-", "/", "*", "%", "<<", ">>", ">>>", "|", "&", "^", "==", "!=", ">", ">=", "<", "<=", "=", "&&", "||",
  "++=", "--=", "+=", "-=", "/=", "*=", "%=", "<<=", ">>=", ">>>=", "|=", "&=", "^=",
];

const B = (line: number) => `neko/Binast.nml line ${line}`;
const IO = (line: number) => `core/IO.nml line ${line}`;

/**
 * Reads a binary AST like nekoc's Binast.nml, keeping the stack of call sites (Binast.nml lines)
 * for the frames of nekoc's errors.
 */
class BinastReader {
  private i = 0;
  private readonly strings: string[] = [];
  private pos: Pos = NULL_POS;
  private readonly stack: string[] = [];
  constructor(private readonly s: string) {}

  private fail(exception: string, inner: string[]): never {
    throw new NekoException(exception, [...this.stack, ...inner]);
  }
  /** Runs f as a call made at a line of Binast.nml. */
  private at<T>(line: number, f: () => T): T {
    this.stack.push(B(line));
    try {
      return f();
    } finally {
      this.stack.pop();
    }
  }
  /** IO.read_byte at a call site (inner: frames between the site and read_byte). */
  private byte(inner: string[] = []): number {
    if (this.i >= this.s.length) this.fail("Eof", [...inner, IO(153), IO(80)]);
    return this.s.charCodeAt(this.i++) & 0xff;
  }
  private ui16(line: number): number {
    const a = this.byte([B(line), IO(240)]);
    return a | (this.byte([B(line), IO(241)]) << 8);
  }
  private ui24(line: number): number {
    const a = this.byte([B(line), IO(246)]);
    const b = this.byte([B(line), IO(247)]);
    return a | (b << 8) | (this.byte([B(line), IO(248)]) << 16);
  }
  private read(n: number, line: number): string {
    if (n === 0) return "";
    if (this.i >= this.s.length || this.i + n > this.s.length) {
      this.i = this.s.length;
      this.fail("Eof", [B(line), IO(171), IO(86)]);
    }
    const r = this.s.slice(this.i, this.i + n);
    this.i += n;
    return r;
  }
  private string(line: number): string {
    return this.at(line, () => {
      const index = this.byte([B(37)]);
      if (index === 0) {
        const str = this.read(this.ui16(39), 40);
        this.strings.push(str);
        return str;
      }
      const k = this.strings.length - index;
      if (k < 0 || k >= this.strings.length) this.fail("Invalid_argument(Array.get)", ["core/Core.nml line 179", "core/Core.nml line 212"]);
      return this.strings[k];
    });
  }
  private constant(): Constant {
    return this.at(145, () => {
      const n = this.byte([B(57)]);
      switch (n) {
        case 0:
          return { kind: "true" };
        case 1:
          return { kind: "false" };
        case 2:
          return { kind: "null" };
        case 3:
          return { kind: "this" };
        case 4:
          return { kind: "int", value: this.byte([B(62)]) };
        case 5: {
          const r = [0, 0, 0, 0].map((_, k) => this.byte([B(63), IO(232 + k)]));
          return { kind: "int", value: r[0] | (r[1] << 8) | (r[2] << 16) | (r[3] << 24) };
        }
        case 6:
          return { kind: "float", value: this.string(64) };
        case 7:
          return { kind: "string", value: this.string(65) };
        case 8:
          return { kind: "builtin", value: this.string(66) };
        case 9:
          return { kind: "ident", value: this.string(67) };
        default:
          return this.fail(`Error(Invalid const tag : ${n})`, ["core/Core.nml line 216"]);
      }
    });
  }
  private op(): string {
    return this.at(188, () => {
      const n = this.byte([B(73)]);
      if (n >= BINAST_OPS.length) this.fail(`Error(Invalid op tag ${n})`, ["core/Core.nml line 216"]);
      return BINAST_OPS[n];
    });
  }
  /** parse_list called at a line: element k is read by f called from parse_list line 51. */
  private list<T>(line: number, f: () => T, n: number): T[] {
    return this.at(line, () => {
      const r: T[] = [];
      for (let k = 0; k < n; k++) {
        for (let j = 0; j < k; j++) this.stack.push(B(52));
        try {
          r.push(this.at(51, f));
        } finally {
          this.stack.length -= k;
        }
      }
      return r;
    });
  }
  private opt(line: number): Expr | null {
    return this.at(line, () => (this.byte([B(128)]) === 0 ? null : this.at(131, () => this.expr())));
  }
  private switchExpr(line: number, n: number, pos: Pos): Expr {
    return this.at(line, () => {
      const e = this.at(117, () => this.expr());
      const cases = this.list(
        118,
        () => {
          const value = this.at(119, () => this.expr());
          return { value, body: this.at(120, () => this.expr()) };
        },
        n,
      );
      return { kind: "switch", e, cases, def: this.opt(123), pos };
    });
  }

  expr(): Expr {
    for (;;) {
      const n = this.byte([B(135)]);
      if (n < 2) {
        const file = n === 1 ? this.pos.source : this.string(137);
        const line = this.ui24(138);
        this.pos = { source: file, line };
        continue;
      }
      const pos = this.pos;
      const sub = (line: number) => this.at(line, () => this.expr());
      const e = () => this.expr();
      switch (n) {
        case 2:
          return { kind: "const", c: this.constant(), pos };
        case 3:
          return { kind: "block", el: this.list(147, e, this.byte([B(147)])), pos };
        case 4:
          return { kind: "block", el: this.list(149, e, this.ui24(149)), pos };
        case 5:
          return { kind: "paren", e: sub(151), pos };
        case 6: {
          const x = sub(153);
          return { kind: "field", e: x, name: this.string(154), pos };
        }
        case 7: {
          const x = sub(156);
          return { kind: "call", e: x, args: this.list(157, e, this.byte([B(157)])), pos };
        }
        case 28: {
          const x = sub(220);
          return { kind: "call", e: x, args: this.list(221, e, this.ui24(221)), pos };
        }
        case 8: {
          const x = sub(159);
          return { kind: "array", e: x, index: sub(160), pos };
        }
        case 9: {
          const parseVar = () => {
            const name = this.string(163);
            return { name, init: this.opt(164) };
          };
          return { kind: "vars", vars: this.list(167, parseVar, this.byte([B(167)])), pos };
        }
        case 10:
        case 11: {
          const e1 = sub(n === 10 ? 169 : 173);
          const e2 = sub(n === 10 ? 170 : 174);
          return { kind: "while", cond: e1, body: e2, doWhile: n === 11, pos };
        }
        case 12: {
          const e1 = sub(177);
          const e2 = sub(178);
          return { kind: "if", cond: e1, then: e2, else: this.opt(179), pos };
        }
        case 13: {
          const e1 = sub(181);
          const name = this.string(182);
          return { kind: "try", body: e1, name, handler: sub(183), pos };
        }
        case 14: {
          const params = this.list(185, () => this.string(51), this.byte([B(185)]));
          return { kind: "function", params, body: sub(186), pos };
        }
        case 15: {
          const op = this.op();
          const e1 = sub(189);
          return { kind: "binop", op, e1, e2: sub(190), pos };
        }
        case 16:
          return { kind: "return", e: null, pos };
        case 17:
          return { kind: "return", e: sub(195), pos };
        case 18:
          return { kind: "break", e: null, pos };
        case 19:
          return { kind: "break", e: sub(199), pos };
        case 20:
          return { kind: "continue", pos };
        case 21: {
          const e1 = sub(203);
          return { kind: "next", e1, e2: sub(204), pos };
        }
        case 22:
        case 23: {
          const line = n === 22 ? 207 : 209;
          const field = () => {
            const name = this.string(112);
            return { name, e: sub(113) };
          };
          return { kind: "object", fields: this.list(line, field, n === 22 ? this.byte([B(line)]) : this.ui24(line)), pos };
        }
        case 24:
          return { kind: "label", name: this.string(211), pos };
        case 25:
          return this.switchExpr(213, this.byte([B(213)]), pos);
        case 26:
          return this.switchExpr(215, this.ui24(215), pos);
        case 27: {
          const str = this.read(this.ui24(217), 217);
          const b = this.at(218, () => parse(str, pos.source, pos.line, pos.min ?? 0));
          return { ...b, pos };
        }
        default:
          return this.fail(`Error(Invalid expr tag : ${n})`, [B(223), "core/Core.nml line 216"]);
      }
    }
  }

  program(): Expr {
    if (this.read(4, 234) !== BINAST_HEADER) this.fail("Error(Invalid binast header)", [B(234), "core/Core.nml line 216"]);
    return this.expr();
  }
}

/** Whether a source is a binary AST (nekoc checks the header on sources longer than 4 bytes). */
export function isBinast(src: string): boolean {
  return src.length > 4 && src.startsWith(BINAST_HEADER);
}

/** Parses a binary AST (nekoc's Neko.Binast.parse). */
export function parseBinast(src: string): Expr {
  try {
    return new BinastReader(src).program();
  } catch (e) {
    if (e instanceof NekoException) throw new NekoException(e.exception, ["neko/Main.nml line 54", ...e.frames]);
    throw e;
  }
}

