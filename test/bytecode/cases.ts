// Hand-built modules (valid and malformed) with the outcome the real neko 2.3 gives for
// each, as `neko x.n` run from the file's directory. Shared by malformed.test.ts and its
// optional cross-check against the real neko (NEKOVM_REAL_NEKO=1).

import { hashName } from "../../src/value/hash.js";
import { buildModule, ByteWriter, type CodeItem, type ModuleSpec } from "./builder.js";

export type Expect =
  /** Loads and runs: exit 0 with this stdout. */
  | { ok: string }
  /** neko_read_module returns NULL: "Invalid module : x.n" from load.c(398). */
  | { invalid: true }
  /** A failure() while loading: the report after "Uncaught exception - ". */
  | { failure: string; msg: string; file: string; line: number }
  /** Loads, then fails at run time: exact stderr. */
  | { runtime: string };

export interface Case {
  name: string;
  bytes: Uint8Array;
  expect: Expect;
  /** Set when our VM is known to differ from the real neko here (a bug in src/). */
  todo?: string;
  /** Set when the real neko has undefined behaviour here: we expect the clean outcome instead. */
  realDiffers?: string;
}

export const ID_PRINT = hashName("print");

/** $print(<global 0>) */
export const PRINT_G0: CodeItem[] = [["AccGlobal", 0], "Push", ["AccBuiltin", ID_PRINT], ["Call", 1]];

/** A module printing "ok": globals [str "ok"], the print call, then `rest`. */
function okModule(rest: CodeItem[] = [], extra: Partial<ModuleSpec> = {}): ModuleSpec {
  return { globals: [{ str: "ok" }], fields: ["print"], code: [...PRINT_G0, ...rest], ...extra };
}

const INVALID: Expect = { invalid: true };
const OK: Expect = { ok: "ok" };

function failure(msg: string, file: string, line: number): Expect {
  return { failure: `${file}(${line}) : ${msg}`, msg, file, line };
}

function c(name: string, spec: ModuleSpec | Uint8Array, expect: Expect, todo?: string): Case {
  const bytes = spec instanceof Uint8Array ? spec : buildModule(spec);
  return todo === undefined ? { name, bytes, expect } : { name, bytes, expect, todo };
}

function header(magic: string, nglobals: number, nfields: number, codesize: number): ByteWriter {
  return new ByteWriter().text(magic).i32(nglobals).i32(nfields).i32(codesize);
}

/** The valid "ok" module with the bytes at [from, to) replaced. */
function patched(spec: ModuleSpec, at: number, bytes: number[]): Uint8Array {
  const b = buildModule(spec).slice();
  b.set(bytes, at);
  return b;
}

const okBytes = buildModule(okModule());

/** Debug infos of one file for `n` code words, all on line `line` (nekoc's encoding). */
function debugOneLine(file: string, n: number, line = 1): number[] {
  const w = new ByteWriter().u8(1).cstr(file).i32(n);
  w.u8((line << 3) | 4); // first position: line delta
  let rest = n - 1;
  while (rest > 15) {
    w.u8((15 << 2) | 2);
    rest -= 15;
  }
  if (rest > 0) w.u8((rest << 2) | 2);
  return w.out;
}

const longName = (n: number) => "a".repeat(n);

/** Code words of PRINT_G0: AccGlobal 0 (2), Push (1), AccBuiltin (2), Call 1 (2). */
export const PRINT_WORDS = 7;

export const CASES: Case[] = [
  // ---- valid references ----
  c("valid: $print(\"ok\")", okModule(), OK),
  c("valid: a jump to exactly codesize (the final Last)", okModule([["Jump", "end"], { label: "end" }]), OK),
  c("valid: 255-char name (MAXSIZE with terminator)", okModule([], { globals: [{ str: "ok" }, { var: longName(255) }] }), OK),
  c("valid: extra-opcode encoding of Loop", okModule(["Loop"]), OK),
  c("valid: operand in 4 bytes where 1 would do", { globals: [{ str: "ok" }], code: [["AccGlobal", 0, "i32"], "Push", ["AccBuiltin", ID_PRINT], ["Call", 1, "i32"]] }, OK),
  c("valid: debug infos", okModule([], { globals: [{ str: "ok" }, { debug: debugOneLine("x.neko", PRINT_WORDS) }] }), OK),
  c(
    "valid: debug infos with the 2-byte file count",
    okModule([], { globals: [{ str: "ok" }, { debug: [0x80, 0x01, ...new ByteWriter().cstr("x.neko").i32(PRINT_WORDS).out, 0x0c, 6 << 2 | 2] }] }),
    OK,
  ),
  c("valid: function global at the last instruction", okModule([["Jump", "end"], { label: "f" }, ["Ret", 0], { label: "end" }], { globals: [{ str: "ok" }, { fun: "f", nargs: 0 }] }), OK),
  c(
    "valid: MakeEnv 0 of a function",
    okModule([["AccGlobal", 1], ["MakeEnv", 0], "Push", ["Call", 0, "byte"], ["Pop", 1], ["Jump", "end"], { label: "f" }, ["AccGlobal", 0], ["Ret", 0], { label: "end" }], {
      globals: [{ str: "ok" }, { fun: "f", nargs: 0 }],
    }),
    OK,
  ),
  c("valid: JumpTable of 2", okModule([["AccInt", 1], ["JumpTable", 2], ["Jump", "end"], ["Jump", "end"], { label: "end" }]), OK),
  c("valid: version global 2", okModule([], { globals: [{ str: "ok" }, { version: 2 }] }), OK),

  // ---- file and header ----
  c("empty file", new Uint8Array(0), INVALID),
  c("only 3 bytes", new ByteWriter().text("NEK").toBytes(), INVALID),
  c("only the magic", new ByteWriter().text("NEKO").toBytes(), INVALID),
  c("bad magic NEKP", patched(okModule(), 3, [0x50]), INVALID),
  c("byte-swapped magic OKEN", patched(okModule(), 0, [0x4f, 0x4b, 0x45, 0x4e]), INVALID),
  c("lowercase magic", patched(okModule(), 0, [0x6e, 0x65, 0x6b, 0x6f]), INVALID),
  c("nglobals = -1", header("NEKO", -1, 0, 1).u8(0).toBytes(), INVALID),
  c("nglobals = 0x10000", header("NEKO", 0x10000, 0, 1).u8(0).toBytes(), INVALID),
  c("nfields = -1", header("NEKO", 0, -1, 1).u8(0).toBytes(), INVALID),
  c("nfields = 0x10000", header("NEKO", 0, 0x10000, 1).u8(0).toBytes(), INVALID),
  c("codesize = -1", header("NEKO", 0, 0, -1).u8(0).toBytes(), INVALID),
  c("codesize = 0x1000000", header("NEKO", 0, 0, 0x1000000).u8(0).toBytes(), INVALID),
  c("codesize = 0x7fffffff", header("NEKO", 0, 0, 0x7fffffff).u8(0).toBytes(), INVALID),
  c("more globals announced than present", okModule([], { nglobals: 2 }), INVALID),
  c("codesize larger than the code", okModule([], { codesize: PRINT_WORDS + 1 }), INVALID),
  c("codesize smaller than the code (trailing bytes are ignored)", okModule(["AccNull"], { codesize: PRINT_WORDS }), OK),

  // ---- globals ----
  c("global kind 0", okModule([], { globals: [{ str: "ok" }, { rawGlobal: [0] }] }), INVALID),
  c("global kind 7", okModule([], { globals: [{ str: "ok" }, { rawGlobal: [7, 0, 0, 0, 0] }] }), INVALID),
  c("global kind 255", okModule([], { globals: [{ str: "ok" }, { rawGlobal: [255] }] }), INVALID),
  c("var name of 256 chars (no terminator within MAXSIZE)", okModule([], { globals: [{ str: "ok" }, { var: longName(256) }] }), INVALID),
  c("float text of 300 chars", okModule([], { globals: [{ str: "ok" }, { float: "1" + "0".repeat(299) }] }), INVALID),
  c("field name of 256 chars", okModule([], { fields: ["print", longName(256)] }), INVALID),
  c("function address == codesize", okModule([], { globals: [{ str: "ok" }, { fun: PRINT_WORDS, nargs: 0 }] }), INVALID),
  c("function address 0xffffff", okModule([], { globals: [{ str: "ok" }, { fun: 0xffffff, nargs: 0 }] }), INVALID),
  c("function address on an operand word", okModule([], { globals: [{ str: "ok" }, { fun: 1, nargs: 0 }] }), INVALID),
  c(
    "function addresses in decreasing order",
    okModule([["Jump", "end"], { label: "f" }, ["Ret", 0], { label: "g" }, ["Ret", 0], { label: "end" }], {
      globals: [{ str: "ok" }, { fun: "g", nargs: 0 }, { fun: "f", nargs: 0 }],
    }),
    INVALID,
  ),
  c("function with 200 arguments (stack limit)", okModule([["Jump", "end"], { label: "f" }, ["Ret", 200], { label: "end" }], { globals: [{ str: "ok" }, { fun: "f", nargs: 200 }] }), INVALID),
  c("string global longer than the file", okModule([], { globals: [{ str: "ok" }, { rawGlobal: [3, 100, 0, 0x41, 0x42] }] }), INVALID),

  // ---- opcodes and operand encodings ----
  c("opcode 67 (Last) in the file", okModule([{ raw: [2, 67], words: 1 }]), INVALID),
  c("opcode 255", okModule([{ raw: [2, 255], words: 1 }]), INVALID),
  c("opcode 66 (AccInt32) without operand", okModule([{ raw: [2, 66], words: 1 }]), INVALID),
  c("opcode 65 (MakeArray2) without operand", okModule([{ raw: [2, 65], words: 1 }]), INVALID),
  c("TailCall without its operand", okModule([{ raw: [63 << 2], words: 1 }]), INVALID),
  c("AccInt without its operand", okModule([{ raw: [4 << 2], words: 1 }]), INVALID),
  c("AccNull with a 1-bit operand", okModule([{ raw: [(0 << 3) | 1], words: 2 }]), INVALID),
  c("Push with a byte operand", okModule([{ raw: [(19 << 2) | 2, 0], words: 2 }]), INVALID),
  c("Add with a 4-byte operand", okModule(["Push", { raw: [(34 << 2) | 3, 0, 0, 0, 0], words: 2 }]), INVALID),
  {
    ...c("operand word past codesize", okModule([["AccInt", 5]], { codesize: PRINT_WORDS + 1 }), INVALID),
    realDiffers: "neko writes the operand past the code array (undefined behaviour): it runs, prints ok, then segfaults",
  },

  // ---- operands ----
  c("jump into the middle of an instruction", okModule([["Jump", 3], ["AccInt", 7]]), INVALID),
  c("jump past the end", okModule([["Jump", 3]]), INVALID),
  c("jump far past the end", okModule([["Jump", 0x7fffffff]]), INVALID),
  c("jump before the start", { globals: [{ str: "ok" }], code: [["Jump", -1], ...PRINT_G0] }, INVALID),
  c("JumpIf to an operand word", okModule([["JumpIf", -1]]), INVALID),
  c("Trap handler on an operand word", okModule([["Trap", 3], ["AccInt", 7], "EndTrap"]), INVALID),
  c("AccGlobal index == nglobals", okModule([["AccGlobal", 1]]), INVALID),
  c("SetGlobal index -1", okModule([["SetGlobal", -1]]), INVALID),
  c("AccStack -3 (negative index)", okModule(["Push", ["AccStack", -3], ["Pop", 1]]), INVALID),
  c("SetStack -1", okModule(["Push", ["SetStack", -1], ["Pop", 1]]), INVALID),
  c("Pop -1", okModule([["Pop", -1]]), INVALID),
  c("Ret -1", okModule([["Ret", -1]]), INVALID),
  c("AccEnv -1", okModule([["AccEnv", -1]]), INVALID),
  c("SetEnv -1", okModule([["SetEnv", -1]]), INVALID),
  c("Call with 6 arguments", okModule([["Call", 6]]), INVALID),
  c("Call with -1 arguments", okModule([["Call", -1]]), INVALID),
  c("ObjCall with 6 arguments", okModule([["ObjCall", 6]]), INVALID),
  c("TailCall with 6 arguments", okModule([["TailCall", 6]]), INVALID),
  c("Apply 0", okModule([["Apply", 0]]), INVALID),
  c("Apply 5", okModule([["Apply", 5]]), INVALID),
  c("JumpTable 513", okModule([["AccInt", 0], ["JumpTable", 513]]), INVALID),
  c("JumpTable reaching past the code", okModule([["AccInt", 0], ["JumpTable", 2], ["Jump", 4]]), INVALID),
  c("JumpTable followed by a non-Jump", okModule([["AccInt", 0], ["JumpTable", 1], ["AccInt", 3], "AccNull"]), INVALID),
  c("MakeEnv 256", okModule(["AccNull", ["MakeEnv", 256]]), failure("Too much big environment", "module.c", 524)),
  c("MakeEnv -1", okModule(["AccNull", ["MakeEnv", -1]]), failure("Too much big environment", "module.c", 524)),
  c("MakeEnv 255 (allowed, but the stack underflows)", okModule(["AccNull", ["MakeEnv", 255]]), INVALID),
  c("MakeArray 0x10001", okModule(["AccNull", ["MakeArray", 0x10001]]), failure("Too much big array", "module.c", 528)),
  c("MakeEnv 256 in dead code", okModule([["Jump", "end"], ["MakeEnv", 256], { label: "end" }]), failure("Too much big environment", "module.c", 524)),
  c("unknown builtin", okModule([["AccBuiltin", 12345]]), failure("Builtin not found", "module.c", 118)),
  c("unknown builtin named by a field", okModule([["AccBuiltin", hashName("nosuchbuiltin")]], { fields: ["print", "nosuchbuiltin"] }), failure("Builtin not found : nosuchbuiltin", "module.c", 116)),

  // ---- stack checks ----
  c("inconsistent stack depth at a join", okModule(["AccTrue", ["JumpIf", "join"], "Push", { label: "join" }, "AccNull"]), INVALID),
  c("stack left at the end", okModule(["Push"]), INVALID),
  c("Ret 0 with one slot pushed", { globals: [{ str: "ok" }, { fun: "f", nargs: 0 }], code: [...PRINT_G0, ["Jump", "end"], { label: "f" }, "Push", ["Ret", 0], { label: "end" }] }, INVALID),
  c("Ret 2 in a 1-argument function", { globals: [{ str: "ok" }, { fun: "f", nargs: 1 }], code: [...PRINT_G0, ["Jump", "end"], { label: "f" }, ["Ret", 2], { label: "end" }] }, INVALID),
  c("Pop below the function's arguments", { globals: [{ str: "ok" }, { fun: "f", nargs: 1 }], code: [...PRINT_G0, ["Jump", "end"], { label: "f" }, ["Pop", 1], ["Ret", 0], { label: "end" }] }, INVALID),
  c("Pop 1 on an empty stack", okModule([["Pop", 1]]), INVALID),
  c("AccStack0 on an empty stack", okModule(["AccStack0"]), INVALID),
  c("AccStack1 with one slot", okModule(["Push", "AccStack1", ["Pop", 1]]), INVALID),
  c("AccStack 0 with two slots (reads the 3rd)", okModule(["Push", "Push", ["AccStack", 0], ["Pop", 2]]), INVALID),
  c("SetStack 1 with one slot", okModule(["Push", ["SetStack", 1], ["Pop", 1]]), INVALID),
  c("Trap without EndTrap", okModule([["Trap", "h"], "AccNull", { label: "h" }]), INVALID),
  c("EndTrap without Trap", okModule(["EndTrap"]), INVALID),
  c("stack overflow: 124 pushes", okModule([...Array<CodeItem>(124).fill("Push"), ["Pop", 124]]), INVALID),
  c("123 pushes are fine", okModule([...Array<CodeItem>(123).fill("Push"), ["Pop", 123]]), OK),
  c("ObjCall without its object", okModule(["Push", ["ObjCall", 1]]), INVALID),
  c("TailCall with a wrong frame size", { globals: [{ str: "ok" }, { fun: "f", nargs: 1 }], code: [...PRINT_G0, ["Jump", "end"], { label: "f" }, "AccNull", ["TailCall", 2 << 3], { label: "end" }] }, INVALID),
  c(
    "AccStack 0x7fffffff in dead code (neko: index + 2 overflows int)",
    okModule([["Jump", "end"], ["AccStack", 0x7fffffff], { label: "end" }]),
    INVALID,
  ),
  c(
    "Trap whose handler was already reached by a jump (neko compares with the depth after the Trap)",
    okModule(["AccFalse", ["JumpIf", "h"], ["Trap", "h"], "EndTrap", { label: "h" }]),
    INVALID,
  ),

  // ---- check order: neko checks each instruction's opcode and operand in one pass ----
  c(
    "MakeEnv 256 before an unknown opcode",
    okModule(["AccNull", ["MakeEnv", 256], { raw: [2, 200], words: 1 }]),
    failure("Too much big environment", "module.c", 524),
  ),
  c(
    "unknown builtin before a stack error",
    okModule([["AccBuiltin", 12345], "Push"]),
    failure("Builtin not found", "module.c", 118),
  ),
  c("unknown opcode before MakeEnv 256", okModule([{ raw: [2, 200], words: 1 }, "AccNull", ["MakeEnv", 256]]), INVALID),
  c("bad global index before MakeEnv 256", okModule([["AccGlobal", 9], ["MakeEnv", 256]]), INVALID),

  // ---- debug infos ----
  c("debug: no files", okModule([], { globals: [{ str: "ok" }, { debug: [0] }] }), INVALID),
  c("debug: positions count != codesize", okModule([], { globals: [{ str: "ok" }, { debug: debugOneLine("x.neko", PRINT_WORDS + 1) }] }), INVALID),
  c("debug: file index out of range", okModule([], { globals: [{ str: "ok" }, { debug: [1, ...new ByteWriter().cstr("x.neko").i32(PRINT_WORDS).out, (1 << 1) | 1, 0x0c, 6 << 2 | 2] }] }), INVALID),
  c("debug: repeat count past the positions", okModule([], { globals: [{ str: "ok" }, { debug: [1, ...new ByteWriter().cstr("x.neko").i32(PRINT_WORDS).out, 0x0c, 15 << 2 | 2] }] }), INVALID),
  c("debug: unterminated file name", okModule([], { globals: [{ str: "ok" }, { debug: [1, ...new ByteWriter().text(longName(300)).out] }] }), INVALID),
  c("debug: two debug globals", okModule([], { globals: [{ str: "ok" }, { debug: debugOneLine("x.neko", PRINT_WORDS) }, { debug: debugOneLine("y.neko", PRINT_WORDS) }] }), OK),

  // ---- float globals: the text is parsed with C's atof (glibc strtod) ----
  ...(
    [
      ["  1.5", "1.5"], ["\t2", "2"], ["1e400", "inf"], ["-1e400", "-inf"], ["1e-400", "0"], ["nan", "nan"], ["NaN", "nan"],
      ["infinity", "inf"], ["INF", "inf"], ["-inf", "-inf"], [".5", "0.5"], ["5.", "5"], ["1e", "1"], ["1e+", "1"], ["+3", "3"],
      ["nan(123)", "nan"], ["", "0"], ["abc", "0"], ["1.5abc", "1.5"], ["0x", "0"], ["1_000", "1"], ["1,5", "1"], ["00012", "12"],
      ["-0", "-0"], ["4.9e-324", "4.94065645841247e-324"], ["2.4703282292062327e-324", "0"], ["2.4703282292062328e-324", "4.94065645841247e-324"],
      ["1.7976931348623158e308", "1.79769313486232e+308"], ["1.7976931348623159e308", "inf"], ["+.5e-1", "0.05"], ["- 1", "0"], ["1 2", "1"],
      ["0x10", "16"],
      ["0X1p-2", "0.25"],
      ["0x.8", "0.5"],
      ["0x1P+4", "16"],
      ["0x1.fffffffffffffp1023", "1.79769313486232e+308"],
      ["-nan", "-nan"],
    ] as [string, string, string?][]
  ).map(([text, out, todo]) =>
    c(`float global ${JSON.stringify(text)} prints ${out}`, { globals: [{ float: text }], code: [["AccGlobal", 0], "Push", ["AccBuiltin", ID_PRINT], ["Call", 1]] }, { ok: out }, todo),
  ),

  // ---- runtime behaviour of odd but valid modules ----
  c("valid: AccField on null fails at run time", okModule(["AccNull", ["AccField", 97]]), { runtime: "Called from x.n (no debug available)\nUncaught exception - Invalid field access\n" }),
  c("valid: MakeEnv 0 of null fails at run time", okModule(["AccNull", ["MakeEnv", 0]]), { runtime: "Called from x.n (no debug available)\nUncaught exception - Invalid environment\n" }),
];

/** The name of the file a case is written to. */
export const CASE_FILE = "x.n";

/** Expected stderr and exit code of `neko x.n` for an outcome. */
export function expectedRun(e: Expect): { stdout: string; stderr: string; exit: number } {
  if ("ok" in e) return { stdout: e.ok, stderr: "", exit: 0 };
  if ("invalid" in e) return { stdout: "", stderr: `Uncaught exception - load.c(398) : Invalid module : ${CASE_FILE}\n`, exit: 1 };
  if ("failure" in e) return { stdout: "", stderr: `Uncaught exception - ${e.failure}\n`, exit: 1 };
  return { stdout: "ok", stderr: e.runtime, exit: 1 };
}

