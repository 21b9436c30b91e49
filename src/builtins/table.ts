// The shape of a builtin group: name (without "$") -> [nargs, body].

import type { VM } from "../interp/vm.js";
import type { Value } from "../value/value.js";

export type BuiltinTable = Record<string, [number, (vm: VM, ...args: any[]) => Value | undefined]>;
