// Running untrusted Neko code: a sandboxed VM loads only the "safe" primitive families
// (no file, process, socket, sys/env, thread or module primitives), reads no host file, and
// limits stop runaway programs with a NekoLimitError that the program itself cannot catch.
//
//   npm run build && node examples/embedding/sandbox.mjs

import { NekoVM, NekoError, NekoLimitError } from "../../dist/src/index.js";
import { NodeHost } from "../../dist/src/host/node/index.js";

const vm = new NekoVM({
  host: new NodeHost(), // even on a host with a real file system...
  sandbox: { allow: ["math", "string"] }, // ...only these primitive families
  limits: { steps: 1_000_000, timeMs: 2000, callDepth: 1000, maxAlloc: 1 << 20 },
  stdout: (text) => process.stdout.write(text),
});

const untrusted = {
  compute: `var sqrt = $loader.loadprim("std@math_sqrt", 1); sqrt(2.0) * 10`,
  "read a file": `$loader.loadprim("std@file_contents", 1)("/etc/passwd")`,
  "run a command": `$loader.loadprim("std@sys_command", 1)("echo pwned")`,
  "read the environment": `$loader.loadprim("std@get_env", 1)("HOME")`,
  "load a module from disk": `$loader.loadmodule("/usr/lib/neko/std", $loader)`,
  "loop forever": `while true {}`,
  "loop forever, catching everything": `while true { try { while true {} } catch e { $print("caught ", e, "\\n") } }`,
  "recurse forever": `f = function(n) { f(n + 1) + 1 }; f(0)`,
  "allocate 200 MB": `$smake(200000000)`,
  "double a string forever": `var s = "x"; while true { s = s + s }`,
  "reach a JS object": `var o = $new(null); $array(o.constructor, o.__proto__, $objget(o, $hash("prototype")))`,
};

for (const [what, source] of Object.entries(untrusted)) {
  try {
    const r = vm.run(source, { fileName: "untrusted.neko" });
    console.log(`${what}: returned ${JSON.stringify(r)}`);
  } catch (e) {
    if (e instanceof NekoLimitError) console.log(`${what}: stopped (${e.message})`);
    else if (e instanceof NekoError) console.log(`${what}: refused (${e.message})`);
    else throw e;
  }
}
