/// <reference types="node" />
// Entry point of bin/neko on Node.js. bin/neko starts node with a larger JS stack
// (--stack-size, in KB); the fast tier may use about 60 % of it for translated frames.

import { NodeHost } from "../host/node/index.js";
import { nekoMain } from "./neko.js";

const flag = process.execArgv.find((a) => a.startsWith("--stack-size="));
const stackKb = flag ? parseInt(flag.slice("--stack-size=".length), 10) : NaN;
const jitStackBytes = stackKb > 984 ? Math.floor(stackKb * 1024 * 0.6) : undefined;

const host = new NodeHost();
process.exitCode = nekoMain(process.argv.slice(2), host, { jitStackBytes });
