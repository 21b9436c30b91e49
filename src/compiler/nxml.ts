// nxml sources: a Neko AST in XML between <nxml> and </nxml> (nekoc 2.3 src/neko/Xml.nml).
// Malformed inputs fail as nekoc does, with its exception text and (as far as practical) its
// stack frames.

import { type Constant, type Expr, type Pos, NULL_POS } from "./ast.js";
import { NekoException } from "./errors.js";
import { parseDecimalInt, parseHexInt } from "./lexer.js";
import { parse } from "./parser.js";
import { type XmlItem, parseXml } from "./xml.js";

const CORE_INVALID = "core/Core.nml line 212";

const X = (line: number) => `neko/Xml.nml line ${line}`;

type XNode = XmlItem & { kind: "node" };

function nodes(x: XNode): XNode[] {
  return x.children.filter((c): c is XNode => c.kind === "node");
}

/** nekoc's $int on a string (Core.int): null when not a number. */
function nekoInt(s: string): number | null {
  if (s.length >= 2 && s[0] === "0" && (s[1] === "x" || s[1] === "X")) {
    if (!/^0[xX][0-9a-fA-F]*$/.test(s)) return null;
    return parseHexInt(s);
  }
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)/.exec(s);
  if (!m) return null;
  const v = parseDecimalInt(m[2]);
  if (m[1] !== "-") return v;
  // strtol of a negative number: saturates at LONG_MIN, then truncated to an int
  const big = BigInt(m[2]);
  const min = 1n << 63n;
  return Number(BigInt.asIntN(32, big > min ? -min : -big));
}

/** NekoML String.unescape; null where it fails, with the line of String.nml. */
function unescape(s: string): { ok: string } | { line: number } {
  let r = "";
  const l = s.length;
  for (let i = 0; i < l; i++) {
    const ch = s[i];
    if (ch !== "\\") {
      r += ch;
      continue;
    }
    i++;
    if (i === l) return { line: 139 };
    const c = s[i];
    switch (c) {
      case "n":
        r += "\n";
        break;
      case "t":
        r += "\t";
        break;
      case "r":
        r += "\r";
        break;
      case '"':
        r += '"';
        break;
      case "\\":
        r += "\\";
        break;
      default:
        if (c >= "0" && c <= "9") {
          if (i + 2 >= l) return { line: 153 };
          const c2 = s[i + 1];
          const c3 = s[i + 2];
          i += 2;
          if (c2 < "0" || c2 > "9" || c3 < "0" || c3 > "9") return { line: 157 };
          const n = (c.charCodeAt(0) - 48) * 100 + (c2.charCodeAt(0) - 48) * 10 + (c3.charCodeAt(0) - 48);
          if (n > 255) return { line: 160 };
          r += String.fromCharCode(n);
        } else return { line: 163 };
    }
  }
  return { ok: r };
}

class NxmlReader {
  private fail(exception: string, frames: string[]): never {
    throw new NekoException(exception, frames);
  }

  private attrib(x: XNode, n: string, frames: string[]): string {
    const a = x.attrs.find(([n2]) => n2.toLowerCase() === n);
    if (a === undefined) this.fail("Not_found", [...frames, "core/Xml.nml line 145", "core/List.nml line 131"]);
    return a[1];
  }

  private firstNode(x: XNode, frames: string[]): XNode {
    const n = x.children.find((c): c is XNode => c.kind === "node");
    if (n === undefined) this.fail("Not_found", [...frames, "core/List.nml line 131"]);
    return n;
  }

  private error(frames: string[]): never {
    this.fail("Invalid_argument(Neko.Xml.error)", [...frames, X(57), CORE_INVALID]);
  }

  private parsePos(p: Pos, x: XNode, frames: string[]): Pos {
    const a = x.attrs.find(([n2]) => n2.toLowerCase() === "p");
    if (a === undefined) return p;
    const parts = a[1].length ? a[1].split(":") : [];
    const toInt = (s: string, line: number) => {
      const v = nekoInt(s);
      if (v === null) this.fail("Invalid_argument(Core.int)", [...frames, X(59), X(line), "core/Core.nml line 232", CORE_INVALID]);
      return v;
    };
    if (parts.length === 0) this.fail("Assert_failure", [...frames, X(59)]);
    if (parts.length === 1) return { source: p.source, line: toInt(parts[0], 36), min: p.min, max: p.max };
    const line = toInt(parts[parts.length - 1], 41);
    return { source: parts.slice(0, -1).join(":"), line, min: p.min, max: p.max };
  }

  /**
   * List.map over children from a call at a line: frames of the k-th element (through a C
   * function when the mapped function is a partial application).
   */
  private mapFrames(frames: string[], line: number, k: number, partial = false): string[] {
    return [...frames, X(line), ...new Array<string>(k + 1).fill("core/List.nml line 64"), ...(partial ? ["a C function"] : [])];
  }

  expr(parent: Pos, x: XNode, frames: string[]): Expr {
    const p = this.parsePos(parent, x, frames);
    const c = (c: Constant): Expr => ({ kind: "const", c, pos: p });
    const binop = (line: number, f: (a: Expr, b: Expr) => Expr): Expr => {
      const l = nodes(x);
      if (l.length !== 2) this.error([...frames, X(line)]);
      const a = this.expr(p, l[0], [...frames, X(line), X(63)]);
      const b = this.expr(p, l[1], [...frames, X(line), X(63)]);
      return f(a, b);
    };
    switch (x.name) {
      case "i": {
        const v = nekoInt(this.attrib(x, "v", [...frames, X(70)]));
        if (v === null) this.fail("Invalid_argument(Core.int)", [...frames, X(70), "core/Core.nml line 232", CORE_INVALID]);
        return c({ kind: "int", value: v });
      }
      case "f":
        return c({ kind: "float", value: this.attrib(x, "v", [...frames, X(73)]) });
      case "s": {
        const u = unescape(this.attrib(x, "v", [...frames, X(76)]));
        if ("line" in u) this.fail("Invalid_argument(String.unescape)", [...frames, X(77), `core/String.nml line ${u.line}`, CORE_INVALID]);
        return c({ kind: "string", value: u.ok });
      }
      case "v": {
        const v = this.attrib(x, "v", [...frames, X(79)]);
        if (v.length === 0) this.fail("Invalid_argument(String.get)", [...frames, X(80), "core/String.nml line 44", CORE_INVALID]);
        if (v[0] === "$") return c({ kind: "builtin", value: v.slice(1) });
        switch (v) {
          case "true":
          case "false":
          case "null":
          case "this":
            return c({ kind: v });
          default:
            return c({ kind: "ident", value: v });
        }
      }
      case "b":
        return { kind: "block", el: nodes(x).map((n, k) => this.expr(p, n, this.mapFrames(frames, 91, k, true))), pos: p };
      case "p":
        return { kind: "paren", e: this.expr(p, this.firstNode(x, [...frames, X(93)]), [...frames, X(93)]), pos: p };
      case "g": {
        const v = this.attrib(x, "v", [...frames, X(95)]);
        return { kind: "field", e: this.expr(p, this.firstNode(x, [...frames, X(96)]), [...frames, X(96)]), name: v, pos: p };
      }
      case "c": {
        const l = nodes(x);
        if (l.length === 0) this.error([...frames, X(99)]);
        const f = this.expr(p, l[0], [...frames, X(100)]);
        const args = l.slice(1).map((n, k) => this.expr(p, n, this.mapFrames(frames, 100, k, true)));
        return { kind: "call", e: f, args, pos: p };
      }
      case "a":
        return binop(102, (a, b) => ({ kind: "array", e: a, index: b, pos: p }));
      case "var":
        return {
          kind: "vars",
          vars: nodes(x).map((n, k) => {
            const fr = this.mapFrames(frames, 104, k);
            const first = n.children.find((ch): ch is XNode => ch.kind === "node");
            // (the tuple's second element is evaluated first)
            const init = first === undefined ? null : this.expr(p, first, [...fr, X(106)]);
            return { name: this.attrib(n, "v", [...fr, X(106)]), init };
          }),
          pos: p,
        };
      case "while":
        return binop(109, (a, b) => ({ kind: "while", cond: a, body: b, doWhile: false, pos: p }));
      case "do":
        return binop(111, (a, b) => ({ kind: "while", cond: b, body: a, doWhile: true, pos: p }));
      case "if": {
        const l = nodes(x);
        if (l.length === 2)
          return { kind: "if", cond: this.expr(p, l[0], [...frames, X(114)]), then: this.expr(p, l[1], [...frames, X(114)]), else: null, pos: p };
        if (l.length === 3) {
          const cond = this.expr(p, l[0], [...frames, X(115)]);
          const then = this.expr(p, l[1], [...frames, X(115)]);
          return { kind: "if", cond, then, else: this.expr(p, l[2], [...frames, X(115)]), pos: p };
        }
        return this.error([...frames, X(116)]);
      }
      case "o": {
        const v = this.attrib(x, "v", [...frames, X(119)]);
        return binop(120, (a, b) => ({ kind: "binop", op: v, e1: a, e2: b, pos: p }));
      }
      case "try": {
        const v = this.attrib(x, "v", [...frames, X(122)]);
        return binop(123, (a, b) => ({ kind: "try", body: a, name: v, handler: b, pos: p }));
      }
      case "function": {
        const a = this.attrib(x, "v", [...frames, X(125)]);
        const params = a.length ? a.split(":") : [];
        return { kind: "function", params, body: this.expr(p, this.firstNode(x, [...frames, X(126)]), [...frames, X(126)]), pos: p };
      }
      case "return":
      case "break": {
        const first = x.children.find((ch): ch is XNode => ch.kind === "node");
        const line = x.name === "return" ? 129 : 132;
        return { kind: x.name, e: first === undefined ? null : this.expr(p, first, [...frames, X(line)]), pos: p };
      }
      case "continue":
        return { kind: "continue", pos: p };
      case "next":
        return binop(136, (a, b) => ({ kind: "next", e1: a, e2: b, pos: p }));
      case "object":
        return {
          kind: "object",
          fields: nodes(x).map((n, k) => {
            const fr = this.mapFrames(frames, 138, k);
            const e = this.expr(p, this.firstNode(n, [...fr, X(139)]), [...fr, X(139)]);
            return { name: this.attrib(n, "v", [...fr, X(139)]), e };
          }),
          pos: p,
        };
      case "label":
        return { kind: "label", name: this.attrib(x, "v", [...frames, X(142)]), pos: p };
      case "switch": {
        const cases: { value: Expr; body: Expr }[] = [];
        let def: Expr | null = null;
        let e: Expr | null = null;
        nodes(x).forEach((n, k) => {
          const fr = [...frames, X(148), "core/List.nml line 71"];
          if (n.name === "case") {
            const l = nodes(n);
            if (l.length !== 2) this.error([...fr, X(153)]);
            // (the tuple's second element is evaluated first)
            const body = this.expr(p, l[1], [...fr, X(152)]);
            cases.push({ value: this.expr(p, l[0], [...fr, X(152)]), body });
          } else if (n.name === "default") {
            if (def !== null) this.error([...fr, X(157)]);
            def = this.expr(p, this.firstNode(n, [...fr, X(158)]), [...fr, X(158)]);
          } else {
            if (e !== null) this.error([...fr, X(160)]);
            e = this.expr(p, n, [...fr, X(161)]);
          }
        });
        if (e === null) return this.error([...frames, X(165)]);
        return { kind: "switch", e, cases, def, pos: p };
      }
      case "neko": {
        let text = "";
        for (const ch of x.children) {
          if (ch.kind === "node")
            this.fail("Invalid_argument(Xml.node_text)", [...frames, X(169), "core/Xml.nml line 131", "core/List.nml line 71", CORE_INVALID]);
          text += ch.text;
        }
        const e = parse(text, p.source, p.line, p.min ?? 0);
        return { ...e, pos: p };
      }
      default:
        return this.fail(`Error(Unknown node name : ${x.name})`, frames);
    }
  }
}

/** The XML text between <nxml> and </nxml> if the source is in nxml form (nekoc's is_nxml). */
export function nxmlContent(src: string): string | null {
  const len = src.length;
  if (len <= 10 || !src.startsWith("<nxml>")) return null;
  if (src.endsWith("</nxml>")) return src.slice(6, len - 7);
  if (src.endsWith("</nxml>\n")) return src.slice(6, len - 8);
  if (src.endsWith("</nxml>\r\n")) return src.slice(6, len - 9);
  return null;
}

/** Parses nxml content to the program (nekoc's Neko.Xml.parse). Frames are below Main.nml. */
export function parseNxml(content: string): Expr {
  const doc = parseXml(content);
  const top = doc.filter((x): x is XNode => x.kind === "node");
  if (top.length !== 1) throw new NekoException("Invalid_argument(Neko.Xml.parse)", [CORE_INVALID]);
  return new NxmlReader().expr(NULL_POS, top[0], [X(179)]);
}

