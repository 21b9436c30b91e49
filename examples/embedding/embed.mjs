// The embedding example of the Neko VM documentation ("Embedding the VM"), in JS: load the
// module mymodule.n with the default loader, read its exported `x`, check that it is an
// int, call its exported `f(x)` and print the result.
//
//   npm run build && node examples/embedding/embed.mjs
//   x = 33
//   f(x) = 67

import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { NekoVM, NekoError, isInt, isFunction, funNargs } from "../../dist/src/index.js";
import { NodeHost } from "../../dist/src/host/node/index.js";

const here = dirname(fileURLToPath(import.meta.url));

// value load(char *file): call the default loader's loadmodule; print an uncaught exception
function load(vm, file) {
  try {
    return vm.loadModule(file);
  } catch (e) {
    if (!(e instanceof NekoError)) throw e;
    console.log("Uncaught exception - " + e.message);
    return null;
  }
}

// void execute(value module)
function execute(vm, module) {
  const x = module.get("x");
  const f = module.get("f");
  if (!isInt(x)) return;
  console.log(`x = ${x}`);
  if (!isFunction(f) || funNargs(f) !== 1) return;
  const ret = vm.call(f, [x]);
  if (!isInt(ret)) return;
  console.log(`f(x) = ${ret}`);
}

// main: neko_vm_alloc, then load and execute (modules are searched along `path`, as NEKOPATH)
const vm = new NekoVM({ host: new NodeHost(), path: [here] });
const module = load(vm, "mymodule.n");
if (module === null) {
  console.log("Failed to load module !");
  process.exit(1);
}
execute(vm, module);
