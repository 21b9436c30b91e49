// `nekoc -doc file`: extracts the /** ... **/ documentation comments of a (C) source into
// HTML, as nekoc 2.3 does (src/neko/Doc.nml): a "name : type <doc>...</doc>" or a
// "<doc>...</doc>" per comment, types in neko's documentation type syntax.

import type { Pos } from "./ast.js";
import { NekoCompileError } from "./errors.js";
import { LexCursor, LexTable } from "./lexengine.js";
import { parseDecimalInt } from "./lexer.js";
import { type XmlItem, parseXml } from "./xml.js";

type DocType =
  | { k: "base" | "abstract" | "custom"; s: string }
  | { k: "fun"; a: DocType; r: DocType }
  | { k: "opt" | "star"; t: DocType }
  | { k: "mult"; l: DocType[] }
  | { k: "obj"; fields: [string, DocType][] }
  | { k: "named" | "poly"; s: string; t: DocType }
  | { k: "function"; n: number };

type DocItem = { k: "function"; name: string; t: DocType; doc: XmlItem[] | null } | { k: "document"; doc: XmlItem[] };

const enum D {
  Eof,
  Begin,
  End,
  Star,
  Question,
  Arrow,
  DoubleDot,
  POpen,
  PClose,
  BrOpen,
  BrClose,
  Comma,
  Field,
  Or,
  Quote,
  Sharp,
  Int,
  Doc,
  Ident,
}

type Tok = { t: D; pos: Pos; i?: number; s?: string; doc?: XmlItem[] };

const TOKEN_RULES = ["/\\*\\*", "/", "[^/]+"];
const CONTENT_RULES = [
  "\\*\\*/",
  ":",
  "(",
  ")",
  "{",
  "}",
  ",",
  "=>",
  "|",
  "->",
  "\\*",
  "\\?",
  "'",
  "#",
  "<doc>",
  "[ \t\r\n]+",
  "[0-9]+",
  "$?[a-zA-Z_@][a-zA-Z0-9_@]*",
];
const DOC_RULES = ["</doc>", "<", "[^<]+"];
const CONTENT_TOKENS = [D.End, D.DoubleDot, D.POpen, D.PClose, D.BrOpen, D.BrClose, D.Comma, D.Field, D.Or, D.Arrow, D.Star, D.Question, D.Quote, D.Sharp];

let tables: { token: LexTable; content: LexTable; doc: LexTable } | null = null;

/** NekoML String.escape_char. */
function escapeChar(c: number): string {
  switch (c) {
    case 10:
      return "\\n";
    case 9:
      return "\\t";
    case 13:
      return "\\r";
    case 92:
      return "\\\\";
    case 34:
      return '\\"';
    default:
      return c < 32 || c > 126 ? "\\" + String(c).padStart(3, "0") : String.fromCharCode(c);
  }
}

/** The core lexer (same semantics as the Neko lexer's), over the three rule sets of Doc.nml. */
class DocLexer extends LexCursor {
  doc = false;

  constructor(
    src: string,
    private readonly source: string,
  ) {
    super(src, 1);
    tables ??= { token: new LexTable(TOKEN_RULES), content: new LexTable(CONTENT_RULES), doc: new LexTable(DOC_RULES) };
  }

  curpos(): Pos {
    return { source: this.source, line: this.line, min: this.pos - this.current.length, max: this.pos };
  }


  private error(msg: string, p: Pos): never {
    throw new NekoCompileError(msg, p, "parser");
  }

  token(): Tok {
    const t = tables!;
    for (;;) {
      if (!this.doc) {
        const r = this.scan(t.token);
        if (r === 0) {
          this.doc = true;
          return { t: D.Begin, pos: this.curpos() };
        }
        if (r === -1) return { t: D.Eof, pos: this.curpos() };
        continue;
      }
      const r = this.scan(t.content);
      if (r === -1) {
        if (this.rpos >= this.src.length) return { t: D.Eof, pos: this.curpos() };
        const c = this.src.charCodeAt(this.rpos) & 0xff;
        this.incLine(c);
        this.error("Invalid character " + escapeChar(c), this.curpos());
      }
      if (r === 0) {
        this.doc = false;
        return { t: D.End, pos: this.curpos() };
      }
      if (r < 14) return { t: CONTENT_TOKENS[r], pos: this.curpos() };
      if (r === 14) {
        const p1 = this.curpos();
        let buf = "";
        for (;;) {
          const k = this.scan(t.doc);
          if (k === -1) this.error("Unclosed doc tag", p1);
          if (k === 0) break;
          buf += this.current;
        }
        const p2 = this.curpos();
        let x: XmlItem[];
        try {
          x = parseXml(buf);
        } catch {
          this.error("Documentation is not XHTML valid", p1);
        }
        return { t: D.Doc, doc: x, pos: { source: p1.source, line: p1.line, min: Math.min(p1.min!, p2.min!), max: Math.max(p1.max!, p2.max!) } };
      }
      if (r === 15) continue;
      if (r === 16) return { t: D.Int, i: parseDecimalInt(this.current), pos: this.curpos() };
      return { t: D.Ident, s: this.current, pos: this.curpos() };
    }
  }
}

/** NekoML Xml.to_string. */
function xmlString(items: readonly XmlItem[]): string {
  let r = "";
  for (const x of items) {
    if (x.kind === "node") {
      r += "<" + x.name + x.attrs.map(([a, v]) => ` ${a}="${escapeXmlAttr(v)}"`).join("");
      r += x.children.length === 0 ? "/>" : ">" + xmlString(x.children) + "</" + x.name + ">";
    } else if (x.kind === "cdata") r += "<![CDATA[" + x.text + "]]>";
    else r += x.text;
  }
  return r;
}

function escapeXmlAttr(s: string): string {
  let r = "";
  for (let i = 0; i < s.length; i++) r += escapeChar(s.charCodeAt(i));
  return r;
}

function tokenText(t: Tok): string {
  switch (t.t) {
    case D.Eof:
      return "<eof>";
    case D.Begin:
      return "/**";
    case D.End:
      return "**/";
    case D.DoubleDot:
      return ":";
    case D.Arrow:
      return "->";
    case D.Star:
      return "*";
    case D.POpen:
      return "(";
    case D.PClose:
      return ")";
    case D.BrOpen:
      return "{";
    case D.BrClose:
      return "}";
    case D.Comma:
      return ",";
    case D.Field:
      return "=>";
    case D.Or:
      return "|";
    case D.Quote:
      return "'";
    case D.Sharp:
      return "#";
    case D.Question:
      return "?";
    case D.Int:
      return String(t.i);
    case D.Ident:
      return t.s!;
    case D.Doc:
      return "<doc>" + xmlString(t.doc!) + "</doc>";
  }
}

const STREAM_ERROR = { streamError: true } as const;

class DocParser {
  private cache: Tok[] = [];
  last: Tok = { t: D.Eof, pos: { source: "<null>", line: 0 } };
  constructor(private readonly lex: DocLexer) {}

  private peek(k: number): Tok {
    while (this.cache.length <= k) {
      const t = this.lex.token();
      this.last = t;
      this.cache.push(t);
    }
    return this.cache[k];
  }
  private junk(n: number): void {
    this.cache.splice(0, n);
  }
  private fail(): never {
    throw STREAM_ERROR;
  }

  documentation(): DocItem[] {
    const items: DocItem[] = [];
    for (;;) {
      const t = this.peek(0);
      if (t.t === D.Eof) {
        this.junk(1);
        return items;
      }
      if (t.t !== D.Begin) this.fail();
      this.junk(1);
      items.push(this.document());
      if (this.peek(0).t !== D.End) this.fail();
      this.junk(1);
    }
  }

  private document(): DocItem {
    const t = this.peek(0);
    if (t.t === D.Ident && this.peek(1).t === D.DoubleDot) {
      this.junk(2);
      const ty = this.docType();
      const d = this.peek(0);
      if (d.t === D.Doc) {
        this.junk(1);
        return { k: "function", name: t.s!, t: ty, doc: d.doc! };
      }
      return { k: "function", name: t.s!, t: ty, doc: null };
    }
    if (t.t === D.Doc) {
      this.junk(1);
      return { k: "document", doc: t.doc! };
    }
    return this.fail();
  }

  private docType(): DocType {
    return this.docTypeNext(this.docTypeBase());
  }

  private docTypeBase(): DocType {
    const t = this.peek(0);
    if ((t.t === D.Quote || t.t === D.Sharp) && this.peek(1).t === D.Ident) {
      const i = this.peek(1).s!;
      this.junk(2);
      return { k: t.t === D.Quote ? "abstract" : "custom", s: i };
    }
    if (t.t === D.Ident) {
      this.junk(1);
      const i = t.s!;
      switch (i) {
        case "null":
        case "int":
        case "float":
        case "string":
        case "array":
        case "bool":
        case "any":
        case "void":
        case "number":
        case "object":
          return { k: "base", s: i };
        case "function":
          if (this.peek(0).t === D.DoubleDot && this.peek(1).t === D.Int) {
            const n = this.peek(1).i!;
            this.junk(2);
            return { k: "function", n };
          }
          return { k: "base", s: i };
        default:
          if (this.peek(0).t === D.DoubleDot) {
            this.junk(1);
            return { k: "named", s: i, t: this.docTypeBase() };
          }
          throw new NekoCompileError("Unknown type " + i, t.pos, "parser");
      }
    }
    if (t.t === D.POpen) {
      this.junk(1);
      const first = this.docType();
      const l = this.docTypeList();
      if (this.peek(0).t === D.PClose) {
        this.junk(1);
        return { k: "mult", l: [first, ...l] };
      }
      // (nekoc goes on with the next case)
    }
    if (this.peek(0).t === D.BrOpen) {
      this.junk(1);
      const fields = this.docTypeFields();
      if (this.peek(0).t !== D.BrClose) this.fail();
      this.junk(1);
      return { k: "obj", fields };
    }
    return this.fail();
  }

  private docTypeNext(t: DocType): DocType {
    for (;;) {
      const x = this.peek(0);
      if (x.t === D.Arrow) {
        this.junk(1);
        t = { k: "fun", a: t, r: this.docType() };
      } else if (x.t === D.Star) {
        this.junk(1);
        t = { k: "star", t };
      } else if (x.t === D.Question) {
        this.junk(1);
        t = { k: "opt", t };
      } else if (x.t === D.Ident && (x.s === "array" || x.s === "list")) {
        this.junk(1);
        t = { k: "poly", s: x.s, t };
      } else return t;
    }
  }

  private docTypeList(): DocType[] {
    const l: DocType[] = [];
    while (this.peek(0).t === D.Or) {
      this.junk(1);
      l.push(this.docType());
    }
    return l;
  }

  private docTypeFields(): [string, DocType][] {
    const l: [string, DocType][] = [];
    for (;;) {
      const t = this.peek(0);
      if (t.t === D.Ident && this.peek(1).t === D.Field) {
        this.junk(2);
        l.push([t.s!, this.docType()]);
      } else if (t.t === D.Comma) this.junk(1);
      else return l;
    }
  }
}

function typeWrite(t: DocType): string {
  switch (t.k) {
    case "base":
      return t.s;
    case "abstract":
      return "'" + t.s;
    case "custom":
      return "#" + t.s;
    case "fun":
      return typeWritePar(t.a) + " -> " + typeWrite(t.r);
    case "opt":
      return typeWritePar(t.t) + "?";
    case "star":
      return typeWritePar(t.t) + "*";
    case "mult":
      return "(" + t.l.map(typeWritePar).join(" | ") + ")";
    case "obj":
      return "{ " + t.fields.map(([n, ft]) => n + " => " + typeWrite(ft)).join(", ") + "}";
    case "named":
      return t.s + " : " + typeWritePar(t.t);
    case "poly":
      return typeWritePar(t.t) + " " + t.s;
    case "function":
      return "function:" + t.n;
  }
}

function typeWritePar(t: DocType): string {
  return t.k === "fun" ? "(" + typeWrite(t) + ")" : typeWrite(t);
}

function formatXml(s: string): string {
  return s.split("[").join("<doc_code>").split("]").join("</doc_code>");
}

/** The HTML nekoc -doc writes for a source (a byte string), or a NekoCompileError. */
export function documentation(src: string, source: string): string {
  const lex = new DocLexer(src, source);
  const parser = new DocParser(lex);
  let doc: DocItem[];
  try {
    doc = parser.documentation();
  } catch (e) {
    if (e === STREAM_ERROR) throw new NekoCompileError("Unexpected " + tokenText(parser.last), parser.last.pos, "parser");
    throw e;
  }
  let out = "";
  for (const d of doc) {
    if (d.k === "document") {
      out += formatXml(xmlString(d.doc)) + "\n";
      continue;
    }
    out += "<doc_blk>\n";
    const args: DocType[] = [];
    let r = d.t;
    while (r.k === "fun") {
      args.push(r.a);
      r = r.r;
    }
    if (args.length === 0) out += `  <doc_name>${d.name}</doc_name> :  <doc_type>` + typeWrite(r);
    else {
      out += "  <doc_type>" + typeWritePar(r) + `</doc_type> <doc_name>${d.name}</doc_name><doc_type>(`;
      if (!(args.length === 1 && args[0].k === "base" && args[0].s === "void")) out += args.map(typeWrite).join(", ");
      out += ")";
    }
    out += "</doc_type> <doc_doc>";
    if (d.doc !== null) out += formatXml(xmlString(d.doc));
    out += "</doc_doc>\n</doc_blk>\n";
  }
  return out;
}
