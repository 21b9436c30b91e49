// The neko command (neko vm/main.c): `neko [-interp] [-stats] [-version] file [args...]`;
// a file ending in .neko is compiled in memory first (nekovm's convenience).

import { NekoVM } from "../api/nekovm.js";
import { byteStringToBytes } from "../compiler/ast.js";
import { NekoCompileError } from "../compiler/errors.js";
import { compile } from "../compiler/index.js";
import type { Host } from "../host/host.js";
import { str } from "../value/string.js";

export function nekoMain(argv: string[], host: Host, options: { jitStackBytes?: number } = {}): number {
  let i = 0;
  let tier: "jit" | "interp" = "jit";
  while (i < argv.length) {
    const a = argv[i];
    if (a === "-interp" || a === "-stats") {
      if (a === "-interp") tier = "interp";
      i++;
      continue;
    }
    if (a === "-version") {
      host.writeStdout(str("2.3.0\n").b);
      host.flush();
      return 0;
    }
    break;
  }
  if (i >= argv.length) {
    host.writeStdout(str("NekoVM 2.3.0 (c)2005-2017 Haxe Foundation\n  Usage : neko <file>\n").b);
    host.flush();
    return 1;
  }
  const vm = new NekoVM({ host, tier, ...options });
  const file = argv[i];
  if (file.endsWith(".neko")) {
    // Our convenience: compile the source in memory (nekoc's file name stays in the traces).
    const source = host.readFile(file);
    if (source === null) {
      host.writeStderr(str(`Uncaught exception - load.c(181) : Module not found : ${file}\n`).b);
      return 1;
    }
    let bytes: Uint8Array;
    try {
      bytes = compile(source, file);
    } catch (e) {
      if (!(e instanceof NekoCompileError)) throw e;
      host.writeStderr(byteStringToBytes(e.report + "\n"));
      return 255;
    }
    return vm.runMainBytes(bytes, file, argv.slice(i + 1)).exitCode;
  }
  return vm.runMain(file, argv.slice(i + 1)).exitCode;
}
