// neko vm/builtins.c: object builtins ($new, $objget, $objset, $objcall, $objfield,
// $objremove, $objfields, $hash, $fasthash, $field, $objsetproto, $objgetproto).

import type { VM } from "../interp/vm.js";
import { hashText } from "../value/hash.js";
import { copyObject, fieldKey, getField, hasOwnField, removeField, setDynamicField, setProto, sortedFieldIds } from "../value/object.js";
import { EMPTY_ARRAY, NekoObject, type Value } from "../value/value.js";
import { isArray, isIntArg, isObject, isString } from "./check.js";
import type { BuiltinTable } from "./table.js";

export const objectBuiltins: BuiltinTable = {
  new: [
    1,
    (_vm: VM, o: Value) => {
      if (o === null) return new NekoObject();
      if (!isObject(o)) return undefined;
      return copyObject(o);
    },
  ],
  objget: [2, (_vm: VM, o: Value, f: Value) => (!isObject(o) ? null : !isIntArg(f) ? undefined : getField(o, fieldKey(f)))],
  objset: [
    3,
    (_vm: VM, o: Value, f: Value, v: Value) => {
      if (!isObject(o)) return null;
      if (!isIntArg(f)) return undefined;
      setDynamicField(o, fieldKey(f), v);
      return v;
    },
  ],
  objcall: [
    3,
    (vm: VM, o: Value, f: Value, args: Value) => {
      if (!isObject(o)) return null;
      if (!isIntArg(f) || !isArray(args)) return undefined;
      return vm.callEx(o, getField(o, fieldKey(f)), args.slice());
    },
  ],
  objfield: [2, (_vm: VM, o: Value, f: Value) => (!isIntArg(f) ? undefined : isObject(o) && hasOwnField(o, fieldKey(f)))],
  objremove: [2, (_vm: VM, o: Value, f: Value) => (!isObject(o) || !isIntArg(f) ? undefined : removeField(o, fieldKey(f)))],
  objfields: [
    1,
    (_vm: VM, o: Value) => {
      if (!isObject(o)) return undefined;
      const ids = sortedFieldIds(o);
      return ids.length === 0 ? EMPTY_ARRAY : ids;
    },
  ],
  hash: [1, (vm: VM, s: Value) => (isString(s) ? vm.fieldId(s) : undefined)],
  fasthash: [1, (_vm: VM, s: Value) => (isString(s) ? hashText(s.text()) : undefined)],
  field: [1, (vm: VM, f: Value) => (isIntArg(f) ? vm.fieldName(f) : undefined)],
  objsetproto: [
    2,
    (_vm: VM, o: Value, p: Value) => {
      if (!isObject(o)) return undefined;
      if (p !== null && !isObject(p)) return undefined;
      setProto(o, p);
      return null;
    },
  ],
  objgetproto: [1, (_vm: VM, o: Value) => (isObject(o) ? o.proto : undefined)],
};
