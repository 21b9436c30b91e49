// Primitives written in JS: `vm.definePrimitive("lib@name", nargs, fn)` makes a function that
// Neko code loads with `$loader.loadprim("lib@name", nargs)`, as it would load a C primitive
// from an .ndll. Arguments and results are converted (ints and floats <-> numbers, strings
// <-> strings, arrays, objects); exceptions cross the boundary both ways.
//
//   npm run build && node examples/embedding/custom-primitive.mjs

import { NekoVM, NekoError } from "../../dist/src/index.js";

const vm = new NekoVM({ stdout: (text) => process.stdout.write(text) });

vm.definePrimitive("mylib@greet", 1, (name) => `Hello, ${name}!`);
vm.definePrimitive("mylib@sum", -1, (...xs) => xs.reduce((a, b) => a + b, 0)); // any number of arguments
vm.definePrimitive("mylib@point", 2, (x, y) => ({ x, y, norm: Math.hypot(x, y) }));
vm.definePrimitive("mylib@check", 1, (n) => {
  if (n < 0) throw new Error("negative: " + n); // becomes a Neko exception (the message string)
  return n;
});

const program = `
var greet = $loader.loadprim("mylib@greet", 1);
var sum = $loader.loadprim("mylib@sum", -1);
var point = $loader.loadprim("mylib@point", 2);
var check = $loader.loadprim("mylib@check", 1);
$print(greet("Neko"), "\\n");
$print(sum(1, 2, 3, 4), "\\n");
var p = point(3, 4);
$print(p.x, " ", p.y, " ", p.norm, "\\n");
try check(-1) catch e $print("caught: ", e, "\\n");
try $loader.loadprim("mylib@greet", 2) catch e $print("wrong arity: ", e, "\\n");
check(-2)
`;

try {
  vm.run(program, { fileName: "prims.neko" });
} catch (e) {
  if (!(e instanceof NekoError)) throw e;
  // the Neko exception the program did not catch, with neko's trace
  process.stdout.write(e.nekoStack + "uncaught: " + e.message + "\n");
}
