// Number formatting as neko prints values (vm/others.c: "%d" for ints, "%.15g" for floats).

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

/** True when the float's sign bit is set (also for NaN, which C prints as "-nan"). */
export function signBit(x: number): boolean {
  f64[0] = x;
  return (u32[1] & 0x80000000) !== 0;
}

/** Exact decimal digits of a finite positive double: [digits, exponent] with value = 0.digits * 10^exponent... as integer digits string and power. */
function exactDecimal(x: number): { digits: string; pointPos: number } {
  // x = mant * 2^exp exactly
  f64[0] = x;
  const hi = u32[1], lo = u32[0];
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let exp: number;
  if (bexp === 0) exp = -1074;
  else {
    mant |= 1n << 52n;
    exp = bexp - 1075;
  }
  if (exp >= 0) {
    const s = (mant << BigInt(exp)).toString();
    return { digits: s, pointPos: s.length };
  }
  // mant / 2^-exp = mant * 5^-exp / 10^-exp
  const s = (mant * 5n ** BigInt(-exp)).toString();
  return { digits: s, pointPos: s.length + exp };
}

/** Round x (finite, > 0) to `prec` significant digits: digit string of length prec and decimal exponent. */
function roundSig(x: number, prec: number): { digits: string; exp10: number } {
  // the shortest digits that read back as x: when they are no more than prec, rounding the
  // exact value to prec digits gives them, for prec up to 15 (x lies within half an ulp of
  // them, far closer than to any other 15-digit number; at 16 or 17 digits it may not, nor
  // for subnormal numbers, whose ulp is relatively larger)
  const short = x.toExponential();
  const ms = short.indexOf("e");
  const mant = short.slice(0, ms).replace(".", "");
  if (prec <= 15 && mant.length <= prec && x >= 2.2250738585072014e-308) return { digits: mant.padEnd(prec, "0"), exp10: parseInt(short.slice(ms + 1), 10) };
  const e = x.toExponential(prec - 1);
  let m = e.indexOf("e");
  let digits = e.slice(0, m).replace(".", "");
  let exp10 = parseInt(e.slice(m + 1), 10);
  // JS rounds exact ties upwards; C rounds them to even. A tie needs the exact value to end in 5 at prec+1 digits.
  const e2 = x.toExponential(prec);
  if (e2.charCodeAt(e2.indexOf("e") - 1) === 53 /* '5' */) {
    const { digits: all, pointPos } = exactDecimal(x);
    const trimmed = all.replace(/0+$/, "");
    const lead = trimmed.length - trimmed.replace(/^0+/, "").length;
    const sig = trimmed.slice(lead);
    if (sig.length === prec + 1 && sig.endsWith("5")) {
      let kept = sig.slice(0, prec);
      const lastDigit = kept.charCodeAt(prec - 1) - 48;
      let expOut = pointPos - lead - 1;
      if (lastDigit % 2 === 1) {
        // round up
        let n = BigInt(kept) + 1n;
        kept = n.toString();
        if (kept.length > prec) {
          kept = kept.slice(0, prec);
          expOut++;
        }
      }
      digits = kept;
      exp10 = expOut;
    }
  }
  return { digits, exp10 };
}

/** C printf("%.15g") (or another precision) of a double. */
export function formatG(x: number, prec = 15): string {
  if (x !== x) return signBit(x) ? "-nan" : "nan";
  if (x === Infinity) return "inf";
  if (x === -Infinity) return "-inf";
  if (x === 0) return signBit(x) ? "-0" : "0";
  const neg = x < 0;
  const { digits, exp10 } = roundSig(neg ? -x : x, prec);
  let out: string;
  if (exp10 < prec && exp10 >= -4) {
    if (exp10 >= 0) {
      const intPart = digits.slice(0, exp10 + 1);
      let frac = digits.slice(exp10 + 1).replace(/0+$/, "");
      out = frac.length ? intPart + "." + frac : intPart;
    } else {
      const frac = ("0".repeat(-exp10 - 1) + digits).replace(/0+$/, "");
      out = "0." + frac;
    }
  } else {
    let frac = digits.slice(1).replace(/0+$/, "");
    const ae = Math.abs(exp10);
    out = digits[0] + (frac.length ? "." + frac : "") + (exp10 < 0 ? "e-" : "e+") + (ae < 10 ? "0" + ae : String(ae));
  }
  return neg ? "-" + out : out;
}

/**
 * Neko's formatting of a float value ("%.15g"). On x86 a NaN made by arithmetic has its sign
 * bit set and prints "-nan"; JS does not keep NaN sign bits reliably, so every NaN prints
 * "-nan" except those flagged as parsed from text (strtod("nan") gives a positive NaN).
 */
export function formatFloat(x: number, positiveNaN = false): string {
  if (x !== x) return positiveNaN ? "nan" : "-nan";
  // JS prints the shortest digits that read back as x, in plain notation for 1e-7 <= |x| <
  // 1e21. When they are 15 or fewer, "%.15g" prints the same digits (see roundSig), and in
  // plain notation too for 1e-4 <= |x| < 1e15
  const a = x < 0 ? -x : x;
  if (a >= 1e-4 && a < 1e15) {
    const s = String(x);
    if (significantDigits(s) <= 15) return s;
    const r = roundTo15(s);
    if (r !== null) return r;
  }
  return formatG(x, 15);
}

/**
 * JS's shortest digits s of x (16 or 17 significant, plain notation) rounded to 15, as
 * "%.15g" prints x; null when that needs the exact value. Rounding s gives what rounding x
 * gives unless s ends exactly halfway ("5" or "50" after the 15th digit): a number halfway
 * between x and s would have no more digits than s and be closer to x, and JS picks the
 * closest of the shortest.
 */
function roundTo15(s: string): string | null {
  let seen = 0;
  let cut = -1;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57 || (seen === 0 && c === 48)) continue;
    if (++seen === 15) {
      cut = i + 1;
      break;
    }
  }
  // the digits after the cut (a point may come first: the cut can end the integer part)
  let t = cut;
  if (s.charCodeAt(t) === 46) t++;
  const first = s.charCodeAt(t) - 48;
  const rest = t + 1 < s.length ? s.charCodeAt(t + 1) - 48 : 0;
  if (first === 5 && rest === 0) return null;
  let r: string;
  if (first < 5) r = s.slice(0, cut);
  else {
    // add one at the 15th digit: the 9s before it become 0s, the digit before them grows
    let p = cut - 1;
    while (p >= 0 && (s.charCodeAt(p) === 57 || s.charCodeAt(p) === 46)) p--;
    const zeros = s.slice(p + 1, cut).replace(/9/g, "0");
    if (p < 0 || s.charCodeAt(p) === 45) r = s.slice(0, p + 1) + "1" + zeros;
    else r = s.slice(0, p) + String.fromCharCode(s.charCodeAt(p) + 1) + zeros;
  }
  const point = r.indexOf(".");
  // 15 integer digits rounded up to 16: C switches to exponent notation
  if ((point < 0 ? r.length : point) - (r.charCodeAt(0) === 45 ? 1 : 0) > 15) return null;
  if (point < 0) return r;
  let end = r.length;
  while (r.charCodeAt(end - 1) === 48) end--;
  if (r.charCodeAt(end - 1) === 46) end--;
  return r.slice(0, end);
}

/** The number of significant digits of a number printed by JS in plain notation. */
function significantDigits(s: string): number {
  let n = 0;
  let lead = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) continue; // sign, point
    if (lead && c === 48) continue;
    lead = false;
    n++;
  }
  return n;
}
