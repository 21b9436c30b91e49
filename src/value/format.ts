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
  return formatG(x, 15);
}
