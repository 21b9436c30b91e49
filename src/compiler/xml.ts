// neko's std XML parser (libs/std/xml.c parse_xml) with the event handlers of NekoML's
// Xml.parse (core/Xml.nml): used by nekoc for nxml sources and -doc comments.

import { scanXml } from "../std/xmlscan.js";
import { hashBytes } from "../value/hash.js";
import { bytesToByteString, byteStringToBytes } from "./ast.js";
import { NekoException } from "./errors.js";

export type XmlItem =
  | { kind: "node"; name: string; attrs: [string, string][]; children: XmlItem[] }
  | { kind: "pcdata" | "cdata"; text: string };

const XML_FRAMES = ["neko/Xml.nml line 177", "core/Xml.nml line 76"];

/**
 * neko's std parse_xml (xmlscan.ts) with NekoML's Xml.parse event handlers: the document's
 * items. `text` is a byte string (one char a byte), as nekoc's sources are read.
 */
export function parseXml(text: string): XmlItem[] {
  type Frame = { name: string; attrs: [string, string][]; doc: XmlItem[] };
  const stack: Frame[] = [];
  let doc: XmlItem[] = [];
  let name = "";
  // attributes by field id: NekoML keeps them in an object, so they come out in id order
  let attrs = new Map<number, [string, string]>();
  let aname = "";
  let aid = 0;
  const invalidCall = (): never => {
    // Xml.parse has no handler for comments, doctypes and headers
    throw new NekoException("Error(Invalid call)", [XML_FRAMES[0], "core/Xml.nml line 80", XML_FRAMES[1]]);
  };
  scanXml(byteStringToBytes(text), {
    node(n) {
      name = bytesToByteString(n);
      attrs = new Map();
    },
    attribute(n) {
      aname = bytesToByteString(n);
      aid = hashBytes(n);
      return !attrs.has(aid);
    },
    value(v) {
      attrs.set(aid, [aname, bytesToByteString(v)]);
    },
    xml() {
      const list = [...attrs.entries()].sort((x, y) => x[0] - y[0]).map((e) => e[1]);
      stack.push({ name, attrs: list, doc });
      doc = [];
    },
    done() {
      const f = stack.pop()!;
      f.doc.push({ kind: "node", name: f.name, attrs: f.attrs, children: doc });
      doc = f.doc;
    },
    pcdata(s) {
      doc.push({ kind: "pcdata", text: bytesToByteString(s) });
    },
    cdata(s) {
      doc.push({ kind: "cdata", text: bytesToByteString(s) });
    },
    comment: invalidCall,
    doctype: invalidCall,
    fail(message) {
      throw new NekoException(`Neko_error(xml.c(80) : ${bytesToByteString(message)})`, XML_FRAMES);
    },
  });
  return doc;
}
