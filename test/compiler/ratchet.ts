/// <reference types="node" />
// Shared helpers of the compiler tests.

import * as fs from "node:fs";

/** A ratchet list: one name per line, # comments and blank lines ignored. */
export function readRatchet(file: string): Set<string> {
  if (!fs.existsSync(file)) return new Set();
  return new Set(
    fs
      .readFileSync(file, "utf8")
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l && !l.startsWith("#")),
  );
}
