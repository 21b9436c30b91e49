/// <reference types="node" />
// Entry point of bin/neko on Node.js.

import { NodeHost } from "../host/node/index.js";
import { nekoMain } from "./neko.js";

const host = new NodeHost();
process.exitCode = nekoMain(process.argv.slice(2), host);
