// std.ndll XML parser (neko libs/std/xml.c): an event-driven, non-validating parser that
// calls methods of a callbacks object: xml(name, attribs), done(), pcdata(s), cdata(s),
// comment(s) (also for <?...?> headers) and doctype(s). The text is read as a C string.
// The scan itself is xmlscan.ts (shared with nekoc).

import { isObject, isString } from "../builtins/check.js";
import type { BuiltinTable } from "../builtins/table.js";
import type { VM } from "../interp/vm.js";
import { fieldKey, getField } from "../value/object.js";
import { NekoObject, NekoString, type Value } from "../value/value.js";
import { scanXml, type XmlEvents } from "./xmlscan.js";

/** The events as parse_xml gives them: calls of the callbacks object's methods. */
class CallbackEvents implements XmlEvents {
  private nodename: NekoString | null = null;
  private attribs: NekoObject | null = null;
  private aname = "";

  constructor(
    readonly vm: VM,
    readonly callb: NekoObject,
  ) {}

  private call(name: string, args: Value[]): void {
    const vm = this.vm;
    vm.callEx(this.callb, getField(this.callb, vm.key(name)), args);
  }

  node(name: Uint8Array): void {
    this.nodename = new NekoString(name.slice());
    this.attribs = new NekoObject();
  }
  attribute(name: Uint8Array): boolean {
    this.aname = fieldKey(this.vm.fieldId(name.slice()));
    return getField(this.attribs!, this.aname) === null;
  }
  value(v: Uint8Array): void {
    this.attribs!.t[this.aname] = new NekoString(v.slice());
  }
  xml(): void {
    this.call("xml", [this.nodename, this.attribs]);
  }
  done(): void {
    this.call("done", []);
  }
  pcdata(s: Uint8Array): void {
    this.call("pcdata", [new NekoString(s.slice())]);
  }
  cdata(s: Uint8Array): void {
    this.call("cdata", [new NekoString(s.slice())]);
  }
  comment(s: Uint8Array): void {
    this.call("comment", [new NekoString(s.slice())]);
  }
  doctype(s: Uint8Array): void {
    this.call("doctype", [new NekoString(s.slice())]);
  }
  fail(message: Uint8Array): never {
    throw this.vm.failure(new NekoString(message), "xml.c", 80);
  }
}

export const xmlPrimitives: BuiltinTable = {
  parse_xml: [
    2,
    (vm: VM, s: Value, callb: Value) => {
      if (!isString(s) || !isObject(callb)) return undefined;
      scanXml(s.b, new CallbackEvents(vm, callb));
      return true;
    },
  ],
};
