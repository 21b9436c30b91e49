// std.ndll seeded random generator (neko libs/std/random.c): a 25-word twisted GFSR. The
// seeds are C `unsigned long`, 64 bits on the Linux x86-64 neko, so a negative seed (sign-
// extended) feeds its high bits into the low ones through the right shifts: both halves of
// each word are kept here so every seed gives neko's sequence.

import { isAnyInt, isIntArg, isKind } from "../builtins/check.js";
import type { BuiltinTable } from "../builtins/table.js";
import type { VM } from "../interp/vm.js";
import { Kind, NekoAbstract, NekoFloat, type Value } from "../value/value.js";

/** neko's k_random. */
export const randomKind = new Kind("random");

const NSEEDS = 25;
const MAX = 7;
const MAGIC = 0x8ebfd028;

const INIT_SEEDS = [
  0x95f24dab, 0x0b685215, 0xe76ccae7, 0xaf3ec239, 0x715fad23, 0x24a590ad, 0x69e4b5ef, 0xbf456141, 0x96bc1b7b,
  0xa7bdf825, 0xc1de75b7, 0x8858a9c9, 0x2da87693, 0xb657f9dd, 0xffdc8a9f, 0x8121da71, 0x8b823ecb, 0x885d05f5,
  0x4e20cd47, 0x5a9ad5d9, 0x512c0c03, 0xea857ccd, 0x4cc1d30f, 0x8891a8a1, 0xa6b7aadb,
];

export class Rnd {
  readonly lo = new Uint32Array(NSEEDS);
  readonly hi = new Uint32Array(NSEEDS);
  cur = 0;

  setSeed(s: number): void {
    this.cur = 0;
    const high = s < 0 ? 0xffffffff : 0;
    for (let i = 0; i < NSEEDS; i++) {
      this.lo[i] = INIT_SEEDS[i] ^ s;
      this.hi[i] = high;
    }
  }

  /** seeds[kk] = seeds[src] ^ (seeds[kk] >> 1) ^ mag01[seeds[kk] % 2], on 64-bit words. */
  private twist(kk: number, src: number): void {
    const lo = this.lo, hi = this.hi;
    const l = lo[kk], h = hi[kk];
    lo[kk] = lo[src] ^ ((l >>> 1) | ((h & 1) << 31)) ^ (l & 1 ? MAGIC : 0);
    hi[kk] = hi[src] ^ (h >>> 1);
  }

  nextInt(): number {
    let pos = this.cur++;
    if (pos >= NSEEDS) {
      let kk = 0;
      for (; kk < NSEEDS - MAX; kk++) this.twist(kk, kk + MAX);
      for (; kk < NSEEDS; kk++) this.twist(kk, kk + (MAX - NSEEDS));
      this.cur = 1;
      pos = 0;
    }
    let y = this.lo[pos];
    y ^= (y << 7) & 0x2b5b2500;
    y ^= (y << 15) & 0xdb8b0000;
    y ^= y >>> 16;
    return y >>> 0;
  }

  nextFloat(): number {
    const big = 4294967296.0;
    const a = this.nextInt();
    const b = this.nextInt();
    const c = this.nextInt();
    return ((a / big + b) / big + c) / big;
  }
}

let instances = 0;

function rnd(v: Value): Rnd | undefined {
  return isKind(v, randomKind) ? (v.data as Rnd) : undefined;
}

export const randomPrimitives: BuiltinTable = {
  random_new: [
    0,
    () => {
      const r = new Rnd();
      // neko mixes the time in microseconds with the process id
      const t = (Date.now() * 1000 + Math.floor(Math.random() * 1000)) % 4294967296;
      r.setSeed((t ^ (++instances * 0x10001)) | 0);
      return new NekoAbstract(randomKind, r);
    },
  ],
  random_set_seed: [
    2,
    (_vm: VM, o: Value, v: Value) => {
      const r = rnd(o);
      if (r === undefined || !isAnyInt(v)) return undefined;
      r.setSeed(v);
      return true;
    },
  ],
  random_int: [
    2,
    (_vm: VM, o: Value, max: Value) => {
      const r = rnd(o);
      if (r === undefined || !isIntArg(max)) return undefined;
      if (max <= 0) return 0;
      return (r.nextInt() & 0x3fffffff) % max;
    },
  ],
  random_float: [
    1,
    (_vm: VM, o: Value) => {
      const r = rnd(o);
      return r === undefined ? undefined : new NekoFloat(r.nextFloat());
    },
  ],
};
