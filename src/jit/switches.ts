// Sparse int switches for the fast tier. nekoc compiles a `switch` whose cases are ints too
// far apart for a JumpTable (Haxe's JSON parser and printer switch on character codes) into
// tests, one per case value, on the same stack slot:
//
//     AccStack p; Push; AccInt k; Eq; JumpIf t      (a case of several values: the next test's JumpIf)
//     AccStack p; Push; AccInt k; Eq; JumpIfNot f   (the last value of a case: f is the next case's tests)
//
// with each case's body between its tests and the next case's. Translated one by one, such a
// chain is six JS statements a test, which V8 runs one after the other and compiles all. A
// chain found here is instead one JS `switch` on the value where its first test is: an int
// picks its exit (a case body, or where no value matched) at once; any other value (a float,
// a string, anything) is compared with the constants by R.caseOf, in the order the tests
// would have compared it, stopping at the first equal one as they do. Comparing with an int
// has no effects (neko calls no __compare for it), and a value equals at most one int.

import { Op } from "../bytecode/opcodes.js";
import type { Edge } from "./structure.js";

/** Where control goes out of a chain, and the accumulator there (the last test's result). */
export interface CaseExit {
  to: number;
  acc: boolean;
}

export interface CaseChain {
  /** The first test's address: the switch replaces the chain's tests there. */
  start: number;
  /** The tested stack slot (as a depth index) and the stack depth at the Eq instructions. */
  slot: number;
  eqDepth: number;
  /** The constants in the order a value equal to none of them is compared with them (first occurrences). */
  keys: number[];
  /** The exit of a value equal to each key. */
  exits: CaseExit[];
  /** The exit of any other value. */
  none: CaseExit;
}

interface Test {
  start: number;
  slot: number;
  depth: number;
  k: number;
  eq: number;
  jump: number;
  jumpIf: boolean;
  target: number;
  fall: number;
}

/** Chains of fewer tests stay as they are (a switch saves little there). */
const MIN_TESTS = 3;

/**
 * The case chains of a function whose instructions are `pcs` (address order), `depth[i]` the
 * stack depth at i, `next(i)` the address after i; `absorbed` receives the addresses of the
 * chains' instructions other than each chain's first instruction (emitted as the switch), `edges` a jump
 * from each chain's start to each of its exits (for the structure plan).
 */
export function findCaseChains(
  code: Int32Array,
  pcs: number[],
  depth: Int32Array | number[],
  next: (i: number) => number,
  absorbed: Set<number>,
  edges: Edge[],
): CaseChain[] {
  const byStart = new Map<number, Test>();
  const byJump = new Map<number, Test>();
  for (const i of pcs) {
    const t = testAt(code, depth, next, i);
    if (t !== null) {
      byStart.set(i, t);
      byJump.set(t.jump, t);
    }
  }
  // most functions have no chain: the jumps are gathered only for those that may
  if (byStart.size < MIN_TESTS) return [];
  const preds = new Map<number, number[]>();
  const prev = new Map<number, number>();
  for (let n = 0; n < pcs.length; n++) {
    const i = pcs[n];
    if (n > 0) prev.set(i, pcs[n - 1]);
    const op = code[i] as Op;
    if (op === Op.Jump || op === Op.JumpIf || op === Op.JumpIfNot || op === Op.Trap) addPred(preds, code[i + 1], i);
    else if (op === Op.JumpTable) for (let k = 0; k <= code[i + 1]; k++) addPred(preds, i + 2 + 2 * k, i);
  }
  const chains: CaseChain[] = [];
  const taken = new Set<Test>();
  for (const s of byStart.values()) {
    if (taken.has(s)) continue;
    const chain = gather(s, byStart, byJump);
    if (chain === null || chain.size < MIN_TESTS || !enclosed(s, chain, preds, prev, code)) continue;
    const c = simulate(s, chain, byStart, byJump);
    if (c === null) continue;
    for (const t of chain) {
      taken.add(t);
      for (let a = t.start; a <= t.jump; a = next(a)) if (a !== s.start) absorbed.add(a);
    }
    for (const e of [...c.exits, c.none]) edges.push({ from: s.start, to: e.to });
    chains.push(c);
  }
  return chains;
}

function addPred(preds: Map<number, number[]>, to: number, from: number): void {
  const l = preds.get(to);
  if (l === undefined) preds.set(to, [from]);
  else l.push(from);
}

/** The test starting at i (load of a slot, Push, AccInt, Eq, JumpIf/JumpIfNot), or null. */
function testAt(code: Int32Array, depth: Int32Array | number[], next: (i: number) => number, i: number): Test | null {
  const op = code[i] as Op;
  const d = depth[i];
  const back = op === Op.AccStack0 ? 0 : op === Op.AccStack1 ? 1 : op === Op.AccStack ? code[i + 1] : -1;
  if (back < 0) return null;
  const push = next(i);
  if (code[push] !== Op.Push) return null;
  const int = push + 1;
  if (code[int] !== Op.AccInt) return null;
  const eq = int + 2;
  if (code[eq] !== Op.Eq) return null;
  const jump = eq + 1;
  const jop = code[jump] as Op;
  if (jop !== Op.JumpIf && jop !== Op.JumpIfNot) return null;
  return { start: i, slot: d - 1 - back, depth: d, k: code[int + 1], eq, jump, jumpIf: jop === Op.JumpIf, target: code[jump + 1], fall: jump + 2 };
}

/** The tests reachable from s through tests of the same slot (forward only), or null. */
function gather(s: Test, byStart: Map<number, Test>, byJump: Map<number, Test>): Set<Test> | null {
  const chain = new Set<Test>([s]);
  const work = [s];
  while (work.length) {
    const t = work.pop()!;
    for (const a of [t.target, t.fall]) {
      const u = byStart.get(a) ?? byJump.get(a);
      if (u === undefined || u.slot !== s.slot || u.depth !== s.depth) continue;
      if (a <= t.jump) return null;
      if (!chain.has(u)) {
        chain.add(u);
        work.push(u);
      }
    }
  }
  return chain;
}

/**
 * Whether only the chain enters its tests (other than s's start): no jump from elsewhere to
 * any of their instructions, and no fall-through into a test from code before it that is
 * not the chain's (the instruction before must end its path: a Jump or a Ret).
 */
function enclosed(s: Test, chain: Set<Test>, preds: Map<number, number[]>, prev: Map<number, number>, code: Int32Array): boolean {
  const jumps = new Set<number>();
  for (const t of chain) jumps.add(t.jump);
  for (const t of chain) {
    for (const a of [t.start, t.eq - 3, t.eq - 2, t.eq, t.jump]) {
      if (a === s.start) continue;
      for (const f of preds.get(a) ?? []) if (!jumps.has(f)) return false;
    }
    if (t === s) continue;
    const p = prev.get(t.start);
    if (p === undefined) return false;
    if (!jumps.has(p) && code[p] !== Op.Jump && code[p] !== Op.Ret) return false;
  }
  return true;
}

/** The chain's keys and exits: the path of each key's value and of a value equal to none. */
function simulate(s: Test, chain: Set<Test>, byStart: Map<number, Test>, byJump: Map<number, Test>): CaseChain | null {
  const run = (x: number | null, order: number[] | null): CaseExit | null => {
    let pos = s.start;
    let acc = false;
    for (let steps = 0; steps <= 2 * chain.size + 2; steps++) {
      const t = byStart.get(pos);
      if (t !== undefined && chain.has(t)) {
        acc = x === t.k;
        if (order !== null) order.push(t.k);
        pos = t.jump;
        continue;
      }
      const u = byJump.get(pos);
      if (u !== undefined && chain.has(u)) {
        pos = acc === u.jumpIf ? u.target : u.fall;
        continue;
      }
      return { to: pos, acc };
    }
    return null;
  };
  const order: number[] = [];
  const none = run(null, order);
  if (none === null || none.to <= s.start) return null;
  const keys: number[] = [];
  const exits: CaseExit[] = [];
  for (const k of order) {
    if (keys.includes(k)) continue;
    const e = run(k, null);
    if (e === null || e.to <= s.start) return null;
    keys.push(k);
    exits.push(e);
  }
  return { start: s.start, slot: s.slot, eqDepth: s.depth + 1, keys, exits, none };
}
