// The Neko compiler: Neko source to .n bytecode, byte-identical to nekoc 2.3.

import { type ModuleCode, writeModule } from "../bytecode/writer.js";
import { type Expr, NULL_POS, bytesToByteString, utf8ByteString } from "./ast.js";
import { NekoCompileError, isStackOverflow } from "./errors.js";
import { compileProgram } from "./program.js";
import { isBinast, parseBinast } from "./binast.js";
import { nxmlContent, parseNxml } from "./nxml.js";
import { parse } from "./parser.js";

export { NekoCompileError, NekoException } from "./errors.js";
export { WriteError } from "../bytecode/writer.js";
export type { Expr, Pos, Constant } from "./ast.js";
export { parse } from "./parser.js";
export { compileProgram } from "./program.js";

export interface CompileOptions {
  /** Bytecode version (nekoc -version): 2 adds Loop opcodes and the version-2 MakeArray order. */
  version?: number;
}

/** A source given as text (encoded as UTF-8) or bytes, as a byte string. */
export function sourceByteString(source: string | Uint8Array): string {
  return typeof source === "string" ? utf8ByteString(source) : bytesToByteString(source);
}

/**
 * Parses a source file as nekoc does (Neko source, or the nxml and binary AST forms nekoc
 * recognises by their first bytes); `fileName` is the name positions refer to.
 */
export function parseSource(source: string | Uint8Array, fileName: string): Expr {
  return parseAnyFormat(sourceByteString(source), utf8ByteString(fileName));
}

/** nekoc's parse_multiformat on a byte string source and byte string file name. */
export function parseAnyFormat(src: string, fileName: string): Expr {
  const nxml = nxmlContent(src);
  if (nxml !== null) return parseNxml(nxml);
  if (isBinast(src)) return parseBinast(src);
  return parse(src, fileName);
}

/** Compiles a source to the instruction-level module (globals and code). */
export function compileToCode(source: string | Uint8Array, fileName: string, options: CompileOptions = {}): ModuleCode {
  return compileProgram(options.version ?? 0, parseSource(source, fileName));
}

/**
 * Compiles a Neko source to the bytes of a .n module, identical to what `nekoc fileName` writes.
 * Throws NekoCompileError (with nekoc's message and line: `error.report` is the exact line nekoc
 * prints) on a syntax or compilation error. Where nekoc itself dies with an uncaught exception,
 * throws NekoException (malformed nxml or binary AST sources) or WriteError (from
 * ../bytecode/writer.js: a backward $goto, a string constant over 65535 bytes, a field name
 * hash conflict).
 */
export function compile(source: string | Uint8Array, fileName: string, options: CompileOptions = {}): Uint8Array {
  try {
    return writeModule(compileToCode(source, fileName, options));
  } catch (e) {
    if (isStackOverflow(e)) throw new NekoCompileError("Neko_error(Stack Overflow)", NULL_POS, "overflow");
    throw e;
  }
}
