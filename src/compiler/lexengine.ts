// A longest-match lexer engine with the semantics of NekoML's core LexEngine/Lexer, which
// nekoc's lexer is built on: rules are tried all at once, the longest match wins, and on equal
// lengths the earliest rule wins. The regular expression syntax is LexEngine's: literal
// characters, [..] classes with ranges and a leading ^, postfix + * ?, and \ escaping one of
// \ + * ? [ ] -. A '.' is a literal dot.
//
// The automaton is an NFA turned into a DFA lazily (subset construction on demand);
// LexCursor is the state a lexer runs it with.

interface NNode {
  readonly id: number;
  /** Transitions: a 256-entry membership table and the target. */
  trans: { set: Uint8Array; to: NNode }[];
  eps: NNode[];
}

/** A regular expression fragment: entry node, with its exit wired to a given "final" node. */
type Frag = (final: NNode) => NNode;

class NfaBuilder {
  private nextId = 0;
  readonly nodes: NNode[] = [];
  node(): NNode {
    const n: NNode = { id: this.nextId++, trans: [], eps: [] };
    this.nodes.push(n);
    return n;
  }
}

function invalid(re: string): never {
  throw new Error("invalid lexer rule " + JSON.stringify(re));
}

/** Parses a LexEngine regular expression into a list of postfix-decorated atoms. */
function parseRegex(re: string, b: NfaBuilder): Frag {
  type Atom = { set: Uint8Array; op: "" | "+" | "*" | "?" };
  const atoms: Atom[] = [];
  let i = 0;
  const escaped = (): number => {
    if (i >= re.length) invalid(re);
    const c = re[i++];
    if ("\\+*?[]-".includes(c)) return c.charCodeAt(0);
    return invalid(re);
  };
  while (i < re.length) {
    const c = re[i++];
    if (c === "+" || c === "*" || c === "?") {
      const last = atoms[atoms.length - 1];
      if (!last || last.op !== "") invalid(re);
      last.op = c;
      continue;
    }
    const set = new Uint8Array(256);
    if (c === "[") {
      let neg = false;
      if (re[i] === "^") {
        neg = true;
        i++;
      }
      const items: [number, number][] = [];
      let rangeFrom: number | null = null;
      for (;;) {
        if (i >= re.length) invalid(re);
        const ch = re[i++];
        if (ch === "]") {
          if (rangeFrom !== null) invalid(re);
          break;
        } else if (ch === "-") {
          if (rangeFrom !== null) invalid(re);
          const last = items.pop();
          if (last === undefined) items.push([45, 45]);
          else {
            if (last[0] !== last[1]) invalid(re);
            rangeFrom = last[0];
          }
        } else {
          const code = ch === "\\" ? escaped() : ch.charCodeAt(0);
          if (rangeFrom === null) items.push([code, code]);
          else {
            items.push([rangeFrom, code]);
            rangeFrom = null;
          }
        }
      }
      for (const [a, z] of items) for (let k = a; k <= z; k++) set[k] = 1;
      if (neg) for (let k = 0; k < 256; k++) set[k] ^= 1;
    } else if (c === "\\") {
      set[escaped()] = 1;
    } else {
      set[c.charCodeAt(0) & 0xff] = 1;
    }
    atoms.push({ set, op: "" });
  }
  return (final: NNode): NNode => {
    let next = final;
    for (let k = atoms.length - 1; k >= 0; k--) {
      const { set, op } = atoms[k];
      const target = next;
      switch (op) {
        case "": {
          const n = b.node();
          n.trans.push({ set, to: target });
          next = n;
          break;
        }
        case "+": {
          // an: match once, then loop back through n (which may exit)
          const loop = b.node();
          const an = b.node();
          an.trans.push({ set, to: loop });
          loop.eps.push(an, target);
          next = an;
          break;
        }
        case "*": {
          const n = b.node();
          const an = b.node();
          an.trans.push({ set, to: n });
          n.eps.push(an, target);
          next = n;
          break;
        }
        case "?": {
          const n = b.node();
          const an = b.node();
          an.trans.push({ set, to: target });
          n.eps.push(an, target);
          next = n;
          break;
        }
      }
    }
    return next;
  };
}

interface DState {
  /** Index of the first rule accepting in this state, or -1. */
  readonly accept: number;
  readonly nodes: readonly NNode[];
  /** Next state per byte: -2 unknown, -1 dead. */
  readonly next: Int32Array;
}

/** The DFA of an ordered list of rules. State 0 is the initial state. */
export class LexTable {
  private readonly states: DState[] = [];
  private readonly byKey = new Map<string, number>();
  private readonly finals: Map<NNode, number>;

  constructor(rules: readonly string[]) {
    const b = new NfaBuilder();
    const starts: NNode[] = [];
    this.finals = new Map();
    rules.forEach((r, idx) => {
      const final = b.node();
      this.finals.set(final, idx);
      starts.push(parseRegex(r, b)(final));
    });
    this.intern(starts);
  }

  private closure(seed: readonly NNode[]): NNode[] {
    const seen = new Set<NNode>();
    const stack = [...seed];
    while (stack.length) {
      const n = stack.pop()!;
      if (seen.has(n)) continue;
      seen.add(n);
      for (const e of n.eps) stack.push(e);
    }
    return [...seen].sort((a, b) => a.id - b.id);
  }

  private intern(seed: readonly NNode[]): number {
    const nodes = this.closure(seed);
    if (nodes.length === 0) return -1;
    const key = nodes.map((n) => n.id).join(",");
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    let accept = -1;
    for (const n of nodes) {
      const r = this.finals.get(n);
      if (r !== undefined && (accept === -1 || r < accept)) accept = r;
    }
    const id = this.states.length;
    this.states.push({ accept, nodes, next: new Int32Array(256).fill(-2) });
    this.byKey.set(key, id);
    return id;
  }

  accept(state: number): number {
    return this.states[state].accept;
  }

  step(state: number, c: number): number {
    const s = this.states[state];
    let n = s.next[c];
    if (n === -2) {
      const targets: NNode[] = [];
      for (const node of s.nodes) for (const t of node.trans) if (t.set[c]) targets.push(t.to);
      n = targets.length ? this.intern(targets) : -1;
      s.next[c] = n;
    }
    return n;
  }
}

/**
 * A lexer's running state over its source (NekoML's Lexer): token start and read
 * positions, the line count, the current token; scan() runs a table from the read
 * position. nekoc's lexer and its doc lexer extend it.
 */
export class LexCursor {
  /** Start of the next token (NekoML's l.pos). */
  protected pos = 0;
  /** Read position; only differs from pos after an unfinished token at end of input. */
  protected rpos = 0;
  protected carriage = false;
  protected current = "";

  constructor(
    protected readonly src: string,
    protected line: number,
  ) {}

  /** Count a character read: \n ends a line, and so does \r (once with a \n after it). */
  protected incLine(c: number): void {
    if (c === 13) this.carriage = true;
    else if (c === 10 || this.carriage) {
      this.carriage = false;
      this.line++;
    }
  }

  /** Runs the automaton from the read position; returns the rule matched, or -1. */
  protected scan(tbl: LexTable): number {
    const src = this.src;
    const start = this.rpos;
    let state = 0;
    let n = 0;
    let lastN = 0;
    let lastRule = -1;
    for (;;) {
      if (start + n >= src.length) {
        // end of input: the whole rest is the token if its state accepts, else nothing
        // (and the characters read stay consumed)
        if (n > 0) {
          lastN = n;
          lastRule = tbl.accept(state);
        }
        if (lastRule === -1) {
          this.current = "";
          this.rpos = src.length;
          return -1;
        }
        break;
      }
      const next = tbl.step(state, src.charCodeAt(start + n) & 0xff);
      const e = tbl.accept(state);
      if (e !== -1) {
        lastN = n;
        lastRule = e;
      }
      if (next === -1) {
        if (lastRule === -1) {
          this.current = "";
          return -1;
        }
        break;
      }
      state = next;
      n++;
    }
    this.current = src.substr(start, lastN);
    this.pos = start + lastN;
    this.rpos = this.pos;
    for (let i = 0; i < lastN; i++) this.incLine(this.current.charCodeAt(i));
    return lastRule;
  }
}
