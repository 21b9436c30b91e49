class Main {
  static function p(label:String, v:Dynamic) Sys.println(label + " = " + Std.string(v));

  static function main() {
    p("parseInt", [Std.parseInt("42"), Std.parseInt("-17"), Std.parseInt("0x1F"), Std.parseInt("  12abc"), Std.parseInt("abc"), Std.parseInt(""), Std.parseInt("+5")]);
    p("parseFloat", [Std.parseFloat("3.25"), Std.parseFloat("-1e3"), Std.parseFloat("1.5abc"), Std.parseFloat("abc"), Std.parseFloat(".5"), Std.parseFloat("  2")]);
    p("int", [Std.int(3.9), Std.int(-3.9), Std.int(1e10), Std.int(0.0)]);
    p("string", [Std.string(1), Std.string(1.0), Std.string(0.1 + 0.2), Std.string(1e21), Std.string(-0.0), Std.string(null), Std.string(true)]);
    p("floats", [1 / 3, 2 / 3, 1e-7, 123456789012345.0, 1234567890123456789.0, 0.000123, 100.0, 1.5e300 * 1e10]);
    p("floor/ceil/round", [Math.floor(2.5), Math.ceil(2.1), Math.round(2.5), Math.round(-2.5), Math.round(-0.4), Math.floor(-0.5)]);
    p("ffloor", [Math.ffloor(2.7), Math.fceil(-2.7), Math.fround(2.5)]);
    p("abs/min/max", [Math.abs(-3), Math.abs(-2.5), Math.min(3, 7), Math.max(-1.5, 2), Math.min(1, Math.NaN)]);
    p("sqrt/pow", [Math.sqrt(16), Math.sqrt(2), Math.pow(2, 10), Math.pow(2, 0.5), Math.pow(10, -2)]);
    p("exp/log", [Math.exp(0), Math.exp(1), Math.log(1), Math.log(Math.exp(2))]);
    p("trig", [Math.sin(0), Math.cos(0), Math.atan2(1, 1), Math.PI, Math.atan(1) * 4]);
    p("nan/inf", [Math.isNaN(Math.NaN), Math.isFinite(Math.POSITIVE_INFINITY), Math.isFinite(1.0), Math.NEGATIVE_INFINITY, Math.NaN, 0.0 / 0.0, 1 / 0]);
    p("sqrt(-1)", Math.sqrt(-1));
    p("int ops", [7 % 3, -7 % 3, 7 >> 1, -7 >> 1, -7 >>> 28, 1 << 30, 1 << 31, 0x7fffffff + 1, 65536 * 65536, 123456789 * 987654321]);
    p("int div", [7 / 2, -7 / 2, Std.int(7 / 2)]);
    p("bits", [0xF0 & 0x3C, 0xF0 | 0x0F, 0xFF ^ 0x0F, ~5]);
    var x = 10;
    x += 5; x -= 3; x *= 2; x = x % 7;
    p("compound", x);
    var f = 1.5;
    f *= 4; f /= 3;
    p("float compound", f);
    p("comparisons", [1 < 2, 2.5 >= 2.5, "a" == "a", 1 == 1.0, null == null]);
    p("random range", [for (i in 0...20) Std.random(10)].filter(function(v) return v < 0 || v >= 10).length);
    p("random float", Math.random() < 1.0);
    var r = 0.0;
    for (i in 0...100) r += Math.sqrt(i);
    p("sum sqrt", r);
    p("isOfType", [Std.isOfType(1, Int), Std.isOfType(1.5, Float), Std.isOfType(1, Float), Std.isOfType("s", String), Std.isOfType(null, String)]);
  }
}
