// Random small modules for differential testing of the verifier against the real neko.
//
// Each module is [Jump end] <random instructions> [end]: the top level jumps straight to
// the end, so nothing random ever runs; the random code is only reachable from the
// module's function globals, which neko's loader still checks (operands of every
// instruction, then the stack of each function from its entry).

import { buildModule, type CodeItem, type GlobalItem } from "./builder.js";
import { OPCODES } from "../../src/bytecode/opcodes.js";
import { hashName } from "../../src/value/hash.js";

const JUMPS = new Set(["Jump", "JumpIf", "JumpIfNot", "Trap"]);

/** A random module from a PRNG returning floats in [0, 1): half arbitrary, half well-formed-ish. */
export function randomModule(rnd: () => number): Uint8Array {
  return rnd() < 0.4 ? arbitraryModule(rnd) : plausibleModule(rnd);
}

/**
 * Functions written with a stack-depth model (so most verify), then perturbed now and
 * then: an operand off by one, an instruction dropped or duplicated.
 */
function plausibleModule(rnd: () => number): Uint8Array {
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
  let lab = 0;
  const fresh = () => `L${lab++}`;
  const code: CodeItem[] = [["Jump", "end"]];
  const globals: GlobalItem[] = [{ str: "s" }];
  const nfun = int(1, 3);
  for (let f = 0; f < nfun; f++) {
    const nargs = int(0, 3);
    const entry = fresh();
    globals.push({ fun: entry, nargs });
    const body: CodeItem[] = [{ label: entry }];
    let d = nargs;
    const steps = int(1, 14);
    for (let k = 0; k < steps; k++) {
      const free = d - nargs;
      const choice = int(0, 17);
      switch (choice) {
        case 0:
          body.push("Push");
          d++;
          break;
        case 1:
          if (free > 0) {
            const n = int(1, free);
            body.push(["Pop", n]);
            d -= n;
          }
          break;
        case 2:
          if (d > 2) body.push(["AccStack", int(0, d - 3)]);
          else if (d > 0) body.push("AccStack0");
          break;
        case 3:
          if (d > 1) body.push("AccStack1");
          break;
        case 4:
          if (d > 0) body.push(["SetStack", int(0, d - 1)]);
          break;
        case 5:
          if (free > 0) {
            body.push(pick(["Add", "Sub", "Eq", "Lt", "Compare", "PhysCompare", "AccArray"]));
            d--;
          }
          break;
        case 6: {
          const n = int(0, Math.min(5, free));
          body.push(["AccGlobal", 0], ["Call", n]);
          d -= n;
          break;
        }
        case 7:
          if (free > 0) {
            const n = int(0, Math.min(5, free - 1));
            body.push(["ObjCall", n]);
            d -= n + 1;
          }
          break;
        case 8: {
          const n = int(0, Math.min(3, free));
          body.push(["MakeEnv", n]);
          d -= n;
          break;
        }
        case 9: {
          const n = int(0, Math.min(3, free));
          body.push(["MakeArray", n]);
          d -= n;
          break;
        }
        case 10: {
          const skip = fresh();
          body.push("AccTrue", [pick(["JumpIf", "JumpIfNot"]), skip], "Push", ["Pop", 1], { label: skip });
          break;
        }
        case 11: {
          const h = fresh();
          const after = fresh();
          body.push(["Trap", h], "AccNull", "EndTrap", ["Jump", after], { label: h }, { label: after });
          break;
        }
        case 12: {
          const a = fresh();
          const b = fresh();
          const out = fresh();
          body.push(["AccInt", int(-1, 2)], ["JumpTable", 2], ["Jump", a], ["Jump", b], ["Jump", out], { label: a }, ["Jump", out], { label: b }, { label: out });
          break;
        }
        case 13:
          body.push(["AccBuiltin", hashName("print")]);
          break;
        case 14:
          body.push(["AccInt", int(-1000, 1000)]);
          break;
        case 15:
          body.push(pick(["AccNull", "AccTrue", "AccThis", "Not", "TypeOf", "Hash", "New", "Bool", "IsNull", "Loop", "AccIndex0", "AccIndex1"]));
          break;
        case 16:
          if (free > 0) {
            const n = int(1, Math.min(4, free));
            body.push(["Apply", n]);
            d -= n;
          }
          break;
        case 17:
          body.push(["AccEnv", int(0, 2)]);
          break;
      }
    }
    if (rnd() < 0.2 && d - nargs <= 5) body.push(["AccGlobal", 0], ["TailCall", (d << 3) | (d - nargs)]);
    else body.push(["Ret", d]);
    code.push(...body);
  }
  code.push({ label: "end" });
  // perturbations
  const r = rnd();
  if (r < 0.5) {
    const idx = code.map((c, i) => (Array.isArray(c) && typeof c[1] === "number" ? i : -1)).filter((i) => i > 0);
    if (idx.length) {
      const i = pick(idx);
      const [name, p] = code[i] as [string, number];
      code[i] = [name, p + pick([-1, 1, 8])];
    }
  } else if (r < 0.65) {
    const idx = code.map((c, i) => (typeof c === "string" || (Array.isArray(c) && typeof c[1] === "number") ? i : -1)).filter((i) => i > 0);
    if (idx.length) code.splice(pick(idx), 1);
  } else if (r < 0.8) {
    const idx = code.map((c, i) => (typeof c === "string" ? i : -1)).filter((i) => i > 0);
    if (idx.length) {
      const i = pick(idx);
      code.splice(i, 0, code[i]);
    }
  }
  return buildModule({ globals, fields: ["print"], code });
}

function arbitraryModule(rnd: () => number): Uint8Array {
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
  const n = int(1, 12);
  const nglobalsExtra = int(0, 2);
  const labels = Array.from({ length: n + 1 }, (_, i) => `i${i}`);
  const body: CodeItem[] = [];
  // common opcodes more often
  const common = ["AccNull", "Push", "Pop", "AccStack0", "AccStack1", "AccStack", "SetStack", "Ret", "Jump", "JumpIf", "JumpIfNot", "Trap", "EndTrap", "Call", "ObjCall", "TailCall", "Add", "MakeEnv", "MakeArray", "AccInt", "AccGlobal", "AccBuiltin", "JumpTable", "Apply", "AccEnv", "SetEnv"];
  for (let k = 0; k < n; k++) {
    body.push({ label: labels[k] });
    const name = rnd() < 0.6 ? pick(common) : OPCODES[int(0, 66)].name;
    const info = OPCODES.find((o) => o.name === name)!;
    if (name === "MakeArray2" || name === "AccInt32") {
      body.push({ raw: [2, name === "MakeArray2" ? 65 : 66], words: 1 }); // cannot carry an operand in a file
      continue;
    }
    if (!info.hasParam) {
      body.push(name);
      continue;
    }
    let p: number | string;
    if (JUMPS.has(name)) p = rnd() < 0.85 ? pick(labels.slice(0, n + 1)) : int(-3, 6);
    else if (name === "AccBuiltin") p = rnd() < 0.8 ? hashName("print") : int(0, 3);
    else if (name === "AccGlobal" || name === "SetGlobal") p = int(0, 2 + nglobalsExtra);
    else if (name === "TailCall") p = (int(0, 4) << 3) | int(0, 6);
    else if (name === "MakeEnv") p = rnd() < 0.1 ? 256 : int(0, 3);
    else if (name === "MakeArray") p = rnd() < 0.1 ? 0x10001 : int(0, 3);
    else if (name === "AccInt") p = int(-5, 5);
    else p = rnd() < 0.05 ? -1 : int(0, 6);
    body.push([name, p]);
  }
  body.push({ label: labels[n] });
  if (rnd() < 0.5) body.push(["Ret", int(0, 3)]);
  const globals: GlobalItem[] = [{ str: "s" }];
  const nfun = int(1, 3);
  const entries = Array.from({ length: nfun }, () => int(0, n - 1)).sort((a, b) => a - b);
  if (rnd() < 0.1) entries.reverse();
  for (const e of entries) globals.push({ fun: labels[e], nargs: rnd() < 0.7 ? int(0, 2) : int(0, 6) });
  for (let k = 0; k < nglobalsExtra; k++) globals.push({ var: "v" + k });
  return buildModule({
    globals,
    fields: ["print"],
    code: [["Jump", "end"], ...body, { label: "end" }],
  });
}
