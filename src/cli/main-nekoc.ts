/// <reference types="node" />
// Entry point of bin/nekoc on Node.js.

import * as fs from "node:fs";
import { type NekocHost, nekocMain } from "./nekoc.js";

const host: NekocHost = {
  readFile(path) {
    try {
      return new Uint8Array(fs.readFileSync(path));
    } catch {
      return null;
    }
  },
  writeFile(path, data) {
    try {
      fs.writeFileSync(path, data);
      return true;
    } catch {
      return false;
    }
  },
  stdout(text) {
    fs.writeSync(1, Buffer.from(text, "latin1"));
  },
  stderr(text) {
    fs.writeSync(2, Buffer.from(text, "latin1"));
  },
};

process.exitCode = nekocMain(process.argv.slice(2), host);
