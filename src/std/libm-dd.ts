// Double-double arithmetic and the constants of libm.ts: pi, ln 2 and 2/pi from BigInt
// series, Taylor coefficients, and the atan / 2^x / ln tables, computed once on first use.
//
// Double-double values are passed as (hi, lo) pairs; functions return hi and leave lo in
// T[0], so the hot paths allocate nothing. T[1], T[2] hold a reduced argument.
// (A typed array, since doubles kept in module variables are boxed on every write.)

export const T = new Float64Array(3);

const SPLIT = 134217729; // 2^27 + 1

/** hi + lo = a * b exactly. */
export function prod(a: number, b: number): number {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a), al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b), bl = b - bh;
  T[0] = ah * bh - p + ah * bl + al * bh + al * bl;
  return p;
}

export function add(ah: number, al: number, bh: number, bl: number): number {
  let s = ah + bh;
  let v = s - ah;
  let e = ah - (s - v) + (bh - v);
  const t = al + bl;
  v = t - al;
  const f = al - (t - v) + (bl - v);
  e += t;
  let h = s + e;
  e -= h - s;
  e += f;
  s = h + e;
  T[0] = e - (s - h);
  return s;
}

export function mul(ah: number, al: number, bh: number, bl: number): number {
  const p = prod(ah, bh);
  const e = T[0] + (ah * bl + al * bh);
  const h = p + e;
  T[0] = e - (h - p);
  return h;
}

export function mulD(ah: number, al: number, b: number): number {
  const p = prod(ah, b);
  const e = T[0] + al * b;
  const h = p + e;
  T[0] = e - (h - p);
  return h;
}

export function div(ah: number, al: number, bh: number, bl: number): number {
  const q1 = ah / bh;
  let rh = mulD(bh, bl, q1);
  let rl = T[0];
  rh = add(ah, al, -rh, -rl);
  rl = T[0];
  const q2 = rh / bh;
  let sh = mulD(bh, bl, q2);
  const sl = T[0];
  sh = add(rh, rl, -sh, -sl);
  const q3 = sh / bh;
  let h = q1 + q2;
  const l = q2 - (h - q1);
  return add(h, l, q3, 0);
}

export function sqrt(ah: number, al: number): number {
  if (ah <= 0) {
    T[0] = 0;
    return 0;
  }
  const s = Math.sqrt(ah);
  const p = prod(s, s);
  const r = add(ah, al, -p, -T[0]);
  const c = r / (2 * s);
  const h = s + c;
  T[0] = c - (h - s);
  return h;
}

// ---------------------------------------------------------------- constants

/** Fixed-point precision of the BigInt constants. */
export const FIX = 1400;

/** The doubles whose sum approximates v / 2^scale (v a BigInt), `n` of them. */
export function bigToDoubles(v: bigint, scale: number, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    if (v === 0n) {
      out.push(0);
      continue;
    }
    const neg = v < 0n;
    const a = neg ? -v : v;
    const shift = a.toString(2).length - 53;
    const top = shift > 0 ? a >> BigInt(shift) : a << BigInt(-shift);
    const d = Number(top) * Math.pow(2, shift - scale);
    out.push(neg ? -d : d);
    const back = shift > 0 ? top << BigInt(shift) : top >> BigInt(-shift);
    v = neg ? v + back : v - back;
  }
  return out;
}

function atanInv(n: bigint, one: bigint): bigint {
  let sum = 0n;
  let term = one / n;
  const n2 = n * n;
  for (let k = 0n; term !== 0n; k++) {
    sum += (k & 1n ? -term : term) / (2n * k + 1n);
    term /= n2;
  }
  return sum;
}

export interface Consts {
  pio2: number[]; // 4 parts of pi/2
  pi: number[];
  pio4: number[];
  ln2: number[]; // 3 parts
  twoOverPi: bigint; // 2/pi * 2^FIX
  /** Coefficients as flat [hi, lo, hi, lo...] arrays, highest degree first. */
  sin: Float64Array; // -1/3!, 1/5!, ... (sin r = r + r^3 S(r^2))
  cos: Float64Array; // -1/2!, 1/4!, ... (cos r = 1 + r^2 C(r^2))
  exp: Float64Array; // 1/n!, n = 0..12
  odd: Float64Array; // 1/(2k+1), k = 0..24
  atanTable: Float64Array; // atan(j/16), j = 0..16, as hi/lo pairs
  exp2Table: Float64Array; // 2^(j/64), j = 0..63, as hi/lo pairs
  logTable: Float64Array; // ln(j/64), j = 45..91, as hi/lo pairs at 2 (j - 45)
}

let consts: Consts | null = null;

/** dd pairs of the fractions num_k / den_k (BigInts), highest k first. */
function fractions(terms: [bigint, bigint][]): Float64Array {
  const one = 1n << BigInt(FIX);
  const out = new Float64Array(terms.length * 2);
  terms.reverse().forEach(([num, den], i) => {
    const [h, l] = bigToDoubles((num * one) / den, FIX, 2);
    out[2 * i] = h;
    out[2 * i + 1] = l;
  });
  return out;
}

function factorial(n: number): bigint {
  let f = 1n;
  for (let i = 2n; i <= BigInt(n); i++) f *= i;
  return f;
}

export function C(): Consts {
  if (consts !== null) return consts;
  const one = 1n << BigInt(FIX + 16);
  const p = (16n * atanInv(5n, one) - 4n * atanInv(239n, one)) >> 16n;
  // ln 2 = 2 atanh(1/3)
  const unit = 1n << BigInt(FIX);
  let ln2 = 0n;
  let term = unit / 3n;
  for (let k = 0n; term !== 0n; k++) {
    ln2 += (2n * term) / (2n * k + 1n);
    term /= 9n;
  }
  const sinT: [bigint, bigint][] = [];
  for (let k = 1; k <= 14; k++) sinT.push([k % 2 ? -1n : 1n, factorial(2 * k + 1)]);
  const cosT: [bigint, bigint][] = [];
  for (let k = 1; k <= 14; k++) cosT.push([k % 2 ? -1n : 1n, factorial(2 * k)]);
  const expT: [bigint, bigint][] = [];
  for (let n = 0; n <= 12; n++) expT.push([1n, factorial(n)]);
  const oddT: [bigint, bigint][] = [];
  for (let k = 0; k <= 24; k++) oddT.push([1n, BigInt(2 * k + 1)]);
  consts = {
    pio2: bigToDoubles(p, FIX + 1, 4),
    pi: bigToDoubles(p, FIX, 2),
    pio4: bigToDoubles(p, FIX + 2, 2),
    ln2: bigToDoubles(ln2, FIX, 3),
    twoOverPi: (1n << BigInt(2 * FIX + 1)) / p,
    sin: fractions(sinT),
    cos: fractions(cosT),
    exp: fractions(expT),
    odd: fractions(oddT),
    atanTable: new Float64Array(34),
    exp2Table: new Float64Array(128),
    logTable: new Float64Array(2 * 47),
  };
  // atan(j/16) from its series at 1/16 steps: atan(j/16) = atan((j-1)/16) + atan(1 / (256 + j (j - 1)) * 16)
  const t = consts.atanTable;
  for (let j = 1; j <= 16; j++) {
    // atan(a) - atan(b) = atan((a - b) / (1 + a b)), here (1/16) / (1 + j (j - 1) / 256) = 16 / (256 + j (j - 1))
    let h = div(16, 0, 256 + j * (j - 1), 0);
    let l = T[0];
    h = atanSeries(h, l, 25);
    l = T[0];
    h = add(t[2 * j - 2], t[2 * j - 1], h, l);
    t[2 * j] = h;
    t[2 * j + 1] = T[0];
  }
  // 2^(j/64) = e^(j ln2 / 64) by Taylor on a 256th of the argument, squared back 8 times
  const e2 = consts.exp2Table;
  for (let j = 0; j < 64; j++) {
    let h = prod(j, consts.ln2[0]);
    h = add(h, T[0], j * consts.ln2[1], 0);
    let l = T[0] / (64 * 256);
    h /= 64 * 256;
    h = horner(consts.exp, h, l, 13);
    l = T[0];
    for (let i = 0; i < 8; i++) {
      h = mul(h, l, h, l);
      l = T[0];
    }
    e2[2 * j] = h;
    e2[2 * j + 1] = l;
  }
  // ln(j/64) = 2 atanh((j - 64) / (j + 64)), by the full series
  const lt = consts.logTable;
  for (let j = 45; j <= 91; j++) {
    let sh = div(j - 64, 0, j + 64, 0);
    const sl = T[0];
    const s2 = mul(sh, sl, sh, sl);
    let h = horner(consts.odd, s2, T[0], 25);
    h = mul(h, T[0], sh, sl);
    lt[2 * (j - 45)] = 2 * h;
    lt[2 * (j - 45) + 1] = 2 * T[0];
  }
  return consts;
}

/**
 * Horner evaluation at the dd point x of the dd polynomial `coef` (highest degree first),
 * keeping its n lowest-degree terms.
 */
export function horner(coef: Float64Array, xh: number, xl: number, n: number, nd = n): number {
  const start = coef.length - 2 * n;
  // the high-degree terms, too small to need more than double precision
  const mid = coef.length - 2 * nd;
  let h = coef[start], l = coef[start + 1];
  if (mid > start) {
    for (let i = start + 2; i < mid; i += 2) h = h * xh + coef[i];
    l = 0;
    h = mul(h, 0, xh, xl);
    h = add(h, T[0], coef[mid], coef[mid + 1]);
    l = T[0];
  }
  for (let i = (mid > start ? mid : start) + 2; i < coef.length; i += 2) {
    h = mul(h, l, xh, xl);
    h = add(h, T[0], coef[i], coef[i + 1]);
    l = T[0];
  }
  T[0] = l;
  return h;
}

// ---------------------------------------------------------------- scaling

export const f64 = new Float64Array(1);
export const u32 = new Uint32Array(f64.buffer);

/** (hi + lo) * 2^k rounded once, subnormal and overflowing results included. */
export function scale(hi: number, lo: number, k: number): number {
  if (k > -1000) {
    if (k > 1000) return hi * Math.pow(2, 1000) * Math.pow(2, k - 1000);
    return hi * Math.pow(2, k);
  }
  // possibly subnormal: round (hi + lo) * 2^(k + 1074) to an integer, ties to even
  const e = k + 1074;
  const H = hi * Math.pow(2, e), L = lo * Math.pow(2, e);
  if (!(H < 9007199254740992)) return hi * Math.pow(2, k);
  const fl = Math.floor(H);
  const frac = H - fl + L;
  let n = fl;
  if (frac > 0.5 || (frac === 0.5 && fl % 2 === 1)) n = fl + 1;
  else if (frac < -0.5 || (frac === -0.5 && fl % 2 === 1)) n = fl - 1;
  return n * Math.pow(2, -1074);
}

/** atan of a small dd t by `n` terms of its series, as hi + T[0] (12 suffice for |t| <= 1/32). */
export function atanSeries(th: number, tl: number, n: number): number {
  const c = C();
  const t2h = mul(th, tl, th, tl);
  // atan t = t (1 - t^2/3 + t^4/5 ...): the odd reciprocals with alternating signs
  const t2nh = -t2h, t2nl = -T[0];
  const h = horner(c.odd, t2nh, t2nl, n, n > 12 ? n : 5);
  return mul(h, T[0], th, tl);
}
