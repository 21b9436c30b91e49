// Structured control flow for the fast tier: turns the jumps of a function's bytecode into
// JS labelled blocks and loops, so V8 sees real loops instead of a dispatch switch.
//
// A backward jump to t makes t a loop header: `l<t>: for (;;) { ... }` spans t up to the last
// jump back to it. A forward jump to t is `break b<t>` out of a block `b<t>: { ... }` that
// ends just before t and starts at the header of the innermost loop holding t (or at the
// function's entry). nekoc's code (and Haxe's) nests that way; when a function's jumps do not
// (or it has exception handlers), planStructure returns null and the translator falls back
// to a switch over basic blocks.

import { Op } from "../bytecode/opcodes.js";

export interface Construct {
  kind: "loop" | "block";
  /** First instruction inside, and the first address after it. */
  start: number;
  end: number;
  /** The jump target it serves: the loop header, or the instruction after the block. */
  target: number;
}

export interface StructurePlan {
  /** Constructs opening at an address, outermost first. */
  opens: Map<number, Construct[]>;
  /** Constructs, for closing: every construct ends at its `end`. */
  all: Construct[];
  /** JumpTable slots (Jump instructions) folded into their table's switch. */
  absorbed: Set<number>;
}

/** An edge of the control flow graph: a jump from `from` to `to`. */
export interface Edge {
  from: number;
  to: number;
}

/**
 * Plan the constructs of a function whose instructions are `pcs` (sorted addresses),
 * `next(i)` the address after instruction i; `folded` instructions are left out and `extra`
 * jumps added (case chains: switches.ts). Null when the jumps do not nest.
 */
export function planStructure(
  code: Int32Array,
  pcs: number[],
  next: (i: number) => number,
  entry: number,
  selfTail: number[],
  folded: ReadonlySet<number> = new Set(),
  extra: readonly Edge[] = [],
): StructurePlan | null {
  const edges: Edge[] = [...extra];
  // instructions folded into a switch (a case chain, switches.ts) are not emitted
  const absorbed = new Set<number>(folded);
  for (const i of pcs) {
    if (folded.has(i)) continue;
    const op = code[i] as Op;
    if (op === Op.Jump || op === Op.JumpIf || op === Op.JumpIfNot) {
      if (!absorbed.has(i)) edges.push({ from: i, to: code[i + 1] });
    } else if (op === Op.JumpTable) {
      const n = code[i + 1];
      for (let k = 0; k < n; k++) {
        const slot = i + 2 + 2 * k;
        absorbed.add(slot);
        edges.push({ from: i, to: code[slot + 1] });
      }
    } else if (op === Op.Trap) return null;
  }
  for (const p of selfTail) edges.push({ from: p, to: entry });
  const first = pcs[0];
  const last = pcs[pcs.length - 1];
  // a table slot must be reached only from its table
  for (const e of edges) if (absorbed.has(e.to)) return null;

  // loops: header -> last back edge
  const loopEnd = new Map<number, number>();
  for (const e of edges) {
    if (e.to > e.from) continue;
    if (e.to < first) return null;
    const prev = loopEnd.get(e.to);
    if (prev === undefined || e.from > prev) loopEnd.set(e.to, e.from);
  }
  const loops: Construct[] = [...loopEnd].map(([h, p]) => ({ kind: "loop", start: h, end: next(p), target: h }));
  if (!allNested(loops)) return null;

  // blocks: target -> from the header of the innermost loop strictly around it
  const blockStart = new Map<number, number>();
  for (const e of edges) {
    if (e.to <= e.from) continue;
    const t = e.to;
    if (t > last + 1) return null;
    if (!blockStart.has(t)) {
      let s = first;
      let size = Infinity;
      for (const l of loops)
        if (l.start < t && t < l.end && l.end - l.start < size) {
          s = l.start;
          size = l.end - l.start;
        }
      blockStart.set(t, s);
    }
    if (e.from < blockStart.get(t)!) return null;
  }
  const blocks: Construct[] = [...blockStart].map(([t, s]) => ({ kind: "block", start: s, end: t, target: t }));
  const all = [...loops, ...blocks];
  if (!allNested(all)) return null;

  const opens = new Map<number, Construct[]>();
  const sorted = [...all].sort((a, b) => a.start - b.start || b.end - a.end || (a.kind === b.kind ? 0 : a.kind === "block" ? -1 : 1));
  for (const c of sorted) {
    if (c.start >= c.end) return null;
    let l = opens.get(c.start);
    if (!l) opens.set(c.start, (l = []));
    l.push(c);
  }
  return { opens, all, absorbed };
}

/**
 * Whether every two constructs are disjoint or one inside the other. In order of start
 * (the longer first on a tie), each construct must end within the innermost construct still
 * open where it starts: a stack of open ends, O(n log n) rather than comparing all pairs
 * (a Haxe switch makes hundreds of blocks, and this runs before V8 has optimised it).
 */
function allNested(cs: Construct[]): boolean {
  const sorted = [...cs].sort((a, b) => a.start - b.start || b.end - a.end);
  const ends: number[] = [];
  for (const c of sorted) {
    while (ends.length > 0 && ends[ends.length - 1] <= c.start) ends.pop();
    if (ends.length > 0 && c.end > ends[ends.length - 1]) return false;
    ends.push(c.end);
  }
  return true;
}
