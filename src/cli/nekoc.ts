// The nekoc command (nekoc 2.3 src/neko/Main.nml + NekoML core/Args.nml): compiles .neko files
// to .n, dumps (-d) and releases (-z) bytecode, prints the AST (-p), extracts documentation
// (-doc) and links modules (-link), with nekoc's output file names, messages, stack traces and
// exit codes. -console runs the read-compile-run loop of console.ts when the host gives it
// a VM host and standard input.
//
// All text going to the host is made of byte strings (char code = byte).

import { BytecodeReadError, dumpModule, readBytecode } from "../bytecode/dump.js";
import { type ModuleCode, WriteError, writeModule } from "../bytecode/writer.js";
import { bytesToByteString, byteStringToBytes, utf8ByteString } from "../compiler/ast.js";
import { compileProgram } from "../compiler/program.js";
import { NekoCompileError, NekoException, isStackOverflow } from "../compiler/errors.js";
import { parseAnyFormat } from "../compiler/index.js";
import { documentation } from "../compiler/doc.js";
import { LinkError, linkModules } from "../compiler/linker.js";
import { printProgram } from "../compiler/printer.js";
import { type ConsoleIO, runConsole } from "./console.js";

export interface NekocHost {
  /** The bytes of a file, or null when it cannot be read. */
  readFile(path: string): Uint8Array | null;
  /** Creates or replaces a file; false when it cannot be opened for writing. */
  writeFile(path: string, data: Uint8Array): boolean;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The neko module search path used by -link ($loader.path: NEKOPATH, else neko's default). */
  nekoPath?: readonly string[];
  /** What -console needs (a VM host and standard input); without it -console is refused. */
  console?: ConsoleIO;
}

/** neko's module search path for a NEKOPATH value (vm/load.c init_path), or the default one. */
export function nekoPathOf(env: string | undefined): string[] {
  const path = env ?? "/usr/lib/x86_64-linux-gnu/neko:/usr/local/lib/neko:/usr/lib/neko:/usr/local/bin:/usr/bin";
  const l: string[] = [];
  for (const part of path.split(/[:;]/)) l.unshift(part.endsWith("/") || part.endsWith("\\") ? part : part + "/");
  return l;
}

const HEAD = "Neko Compiler v2.3.0 - (c)2005-2013 Haxe Foundation\n Usage : neko [options] files...";

const OPTIONS: [string, "string" | "void" | "int", string][] = [
  ["-d", "string", "<file> : dump bytecode"],
  ["-z", "string", "<file> : make bytecode release"],
  ["-p", "string", "<file> : parse and print neko source"],
  ["-doc", "string", "<file> : make documentation"],
  ["-o", "string", "<dir> : set output directory"],
  ["-console", "void", ": run the console"],
  ["-link", "string", "<file> : link bytecodes files"],
  ["-v", "void", ": verbose mode"],
  ["-version", "int", ": set the bytecode version"],
];

/** nekoc ends (Sys.exit) with this code. */
class Exit {
  constructor(readonly code: number) {}
}

/** An uncaught exception in nekoc: a stack trace, then "Exception : ...", exit code 255. */
class Crash {
  constructor(
    readonly frames: string[],
    readonly exception: string,
  ) {}
}

/** NekoML String.split (neko std string_split): no parts at all for an empty string. */
function split(s: string, sep: string): string[] {
  if (s.length === 0) return [];
  return s.split(sep);
}

/** NekoML Sys.without_extension. */
export function withoutExtension(s: string): string {
  const parts = split(s, ".");
  if (parts.length === 0) return "";
  if (parts.length === 1) return parts[0];
  return parts.slice(0, -1).join(".");
}

/** NekoML Sys.without_dir. */
export function withoutDir(s: string): string {
  const parts = split(split(s, "\\").join("/"), "/");
  return parts.length ? parts[parts.length - 1] : "";
}

/** Runs nekoc with the given arguments; returns the exit code. */
export function nekocMain(argv: readonly string[], host: NekocHost): number {
  let dir: string | null = null;
  let verbose = false;
  let version = 0;
  let link: string | null = null;
  const links: string[] = [];
  const argFrame = { file: "core/Args.nml line 57", option: "core/Args.nml line 62" };
  let frame = argFrame.file;
  /** The field names hashed so far by this nekoc process. */
  const fields = new Map<number, string>();

  const out = (file: string, ext: string): string => {
    const f = withoutExtension(file) + ext;
    return dir === null ? f : dir + withoutDir(f);
  };
  const readFile = (file: string, frames: string[], what: "file_contents" | "file_open"): Uint8Array => {
    const b = host.readFile(file);
    if (b === null) throw new Crash(frames, `(${what}, ${utf8ByteString(file)})`);
    return b;
  };
  /** Frame of a call at a line of Main.nml (-1: the linker's write, Linker.nml line 212/213). */
  const at = (line: number, linker: number) => (line < 0 ? `neko/Linker.nml line ${linker}` : `neko/Main.nml line ${line}`);
  const writeFile = (file: string, data: Uint8Array, line: number): void => {
    if (!host.writeFile(file, data)) throw new Crash([at(line, 212), "core/IO.nml line 107"], `(file_open, ${utf8ByteString(file)})`);
  };
  const writeCode = (file: string, code: ModuleCode, openLine: number, writeLine: number): void => {
    let bytes: Uint8Array;
    try {
      bytes = writeModule(code, fields);
    } catch (e) {
      if (!(e instanceof WriteError)) throw e;
      writeFile(file, e.partial, openLine);
      throw new Crash([at(writeLine, 213), ...writeFrames(e)], e.exception);
    }
    writeFile(file, bytes, openLine);
  };
  const parseFile = (file: string, line: number) => {
    const src = readFile(file, [`neko/Main.nml line ${line}`, "neko/Main.nml line 49"], "file_contents");
    try {
      return parseAnyFormat(bytesToByteString(src), utf8ByteString(file));
    } catch (e) {
      if (e instanceof NekoException) throw new Crash([`neko/Main.nml line ${line}`, ...e.frames], e.exception);
      throw e;
    }
  };

  const compile = (file: string) => {
    if (verbose) host.stdout(`Compiling ${utf8ByteString(file)}\n`);
    const ast = parseFile(file, 65);
    const code = compileProgram(version, ast);
    writeCode(out(file, ".n"), code, 67, 68);
  };
  const readCode = (file: string, readLine: number): ModuleCode => {
    const bytes = readFile(file, [`neko/Main.nml line ${readLine}`, "core/IO.nml line 71"], "file_open");
    try {
      return readBytecode(bytes, fields);
    } catch (e) {
      if (e instanceof BytecodeReadError) throw new Crash([`neko/Main.nml line ${readLine + 1}`, ...e.frames], e.exception);
      throw e;
    }
  };
  const dump = (file: string) => {
    if (verbose) host.stdout(`Dumping ${utf8ByteString(file)}\n`);
    const code = readCode(file, 74);
    writeFile(out(file, ".dump"), byteStringToBytes(dumpModule(code, fields)), 77);
  };
  const release = (file: string) => {
    if (verbose) host.stdout(`Releasing ${utf8ByteString(file)}\n`);
    const code = readCode(file, 92);
    const globals = code.globals.map((g) => (g.kind === "var" || g.kind === "debug" ? { kind: "var" as const, name: "" } : g));
    writeCode(out(file, ".n"), { globals, ops: code.ops }, 102, 103);
  };
  const printAst = (file: string) => {
    if (verbose) host.stdout(`Printing ${utf8ByteString(file)}\n`);
    const ast = parseFile(file, 84);
    const text = printProgram(ast);
    writeFile(out(file, "2.neko"), byteStringToBytes(text), 85);
  };
  const doc = (file: string) => {
    if (verbose) host.stdout(`Building documentation for ${utf8ByteString(file)}\n`);
    const src = readFile(file, ["neko/Main.nml line 109", "core/IO.nml line 71"], "file_open");
    const html = documentation(bytesToByteString(src), utf8ByteString(file));
    writeFile(out(file, ".html"), byteStringToBytes(html), 114);
  };
  const unsupported = (what: string): never => {
    host.stderr(`nekoc: ${what} is not supported by this implementation\n`);
    throw new Exit(255);
  };
  const help = (): never => {
    let s = HEAD + "\n Options :\n";
    for (const [name, , doc] of OPTIONS) s += `  ${name} ${doc}\n`;
    host.stdout(s);
    throw new Exit(1);
  };

  try {
    try {
      let i = 0;
      while (i < argv.length) {
        const arg = argv[i++];
        if (arg === "-help" || arg === "--help") help();
        const opt = OPTIONS.find((o) => o[0] === arg);
        if (opt === undefined) {
          frame = argFrame.file;
          if (link === null) compile(arg);
          else links.push(arg);
          continue;
        }
        const [name, kind] = opt;
        if (kind === "void") {
          if (name === "-v") verbose = true;
          else if (host.console) throw new Exit(runConsole(host.console, version, fields));
          else unsupported("-console (the interactive console)");
          continue;
        }
        if (i === argv.length) {
          host.stdout(`Invalid argument : ${utf8ByteString(arg)}\n`);
          help();
        }
        const param = argv[i++];
        frame = argFrame.option;
        if (kind === "int") {
          const v = parseNekoInt(param);
          if (v === null) {
            host.stdout(`Invalid argument : ${utf8ByteString(param)}\n`);
            help();
          } else version = v;
          continue;
        }
        switch (name) {
          case "-d":
            dump(param);
            break;
          case "-z":
            release(param);
            break;
          case "-p":
            printAst(param);
            break;
          case "-doc":
            doc(param);
            break;
          case "-o":
            dir = complete(param);
            break;
          case "-link":
            link = param;
            break;
        }
      }
    } catch (e) {
      if (e instanceof Crash) throw new Crash(["neko/Main.nml line 153", frame, ...e.frames], e.exception);
      throw e;
    }
    if (link !== null) {
      const output = link;
      try {
        const code = linkModules(links, { readFile: (p) => host.readFile(p), nekoPath: host.nekoPath ?? nekoPathOf(undefined), print: (t) => host.stdout(t) }, fields);
        writeCode(output, code, -1, -1);
      } catch (e) {
        if (e instanceof LinkError) throw new Crash(["neko/Main.nml line 159", ...e.frames], e.exception);
        if (e instanceof Crash) throw new Crash(["neko/Main.nml line 159", ...e.frames], e.exception);
        throw e;
      }
    }
    return 0;
  } catch (e) {
    if (e instanceof Exit) return e.code;
    if (e instanceof NekoCompileError) {
      host.stderr(e.report + "\n");
      return 255;
    }
    if (isStackOverflow(e)) {
      host.stderr("Exception : Neko_error(Stack Overflow)\n");
      return 255;
    }
    if (e instanceof Crash) {
      let s = "";
      for (const f of e.frames) s += `Called from ${f}\n`;
      host.stderr(s + `Exception : ${e.exception}\n`);
      return 255;
    }
    throw e;
  }
}

function complete(dir: string): string {
  const l = dir.length;
  if (l > 0 && dir[l - 1] !== "/" && dir[l - 1] !== "\\") return dir + "/";
  return dir;
}

/** NekoML's int of a string (neko $int): decimal with strtol, or 0x hexadecimal. */
function parseNekoInt(s: string): number | null {
  if (s.length >= 2 && s[0] === "0" && (s[1] === "x" || s[1] === "X")) {
    let h = 0;
    for (let i = 2; i < s.length; i++) {
      const d = parseInt(s[i], 16);
      if (Number.isNaN(d)) return null;
      h = (h << 4) | d;
    }
    return h;
  }
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d+)/.exec(s);
  if (!m) return null;
  let v = BigInt(m[2]);
  const max = (1n << 63n) - 1n;
  if (v > max) v = m[1] === "-" ? max + 1n : max;
  if (m[1] === "-") v = -v;
  return Number(BigInt.asIntN(32, v));
}

/** The frames of nekoc's stack trace inside Bytecode.write for each failure. */
function writeFrames(e: WriteError): string[] {
  switch (e.failure) {
    case "jump":
      return ["core/Array.nml line 120", "neko/Bytecode.nml line 320", "core/Core.nml line 179", "core/Core.nml line 212"];
    case "string":
      return ["neko/Bytecode.nml line 280", "core/Array.nml line 108", "neko/Bytecode.nml line 284", "core/IO.nml line 320", "core/Core.nml line 212"];
    case "files":
      return ["neko/Bytecode.nml line 280", "core/Array.nml line 108", "neko/Bytecode.nml line 285", "neko/Bytecode.nml line 225", "core/Core.nml line 212"];
    case "hash":
      return ["neko/Bytecode.nml line 276", "neko/Bytecode.nml line 189", "core/Array.nml line 108", "neko/Bytecode.nml line 194"];
  }
}
