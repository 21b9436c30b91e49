// The neko command (neko vm/main.c): `neko [-interp] [-stats] [-version] file [args...]`.

import { NekoVM } from "../api/nekovm.js";
import type { Host } from "../host/host.js";
import { str } from "../value/string.js";

export function nekoMain(argv: string[], host: Host): number {
  let i = 0;
  while (i < argv.length) {
    const a = argv[i];
    if (a === "-interp" || a === "-stats") {
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
  const vm = new NekoVM({ host });
  return vm.runMain(argv[i], argv.slice(i + 1)).exitCode;
}
