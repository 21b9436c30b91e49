/// <reference types="node" />
// Entry point of bin/neko on Node.js. bin/neko starts node with a larger JS stack
// (--stack-size, in KB); the fast tier may use about 60 % of it for translated frames.

import { setFlagsFromString } from "node:v8";
import { NodeHost } from "../host/node/index.js";
import { nekoMain } from "./neko.js";

const flag = process.execArgv.find((a) => a.startsWith("--stack-size="));
const stackKb = flag ? parseInt(flag.slice("--stack-size=".length), 10) : NaN;
const jitStackBytes = stackKb > 984 ? Math.floor(stackKb * 1024 * 0.6) : undefined;

// V8 does not optimise functions of more than 60 KB of bytecode; the translation of a big
// Haxe main() can pass that (a 1 % larger function once ran 2x slower). Raised before any
// translated code exists.
setFlagsFromString("--max-optimized-bytecode-size=262144");

const host = new NodeHost();
process.exitCode = nekoMain(process.argv.slice(2), host, { jitStackBytes });
