// The builtins table (neko vm/builtins.c neko_init_builtins): every $name the compiler can
// reference, registered in a VM by field id.

import type { VM } from "../interp/vm.js";
import { arrayBuiltins } from "./arrays.js";
import { functionBuiltins } from "./functions.js";
import { hashBuiltins } from "./hashtables.js";
import { miscBuiltins } from "./misc.js";
import { numberBuiltins } from "./numbers.js";
import { objectBuiltins } from "./objects.js";
import { stringBuiltins } from "./strings.js";
import type { BuiltinTable } from "./table.js";

export const BUILTIN_GROUPS: BuiltinTable[] = [
  miscBuiltins,
  arrayBuiltins,
  stringBuiltins,
  objectBuiltins,
  numberBuiltins,
  functionBuiltins,
  hashBuiltins,
];

/** Register every builtin in vm.builtins; each is a primitive named "$name". */
export function installBuiltins(vm: VM): void {
  for (const group of BUILTIN_GROUPS)
    for (const name of Object.keys(group)) {
      const [nargs, fn] = group[name];
      vm.builtins.set(vm.fieldId(name), vm.primitive("$" + name, nargs, fn));
    }
}
