// The two other source formats nekoc accepts: "nxml" (a Neko AST in XML, between <nxml> and
// </nxml>: nekoc 2.3 src/neko/Xml.nml over neko's std parse_xml) and the binary AST "NBA\001"
// (src/neko/Binast.nml). Malformed inputs fail as nekoc does, with its exception text and
// (as far as practical) its stack frames.

import { type Constant, type Expr, type Pos, NULL_POS } from "./ast.js";
import { NekoException } from "./errors.js";
import { parseDecimalInt, parseHexInt } from "./lexer.js";
import { parse } from "./parser.js";

// ---------------------------------------------------------------- the XML parser (std xml.c)

export type XmlItem =
  | { kind: "node"; name: string; attrs: [string, string][]; children: XmlItem[] }
  | { kind: "pcdata" | "cdata"; text: string };

/** The field id of a name, as a signed int (attributes are kept in an object, ordered by id). */
function fieldId(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = ((Math.imul(223, h) + (s.charCodeAt(i) & 0xff)) << 1) >> 1;
  return h;
}

function isValidChar(c: string): boolean {
  return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c === ":" || c === "." || c === "_" || c === "-";
}

const enum S {
  IgnoreSpaces,
  Begin,
  BeginNode,
  TagName,
  Body,
  AttribName,
  Equals,
  AttvalBegin,
  AttribVal,
  Children,
  Close,
  WaitEnd,
  WaitEndRet,
  Pcdata,
  Header,
  Comment,
  Doctype,
  Cdata,
}

const XML_FRAMES = ["neko/Xml.nml line 177", "core/Xml.nml line 76"];

/** neko's std parse_xml with NekoML's Xml.parse event handlers: the document's items. */
export function parseXml(text: string): XmlItem[] {
  const nul = text.indexOf("\0");
  let xml = nul >= 0 ? text.slice(0, nul) : text;
  if (xml.startsWith("\xef\xbb\xbf")) xml = xml.slice(3);
  const at = (i: number) => (i < xml.length ? xml[i] : "\0");
  const line = { n: 0 };
  // the event handlers' state
  type Frame = { name: string; attrs: [string, string][]; doc: XmlItem[] };
  const stack: Frame[] = [];
  let doc: XmlItem[] = [];
  const error = (p: number, msg: string): never => {
    const rest = xml.slice(p);
    let s = `Xml parse error : ${msg} at line ${line.n} : `;
    if (p !== 0) s += "...";
    s += rest.slice(0, 30);
    if (rest.length > 30) s += "...";
    if (rest.length === 0) s += "<eof>";
    throw new NekoException(`Neko_error(xml.c(80) : ${s})`, XML_FRAMES);
  };
  const invalidCall = (): never => {
    throw new NekoException("Error(Invalid call)", [XML_FRAMES[0], "core/Xml.nml line 80", XML_FRAMES[1]]);
  };
  const onXml = (name: string, attrs: Map<number, [string, string]>) => {
    const list = [...attrs.entries()].sort((a, b) => a[0] - b[0]).map((e) => e[1]);
    stack.push({ name, attrs: list, doc });
    doc = [];
  };
  const onDone = () => {
    const f = stack.pop()!;
    f.doc.push({ kind: "node", name: f.name, attrs: f.attrs, children: doc });
    doc = f.doc;
  };
  const rec = (lp: { p: number }, parentname: string | null): void => {
    let state = S.Begin;
    let next = S.Begin;
    let aname = "";
    let attribs = new Map<number, [string, string]>();
    let nodename = "";
    let start = 0;
    let p = lp.p;
    let c = at(p);
    let nsubs = 0;
    let nbrackets = 0;
    while (c !== "\0") {
      let advance = true;
      switch (state) {
        case S.IgnoreSpaces:
          if (c !== "\n" && c !== "\r" && c !== "\t" && c !== " ") {
            state = next;
            advance = false;
          }
          break;
        case S.Begin:
          if (c === "<") {
            state = S.IgnoreSpaces;
            next = S.BeginNode;
          } else {
            start = p;
            state = S.Pcdata;
            advance = false;
          }
          break;
        case S.Pcdata:
          if (c === "<") {
            doc.push({ kind: "pcdata", text: xml.slice(start, p) });
            nsubs++;
            state = S.IgnoreSpaces;
            next = S.BeginNode;
          }
          break;
        case S.Cdata:
          if (c === "]" && at(p + 1) === "]" && at(p + 2) === ">") {
            doc.push({ kind: "cdata", text: xml.slice(start, p) });
            nsubs++;
            p += 2;
            state = S.Begin;
          }
          break;
        case S.BeginNode:
          if (c === "!") {
            if (at(p + 1) === "[") {
              p += 2;
              if (xml.slice(p, p + 5).toUpperCase() !== "CDATA" || at(p + 5) !== "[") error(p, "Expected <![CDATA[");
              p += 5;
              state = S.Cdata;
              start = p + 1;
              break;
            }
            if (at(p + 1) === "D" || at(p + 1) === "d") {
              if (xml.slice(p + 2, p + 8).toUpperCase() !== "OCTYPE") error(p, "Expected <!DOCTYPE");
              p += 7;
              state = S.Doctype;
              start = p + 1;
              break;
            }
            if (at(p + 1) !== "-" || at(p + 2) !== "-") error(p, "Expected <!--");
            p += 2;
            state = S.Comment;
            start = p + 1;
          } else if (c === "?") {
            state = S.Header;
            start = p;
          } else if (c === "/") {
            if (parentname === null) error(p, "Expected node name");
            start = p + 1;
            state = S.IgnoreSpaces;
            next = S.Close;
          } else {
            state = S.TagName;
            start = p;
            advance = false;
          }
          break;
        case S.TagName:
          if (!isValidChar(c)) {
            if (p === start) error(p, "Expected node name");
            nodename = xml.slice(start, p);
            attribs = new Map();
            state = S.IgnoreSpaces;
            next = S.Body;
            advance = false;
          }
          break;
        case S.Body:
          if (c === "/") {
            state = S.WaitEnd;
            nsubs++;
            onXml(nodename, attribs);
          } else if (c === ">") {
            state = S.Children;
            nsubs++;
            onXml(nodename, attribs);
          } else {
            state = S.AttribName;
            start = p;
            advance = false;
          }
          break;
        case S.AttribName:
          if (!isValidChar(c)) {
            if (start === p) error(p, "Expected attribute name");
            aname = xml.slice(start, p);
            if (attribs.has(fieldId(aname))) error(p, "Duplicate attribute");
            state = S.IgnoreSpaces;
            next = S.Equals;
            advance = false;
          }
          break;
        case S.Equals:
          if (c !== "=") error(p, "Expected =");
          state = S.IgnoreSpaces;
          next = S.AttvalBegin;
          break;
        case S.AttvalBegin:
          if (c !== '"' && c !== "'") error(p, 'Expected "');
          state = S.AttribVal;
          start = p;
          break;
        case S.AttribVal:
          if (c === xml[start]) {
            attribs.set(fieldId(aname), [aname, xml.slice(start + 1, p)]);
            state = S.IgnoreSpaces;
            next = S.Body;
          }
          break;
        case S.Children: {
          const sub = { p };
          rec(sub, nodename);
          p = sub.p;
          start = p;
          state = S.Begin;
          break;
        }
        case S.WaitEnd:
          if (c !== ">") error(p, "Expected >");
          onDone();
          state = S.Begin;
          break;
        case S.WaitEndRet:
          if (c !== ">") error(p, "Expected >");
          if (nsubs === 0) doc.push({ kind: "pcdata", text: "" });
          onDone();
          lp.p = p;
          return;
        case S.Close:
          if (!isValidChar(c)) {
            if (start === p) error(p, "Expected node name");
            const v = xml.slice(start, p);
            if (parentname!.toLowerCase() !== v.toLowerCase()) error(p, `Expected </${parentname}>`);
            state = S.IgnoreSpaces;
            next = S.WaitEndRet;
            advance = false;
          }
          break;
        case S.Comment:
          if (c === "-" && at(p + 1) === "-" && at(p + 2) === ">") invalidCall();
          break;
        case S.Doctype:
          if (c === "[") nbrackets++;
          else if (c === "]") nbrackets--;
          else if (c === ">" && nbrackets === 0) invalidCall();
          break;
        case S.Header:
          if (c === "?" && at(p + 1) === ">") invalidCall();
          break;
      }
      if (advance) {
        c = at(++p);
        if (c === "\n") line.n++;
      }
    }
    if (state === S.Begin) {
      start = p;
      state = S.Pcdata;
    }
    if (parentname === null && state === S.Pcdata) {
      if (p !== start || nsubs === 0) doc.push({ kind: "pcdata", text: xml.slice(start, p) });
      return;
    }
    error(p, "Unexpected end");
  };
  rec({ p: 0 }, null);
  return doc;
}

// ---------------------------------------------------------------- nxml to AST (Xml.nml)

const X = (line: number) => `neko/Xml.nml line ${line}`;
const CORE_INVALID = "core/Core.nml line 212";

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

// ---------------------------------------------------------------- binary AST (Binast.nml)

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

export type { Constant };
