// The state machine of neko's parse_xml (libs/std/xml.c): an event-driven, non-validating
// scan of a C string. Its two users give the events their meaning: std.ndll's parse_xml
// calls the methods of a Neko callbacks object (std/xml.ts), nekoc builds NekoML's Xml
// tree for nxml sources and -doc comments (compiler/xml.ts). Pure: no VM, no host.

import { joinBytes, str } from "../value/string.js";

/** What the scan reports, in document order. Byte arrays are views: copy to keep them. */
export interface XmlEvents {
  /** A node's name; its attributes follow, then xml(). */
  node(name: Uint8Array): void;
  /** An attribute's name; false when the node already has it (neko compares field ids). */
  attribute(name: Uint8Array): boolean;
  /** The value of the attribute just named. */
  value(v: Uint8Array): void;
  /** The node opened: its name and attributes are complete. */
  xml(): void;
  /** The node opened last is closed. */
  done(): void;
  pcdata(s: Uint8Array): void;
  cdata(s: Uint8Array): void;
  /** A comment, or a `<?...?>` header (neko reports both as comments). */
  comment(s: Uint8Array): void;
  doctype(s: Uint8Array): void;
  /** A parse error with neko's message ("Xml parse error : ... at line N : ..."): must throw. */
  fail(message: Uint8Array): never;
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
  PCData,
  Header,
  Comment,
  Doctype,
  CData,
}

const EMPTY = new Uint8Array(0);
const ascii = (s: string): Uint8Array => str(s).b;

/** Scan `text` (up to its first NUL, after a UTF-8 byte order mark), reporting to `events`. */
export function scanXml(text: Uint8Array, events: XmlEvents): void {
  const b = cPrefix(text);
  const start = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  new XmlScan(b, start, events).parse(start, null);
}

function validChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 58 || c === 46 || c === 95 || c === 45;
}

function isLetter(c: number, upper: string): boolean {
  return c === upper.charCodeAt(0) || c === upper.toLowerCase().charCodeAt(0);
}

class XmlScan {
  line = 0;
  constructor(
    readonly text: Uint8Array,
    readonly start: number,
    readonly ev: XmlEvents,
  ) {}

  at(i: number): number {
    return i < this.text.length ? this.text[i] : 0;
  }

  sub(a: number, b: number): Uint8Array {
    return this.text.subarray(a, b);
  }

  error(p: number, msg: Uint8Array | string): never {
    const rest = this.text.subarray(Math.min(p, this.text.length));
    const parts = [ascii("Xml parse error : "), typeof msg === "string" ? ascii(msg) : msg, ascii(" at line " + this.line + " : ")];
    if (p !== this.start) parts.push(ascii("..."));
    parts.push(rest.subarray(0, 30));
    if (rest.length > 30) parts.push(ascii("..."));
    if (rest.length === 0) parts.push(ascii("<eof>"));
    return this.ev.fail(joinBytes(parts));
  }

  /** Parse from p0 up to the end of the current node's children; returns where it stopped. */
  parse(p0: number, parentName: Uint8Array | null): number {
    const ev = this.ev;
    let state = S.Begin;
    let next = S.Begin;
    let nodename: Uint8Array = EMPTY;
    let start = 0;
    let p = p0;
    let c = this.at(p);
    let nsubs = 0,
      nbrackets = 0;
    const at = (i: number) => this.at(i);
    while (c !== 0) {
      switch (state) {
        case S.IgnoreSpaces:
          if (c === 10 || c === 13 || c === 9 || c === 32) break;
          state = next;
          continue;
        case S.Begin:
          if (c === 60 /* < */) {
            state = S.IgnoreSpaces;
            next = S.BeginNode;
            break;
          }
          start = p;
          state = S.PCData;
          continue;
        case S.PCData:
          if (c === 60) {
            ev.pcdata(this.sub(start, p));
            nsubs++;
            state = S.IgnoreSpaces;
            next = S.BeginNode;
          }
          break;
        case S.CData:
          if (c === 93 && at(p + 1) === 93 && at(p + 2) === 62) {
            ev.cdata(this.sub(start, p));
            nsubs++;
            p += 2;
            state = S.Begin;
          }
          break;
        case S.BeginNode:
          if (c === 33 /* ! */) {
            if (at(p + 1) === 91 /* [ */) {
              p += 2;
              const ok = isLetter(at(p), "C") && isLetter(at(p + 1), "D") && isLetter(at(p + 2), "A") && isLetter(at(p + 3), "T") && isLetter(at(p + 4), "A") && at(p + 5) === 91;
              if (!ok) this.error(p, "Expected <![CDATA[");
              p += 5;
              state = S.CData;
              start = p + 1;
              break;
            }
            if (isLetter(at(p + 1), "D")) {
              const word = "OCTYPE";
              for (let k = 0; k < word.length; k++) if (!isLetter(at(p + 2 + k), word[k])) this.error(p, "Expected <!DOCTYPE");
              p += 7;
              state = S.Doctype;
              start = p + 1;
              break;
            }
            if (at(p + 1) !== 45 || at(p + 2) !== 45) this.error(p, "Expected <!--");
            p += 2;
            state = S.Comment;
            start = p + 1;
            break;
          }
          if (c === 63 /* ? */) {
            state = S.Header;
            start = p;
            break;
          }
          if (c === 47 /* / */) {
            if (parentName === null) this.error(p, "Expected node name");
            start = p + 1;
            state = S.IgnoreSpaces;
            next = S.Close;
            break;
          }
          state = S.TagName;
          start = p;
          continue;
        case S.TagName:
          if (!validChar(c)) {
            if (p === start) this.error(p, "Expected node name");
            nodename = this.sub(start, p);
            ev.node(nodename);
            state = S.IgnoreSpaces;
            next = S.Body;
            continue;
          }
          break;
        case S.Body:
          if (c === 47 || c === 62 /* > */) {
            state = c === 47 ? S.WaitEnd : S.Children;
            nsubs++;
            ev.xml();
            break;
          }
          state = S.AttribName;
          start = p;
          continue;
        case S.AttribName:
          if (!validChar(c)) {
            if (start === p) this.error(p, "Expected attribute name");
            if (!ev.attribute(this.sub(start, p))) this.error(p, "Duplicate attribute");
            state = S.IgnoreSpaces;
            next = S.Equals;
            continue;
          }
          break;
        case S.Equals:
          if (c !== 61 /* = */) this.error(p, "Expected =");
          state = S.IgnoreSpaces;
          next = S.AttvalBegin;
          break;
        case S.AttvalBegin:
          if (c !== 34 && c !== 39) this.error(p, 'Expected "');
          state = S.AttribVal;
          start = p;
          break;
        case S.AttribVal:
          if (c === this.text[start]) {
            ev.value(this.sub(start + 1, p));
            state = S.IgnoreSpaces;
            next = S.Body;
          }
          break;
        case S.Children:
          p = this.parse(p, nodename);
          start = p;
          state = S.Begin;
          break;
        case S.WaitEnd:
          if (c !== 62) this.error(p, "Expected >");
          ev.done();
          state = S.Begin;
          break;
        case S.WaitEndRet:
          if (c !== 62) this.error(p, "Expected >");
          if (nsubs === 0) ev.pcdata(EMPTY);
          ev.done();
          return p;
        case S.Close:
          if (!validChar(c)) {
            if (start === p) this.error(p, "Expected node name");
            if (!sameIgnoringCase(parentName!, this.sub(start, p))) this.error(p, joinBytes([ascii("Expected </"), parentName!, ascii(">")]));
            state = S.IgnoreSpaces;
            next = S.WaitEndRet;
            continue;
          }
          break;
        case S.Comment:
          if (c === 45 && at(p + 1) === 45 && at(p + 2) === 62) {
            ev.comment(this.sub(start, p));
            p += 2;
            state = S.Begin;
          }
          break;
        case S.Doctype:
          if (c === 91) nbrackets++;
          else if (c === 93) nbrackets--;
          else if (c === 62 && nbrackets === 0) {
            ev.doctype(this.sub(start, p));
            state = S.Begin;
          }
          break;
        case S.Header:
          if (c === 63 && at(p + 1) === 62) {
            p++;
            ev.comment(this.sub(start, p));
            state = S.Begin;
          }
          break;
      }
      c = at(++p);
      if (c === 10) this.line++;
    }
    if (state === S.Begin) {
      start = p;
      state = S.PCData;
    }
    if (parentName === null && state === S.PCData) {
      if (p !== start || nsubs === 0) ev.pcdata(this.sub(start, p));
      return p;
    }
    return this.error(p, "Unexpected end");
  }
}

/** The bytes of a C string stored in a Neko string (up to its first NUL). */
function cPrefix(b: Uint8Array): Uint8Array {
  const end = b.indexOf(0);
  return end < 0 ? b : b.subarray(0, end);
}

/** strcasecmp(a, b) == 0 (ASCII letters fold, as in the C locale). */
function sameIgnoringCase(x: Uint8Array, y: Uint8Array): boolean {
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    let p = x[i],
      q = y[i];
    if (p >= 65 && p <= 90) p += 32;
    if (q >= 65 && q <= 90) q += 32;
    if (p !== q) return false;
  }
  return true;
}
