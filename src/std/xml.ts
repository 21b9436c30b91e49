// std.ndll XML parser (neko libs/std/xml.c): an event-driven, non-validating parser that
// calls methods of a callbacks object: xml(name, attribs), done(), pcdata(s), cdata(s),
// comment(s) (also for <?...?> headers) and doctype(s). The text is read as a C string.

import { isObject, isString } from "../builtins/check.js";
import type { BuiltinTable } from "../builtins/table.js";
import type { VM } from "../interp/vm.js";
import { fieldKey, getField } from "../value/object.js";
import { joinBytes } from "./common.js";
import { str } from "../value/string.js";
import { NekoObject, NekoString, type Value } from "../value/value.js";

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

function validChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 58 || c === 46 || c === 95 || c === 45;
}

function isLetter(c: number, upper: string): boolean {
  return c === upper.charCodeAt(0) || c === upper.toLowerCase().charCodeAt(0);
}

class XmlParser {
  line = 0;
  constructor(readonly vm: VM, readonly text: Uint8Array, readonly start: number, readonly callb: NekoObject) {}

  at(i: number): number {
    return i < this.text.length ? this.text[i] : 0;
  }

  sub(a: number, b: number): NekoString {
    return new NekoString(this.text.slice(a, b));
  }

  call(name: string, args: Value[]): void {
    const vm = this.vm;
    vm.callEx(this.callb, getField(this.callb, vm.key(name)), args);
  }

  error(p: number, msg: Uint8Array | string): never {
    const rest = this.text.subarray(Math.min(p, this.text.length));
    const parts = [str("Xml parse error : ").b, typeof msg === "string" ? str(msg).b : msg, str(" at line " + this.line + " : ").b];
    if (p !== this.start) parts.push(str("...").b);
    parts.push(rest.subarray(0, 30));
    if (rest.length > 30) parts.push(str("...").b);
    if (rest.length === 0) parts.push(str("<eof>").b);
    throw this.vm.failure(new NekoString(joinBytes(parts)), "xml.c", 80);
  }

  /** Parse from p up to the end of the current node's children; returns where it stopped. */
  parse(p0: number, parentName: NekoString | null): number {
    const vm = this.vm;
    let state = S.Begin;
    let next = S.Begin;
    let aname = "";
    let attribs: NekoObject | null = null;
    let nodename: NekoString | null = null;
    let start = 0;
    let p = p0;
    let c = this.at(p);
    let nsubs = 0, nbrackets = 0;
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
            this.call("pcdata", [this.sub(start, p)]);
            nsubs++;
            state = S.IgnoreSpaces;
            next = S.BeginNode;
          }
          break;
        case S.CData:
          if (c === 93 && at(p + 1) === 93 && at(p + 2) === 62) {
            this.call("cdata", [this.sub(start, p)]);
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
            attribs = new NekoObject();
            state = S.IgnoreSpaces;
            next = S.Body;
            continue;
          }
          break;
        case S.Body:
          if (c === 47 || c === 62 /* > */) {
            state = c === 47 ? S.WaitEnd : S.Children;
            nsubs++;
            this.call("xml", [nodename, attribs]);
            break;
          }
          state = S.AttribName;
          start = p;
          continue;
        case S.AttribName:
          if (!validChar(c)) {
            if (start === p) this.error(p, "Expected attribute name");
            aname = fieldKey(vm.fieldId(this.text.slice(start, p)));
            if (getField(attribs!, aname) !== null) this.error(p, "Duplicate attribute");
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
            attribs!.t[aname] = this.sub(start + 1, p);
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
          this.call("done", []);
          state = S.Begin;
          break;
        case S.WaitEndRet:
          if (c !== 62) this.error(p, "Expected >");
          if (nsubs === 0) this.call("pcdata", [str("")]);
          this.call("done", []);
          return p;
        case S.Close:
          if (!validChar(c)) {
            if (start === p) this.error(p, "Expected node name");
            if (!sameIgnoringCase(parentName!.b, this.text.subarray(start, p)))
              this.error(p, joinBytes([str("Expected </").b, cPrefix(parentName!.b), str(">").b]));
            state = S.IgnoreSpaces;
            next = S.WaitEndRet;
            continue;
          }
          break;
        case S.Comment:
          if (c === 45 && at(p + 1) === 45 && at(p + 2) === 62) {
            this.call("comment", [this.sub(start, p)]);
            p += 2;
            state = S.Begin;
          }
          break;
        case S.Doctype:
          if (c === 91) nbrackets++;
          else if (c === 93) nbrackets--;
          else if (c === 62 && nbrackets === 0) {
            this.call("doctype", [this.sub(start, p)]);
            state = S.Begin;
          }
          break;
        case S.Header:
          if (c === 63 && at(p + 1) === 62) {
            p++;
            this.call("comment", [this.sub(start, p)]);
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
      if (p !== start || nsubs === 0) this.call("pcdata", [this.sub(start, p)]);
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

/** strcasecmp(a, b) == 0 on C strings. */
function sameIgnoringCase(a: Uint8Array, b: Uint8Array): boolean {
  const x = cPrefix(a), y = cPrefix(b);
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) {
    let p = x[i], q = y[i];
    if (p >= 65 && p <= 90) p += 32;
    if (q >= 65 && q <= 90) q += 32;
    if (p !== q) return false;
  }
  return true;
}

export const xmlPrimitives: BuiltinTable = {
  parse_xml: [
    2,
    (vm: VM, s: Value, callb: Value) => {
      if (!isString(s) || !isObject(callb)) return undefined;
      // the parser reads a C string: it ends at the first NUL
      const text = cPrefix(s.b);
      const bom = text.length >= 3 && text[0] === 0xef && text[1] === 0xbb && text[2] === 0xbf ? 3 : 0;
      new XmlParser(vm, text, bom, callb).parse(bom, null);
      return true;
    },
  ],
};
