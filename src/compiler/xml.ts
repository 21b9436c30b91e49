// neko's std XML parser (libs/std/xml.c parse_xml) with the event handlers of NekoML's
// Xml.parse (core/Xml.nml): used by nekoc for nxml sources and -doc comments.

import { NekoException } from "./errors.js";

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

