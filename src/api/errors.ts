// Errors crossing the boundary between Neko code and its JS embedder.
//
//   Neko -> JS: an uncaught Neko exception ends the API call (vm.call, vm.run, module.call...)
//               with a NekoError carrying the thrown Neko value and neko's "Called from" trace.
//               A limit (src/api/limits.ts) ends it with a NekoLimitError, which Neko code
//               could not catch.
//   JS -> Neko: see toNekoThrow: what a JS function called from Neko code may throw.

import { NekoThrow } from "../interp/errors.js";
import { asNekoThrow, type VM } from "../interp/vm.js";
import { LimitExceeded, type LimitKind } from "../value/limits.js";
import { valueToBytes } from "../value/print.js";
import { bytesToString, str } from "../value/string.js";
import { NekoString, isSmallInt, type Value } from "../value/value.js";

/** A Neko exception that reached the embedder. */
export class NekoError extends Error {
  /**
   * @param value the Neko value the program threw (`$throw(value)`), unconverted
   * @param nekoStack neko's trace of where it was thrown, outermost call first: lines such as
   *   `Called from prog.neko line 3` (one per frame, "\n"-terminated; empty without frames)
   * @param message the printed exception, as neko's "Uncaught exception - " report shows it
   */
  constructor(readonly value: Value, readonly nekoStack: string, message: string) {
    super(message);
    this.name = "NekoError";
  }
}

/** A limit of the embedder stopped the program (not catchable by the Neko program). */
export class NekoLimitError extends NekoError {
  /** Which limit: "steps" and "time" (message "budget exceeded"), "depth", "alloc". */
  readonly limit: LimitKind;
  constructor(limit: LimitKind, nekoStack: string, message: string) {
    super(str(message), nekoStack, message);
    this.name = "NekoLimitError";
    this.limit = limit;
  }
}

/** One trace entry as neko's report prints it (without "Called from "). */
function traceEntry(vm: VM, s: Value): string {
  if (s === null) return "a C function";
  if (s instanceof NekoString) return bytesToString(s.b) + " (no debug available)";
  if (Array.isArray(s) && s.length === 2 && s[0] instanceof NekoString && isSmallInt(s[1])) return bytesToString(s[0].b) + " line " + s[1];
  return safePrint(vm, s);
}

/** neko's "Called from" lines for trace entries (outermost first). */
export function formatTrace(vm: VM, entries: readonly Value[]): string {
  let out = "";
  for (const s of entries) out += "Called from " + traceEntry(vm, s) + "\n";
  return out;
}

/** Print a value for a message; a failing __string prints as "???". */
export function safePrint(vm: VM, v: Value): string {
  try {
    return bytesToString(valueToBytes(vm, v));
  } catch (e) {
    if (e instanceof NekoThrow || (e instanceof Error && !(e instanceof LimitExceeded))) return "???";
    throw e;
  }
}

/** The NekoError for a Neko exception caught at the API boundary (its trace in vm.excStack). */
export function nekoErrorOf(vm: VM, exc: Value): NekoError {
  const saved = vm.excStack;
  const message = safePrint(vm, exc);
  return new NekoError(exc, formatTrace(vm, saved), message);
}

/**
 * What a JS function called from Neko code may throw, as the Neko exception the program
 * sees: a NekoError rethrows its Neko value; an Error becomes the Neko string of its
 * message; any other value becomes its String() form. Limit errors and sys_exit pass
 * through untouched (no Neko code may catch them).
 */
export function toNekoThrow(vm: VM, e: unknown): unknown {
  if (e instanceof NekoLimitError) return new LimitExceeded(e.limit, e.message);
  if (e instanceof NekoError) return vm.throwValue(e.value);
  try {
    return asNekoThrow(vm, e);
  } catch (internal) {
    return internal;
  }
}
