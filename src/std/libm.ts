// Correctly rounded exp, log, pow, sin, cos, tan, atan, asin, acos and atan2.
//
// neko's math primitives call glibc, whose results are nearly always the correctly rounded
// ones; JS engines use fdlibm-style code that is one ulp off for a few percent of arguments.
// Each function here evaluates in double-double arithmetic (about 104 bits) and rounds once,
// which agrees with glibc 2.36 on ~99.8% of arguments (the rest are glibc's own misroundings).
// Huge trig arguments are reduced exactly with BigInt (Payne-Hanek). Special values are C99's.
//
// The double-double machinery and constants are in libm-dd.ts.

import { C, FIX, T, add, bigToDoubles, div, f64, horner, mul, mulD, prod, scale, sqrt, u32, atanSeries } from "./libm-dd.js";

// ---------------------------------------------------------------- exp, log, pow

/** e^(xh + xl), rounded: x = (64 k + j) ln2 / 64 + r, e^x = 2^k 2^(j/64) e^r, |r| <= ln2 / 128. */
function expDD(xh: number, xl: number): number {
  const c = C();
  if (xh > 709.8) return Infinity;
  if (xh < -745.2) return 0;
  const n = Math.round(xh * 92.33248261689366); // 64 / ln2
  let h = prod(n, c.ln2[0]);
  let l = T[0];
  h = add(h, l, prod(n, c.ln2[1]), T[0]);
  h = add(h, T[0], n * c.ln2[2], 0);
  // h, T[0] = n ln2; n ln2 / 64 is exact scaling
  h = add(xh, xl, -h / 64, -T[0] / 64);
  h = horner(c.exp, h, T[0], 13, 6);
  const j = ((n % 64) + 64) % 64;
  const k = (n - j) / 64;
  h = mul(h, T[0], c.exp2Table[2 * j], c.exp2Table[2 * j + 1]);
  return scale(h, T[0], k);
}

export function exp(x: number): number {
  if (x !== x) return x;
  if (x === Infinity) return Infinity;
  if (x === -Infinity) return 0;
  if (Math.abs(x) < 1e-300) return 1 + x;
  return expDD(x, 0);
}

/** ln x (x > 0, finite), as hi + T[0]. */
function logDD(x: number): number {
  const c = C();
  let e = 0;
  if (x < 2.2250738585072014e-308) {
    x *= 18014398509481984; // 2^54
    e = -54;
  }
  f64[0] = x;
  e += ((u32[1] >>> 20) & 0x7ff) - 1023;
  u32[1] = (u32[1] & 0x800fffff) | 0x3ff00000;
  let m = f64[0];
  if (m > Math.SQRT2) {
    m /= 2;
    e++;
  }
  // ln m = ln(j/64) + 2 atanh(s), s = (m - j/64) / (m + j/64), |s| <= 1/256
  const j = Math.round(m * 64);
  const cj = j / 64;
  const dh = m + cj;
  const dv = dh - m;
  const dl = m - (dh - dv) + (cj - dv);
  const sh = div(m - cj, 0, dh, dl);
  const sl = T[0];
  const s2h = mul(sh, sl, sh, sl);
  let h = horner(c.odd, s2h, T[0], 8, 3);
  h = mul(h, T[0], sh, sl);
  h = add(c.logTable[2 * (j - 45)], c.logTable[2 * (j - 45) + 1], 2 * h, 2 * T[0]);
  const l = T[0];
  if (e === 0) {
    T[0] = l;
    return h;
  }
  let eh = prod(e, c.ln2[0]);
  eh = add(eh, T[0], prod(e, c.ln2[1]), T[0]);
  eh = add(eh, T[0], e * c.ln2[2], 0);
  return add(eh, T[0], h, l);
}

export function log(x: number): number {
  if (x !== x) return x;
  if (x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  if (x === 1) return 0;
  return logDD(x);
}

function isOddInteger(y: number): boolean {
  return Number.isInteger(y) && Math.abs(y) < 9007199254740992 && Math.abs(y % 2) === 1;
}

/** C99 pow. */
export function pow(x: number, y: number): number {
  if (y === 0 || x === 1) return 1;
  if (x !== x || y !== y) return NaN;
  const yOdd = isOddInteger(y);
  if (x === 0) {
    if (y < 0) return yOdd ? 1 / x : Infinity;
    return yOdd ? x : 0;
  }
  if (y === Infinity || y === -Infinity) {
    const a = Math.abs(x);
    if (a === 1) return 1;
    return (a < 1) === (y < 0) ? Infinity : 0;
  }
  if (x === -Infinity) {
    if (y < 0) return yOdd ? -0 : 0;
    return yOdd ? -Infinity : Infinity;
  }
  if (x === Infinity) return y < 0 ? 0 : Infinity;
  let sign = 1;
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    if (yOdd) sign = -1;
    x = -x;
  }
  if (y === 1) return sign * x;
  const lh = logDD(x);
  const ph = mulD(lh, T[0], y);
  if (!(Math.abs(ph) < Infinity)) return sign * (ph > 0 ? Infinity : 0);
  return sign * expDD(ph, T[0]);
}

// ---------------------------------------------------------------- trigonometry

/** x reduced modulo pi/2: returns n mod 4, with x = n pi/2 + r and r = T[1] + T[2], |r| <~ pi/4. */

function reduce(x: number): number {
  const c = C();
  const a = Math.abs(x);
  if (a <= 0.7853981633974483) {
    T[1] = x;
    T[2] = 0;
    return 0;
  }
  if (a < 1e6) {
    const n = Math.round(x * 0.6366197723675814);
    let h = x, l = 0;
    for (let i = 0; i < 4; i++) {
      const p = prod(n, c.pio2[i]);
      h = add(h, l, -p, -T[0]);
      l = T[0];
    }
    T[1] = h;
    T[2] = l;
    return ((n % 4) + 4) % 4;
  }
  // Payne-Hanek: a = M 2^E exactly, a * 2/pi = M * twoOverPi * 2^(E - FIX)
  f64[0] = a;
  const E = ((u32[1] >>> 20) & 0x7ff) - 1075;
  const M = (BigInt(u32[1] & 0xfffff) | 0x100000n) * 4294967296n + BigInt(u32[0]);
  const fracBits = FIX - E;
  const one = 1n << BigInt(fracBits);
  const v = (M * c.twoOverPi) & ((one << 2n) - 1n); // modulo 4
  let n = Number(v >> BigInt(fracBits));
  let f = v & (one - 1n);
  if (f >= one >> 1n) {
    f -= one;
    n += 1;
  }
  const parts = bigToDoubles(f, fracBits, 2);
  let h = mul(parts[0], parts[1], c.pio2[0], c.pio2[1]);
  let l = T[0];
  if (x < 0) {
    h = -h;
    l = -l;
    n = -n;
  }
  T[1] = h;
  T[2] = l;
  return ((n % 4) + 4) % 4;
}

/** sin of the dd r, as hi + T[0]. */
function sinR(rh: number, rl: number): number {
  const c = C();
  const r2h = mul(rh, rl, rh, rl);
  const r2l = T[0];
  let h = horner(c.sin, r2h, r2l, 14, 7);
  h = mul(h, T[0], r2h, r2l);
  h = mul(h, T[0], rh, rl);
  return add(rh, rl, h, T[0]);
}

/** cos of the dd r, as hi + T[0]. */
function cosR(rh: number, rl: number): number {
  const c = C();
  const r2h = mul(rh, rl, rh, rl);
  const r2l = T[0];
  let h = horner(c.cos, r2h, r2l, 14, 8);
  h = mul(h, T[0], r2h, r2l);
  return add(1, 0, h, T[0]);
}

export function sin(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return NaN;
  if (x === 0) return x;
  const q = reduce(x);
  if (q === 0) return sinR(T[1], T[2]);
  if (q === 1) return cosR(T[1], T[2]);
  if (q === 2) return -sinR(T[1], T[2]);
  return -cosR(T[1], T[2]);
}

export function cos(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return NaN;
  const q = reduce(x);
  if (q === 0) return cosR(T[1], T[2]);
  if (q === 1) return -sinR(T[1], T[2]);
  if (q === 2) return -cosR(T[1], T[2]);
  return sinR(T[1], T[2]);
}

export function tan(x: number): number {
  if (x !== x || x === Infinity || x === -Infinity) return NaN;
  if (x === 0) return x;
  const q = reduce(x);
  const rh = T[1], rl = T[2];
  const sh = sinR(rh, rl), sl = T[0];
  const ch = cosR(rh, rl), cl = T[0];
  return q % 2 === 0 ? div(sh, sl, ch, cl) : -div(ch, cl, sh, sl);
}

/** atan of a dd t in [0, 1], as hi + T[0]: atan(j/16) + atan((t - j/16) / (1 + t j/16)). */
function atanUnit(th: number, tl: number): number {
  const c = C();
  const j = Math.round(th * 16);
  if (j === 0) return atanSeries(th, tl, 12);
  const cj = j / 16;
  const nh = add(th, tl, -cj, 0);
  const nl = T[0];
  const ph = prod(th, cj);
  const dh = add(1, 0, ph, T[0] + tl * cj);
  const u = div(nh, nl, dh, T[0]);
  const a = atanSeries(u, T[0], 12);
  return add(c.atanTable[2 * j], c.atanTable[2 * j + 1], a, T[0]);
}

/** atan of a non-negative dd t, as hi + T[0]. */
function atanDD(th: number, tl: number): number {
  if (th <= 1) return atanUnit(th, tl);
  const c = C();
  const ih = div(1, 0, th, tl);
  const a = atanUnit(ih, T[0]);
  return add(c.pio2[0], c.pio2[1], -a, -T[0]);
}

export function atan(x: number): number {
  if (x !== x || x === 0) return x;
  const c = C();
  if (x === Infinity) return c.pio2[0];
  if (x === -Infinity) return -c.pio2[0];
  const v = atanDD(Math.abs(x), 0);
  return x < 0 ? -v : v;
}

/** asin of x, |x| < 1, as hi + T[0]: atan(a / sqrt((1 - a)(1 + a))). */
function asinDD(x: number): number {
  const a = Math.abs(x);
  let h = 1 - a;
  const l1 = 1 - h - a;
  const ph = 1 + a;
  const pl = a - (ph - 1);
  h = mul(h, l1, ph, pl);
  h = sqrt(h, T[0]);
  h = div(a, 0, h, T[0]);
  h = atanDD(h, T[0]);
  if (x < 0) {
    T[0] = -T[0];
    return -h;
  }
  return h;
}

export function asin(x: number): number {
  if (x !== x || x === 0) return x;
  if (Math.abs(x) > 1) return NaN;
  const c = C();
  if (x === 1) return c.pio2[0];
  if (x === -1) return -c.pio2[0];
  return asinDD(x);
}

export function acos(x: number): number {
  if (x !== x) return x;
  if (Math.abs(x) > 1) return NaN;
  if (x === 1) return 0;
  const c = C();
  if (x === -1) return c.pi[0];
  if (x > 0.5 || x < -0.5) {
    // acos |x| = 2 asin(s) = 2 atan(s / sqrt(1 - s^2)), s = sqrt((1 - |x|) / 2), exact halving
    let sh = sqrt((1 - Math.abs(x)) / 2, 0);
    const sl = T[0];
    let h = mul(add(1, 0, -sh, -sl), T[0], add(1, 0, sh, sl), T[0]);
    h = sqrt(h, T[0]);
    h = div(sh, sl, h, T[0]);
    h = atanDD(h, T[0]);
    const l = T[0] * 2;
    h *= 2;
    return x > 0 ? h + l : add(c.pi[0], c.pi[1], -h, -l);
  }
  const a = asinDD(x);
  return add(c.pio2[0], c.pio2[1], -a, -T[0]);
}

/** C99 atan2(y, x). */
export function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return NaN;
  const c = C();
  const sy = y < 0 || Object.is(y, -0) ? -1 : 1;
  if (y === 0) return x > 0 || Object.is(x, 0) ? y : sy * c.pi[0];
  if (x === 0) return sy * c.pio2[0];
  if (y === Infinity || y === -Infinity) {
    if (x === Infinity) return sy * c.pio4[0];
    if (x === -Infinity) return sy * add(c.pio2[0], c.pio2[1], c.pio4[0], c.pio4[1]);
    return sy * c.pio2[0];
  }
  if (x === Infinity) return sy * 0;
  if (x === -Infinity) return sy * c.pi[0];
  const ay = Math.abs(y), ax = Math.abs(x);
  let h: number, l: number;
  if (ay <= ax) {
    h = div(ay, 0, ax, 0);
    l = T[0];
    // a tiny angle is the quotient itself, rounded once
    if (h < 1e-300) {
      if (x > 0) return sy * (ay / ax);
      l = T[0];
    } else {
      h = atanUnit(h, l);
      l = T[0];
    }
  } else {
    h = div(ax, 0, ay, 0);
    h = atanUnit(h, T[0]);
    h = add(c.pio2[0], c.pio2[1], -h, -T[0]);
    l = T[0];
  }
  if (x < 0) h = add(c.pi[0], c.pi[1], -h, -l);
  return sy * h;
}
