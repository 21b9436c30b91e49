// Errors of the Neko compiler, reported by nekoc as "file(line): message".

import { type Pos, isNullPos } from "./ast.js";

/** "overflow": the source nests too deeply for the JS stack (nekoc: Neko_error(Stack Overflow)). */
export type ErrorPhase = "lexer" | "parser" | "compile" | "overflow";

/** Whether a JS exception is a stack overflow. */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

function decodeByteString(s: string): string {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i) & 0xff;
  return new TextDecoder().decode(b);
}

/**
 * A syntax or compilation error. `report` is the exact line nekoc prints on stderr (without the
 * newline), as a byte string; `message` is the same text decoded as UTF-8.
 */
export class NekoCompileError extends Error {
  readonly report: string;
  constructor(
    /** The message proper, e.g. "Unexpected [" (a byte string). */
    readonly msg: string,
    readonly pos: Pos,
    readonly phase: ErrorPhase,
  ) {
    const report = isNullPos(pos) ? `Exception : ${msg}` : `${pos.source}(${pos.line}): ${msg}`;
    super(decodeByteString(report));
    this.name = "NekoCompileError";
    this.report = report;
  }
  /** The source line of the error (0 when nekoc has no position for it). */
  get line(): number {
    return this.pos.line;
  }
}

/**
 * nekoc dies with an uncaught exception (malformed nxml or binary AST, ...): it prints the stack
 * frames, outermost first, then "Exception : " and the exception. `frames` are those below
 * nekoc's Main.nml.
 */
export class NekoException extends Error {
  constructor(
    readonly exception: string,
    readonly frames: readonly string[],
  ) {
    super(exception);
    this.name = "NekoException";
  }
}
