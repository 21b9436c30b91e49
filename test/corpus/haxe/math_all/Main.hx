class Main {
  static function p(label:String, v:Dynamic) Sys.println(label + " " + v);

  static function main() {
    p("PI", Math.PI);
    p("consts", Math.POSITIVE_INFINITY + " " + Math.NEGATIVE_INFINITY + " " + Math.NaN);
    p("isNaN", Math.isNaN(Math.NaN) + " " + Math.isNaN(1) + " " + Math.isFinite(Math.POSITIVE_INFINITY) + " " + Math.isFinite(0));
    var xs = [0.0, 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 1.4999, 2.75, -2.75, 1e10 + 0.5, -7.0];
    for (x in xs)
      p("r " + x, Math.round(x) + " " + Math.floor(x) + " " + Math.ceil(x) + " " + Math.fround(x) + " " + Math.ffloor(x) + " " + Math.fceil(x));
    p("abs", Math.abs(-3) + " " + Math.abs(3.5) + " " + Math.abs(-0.0) + " " + Math.abs(Math.NEGATIVE_INFINITY));
    p("min/max", Math.min(1, 2) + " " + Math.max(1, 2) + " " + Math.min(-0.0, 0.0) + " " + Math.max(Math.NaN, 1) + " " + Math.min(1, Math.NaN));
    p("sqrt", Math.sqrt(2) + " " + Math.sqrt(-1) + " " + Math.sqrt(0) + " " + Math.sqrt(1e100));
    p("pow", Math.pow(2, 10) + " " + Math.pow(2, 0.5) + " " + Math.pow(-8, 1 / 3) + " " + Math.pow(0, 0) + " " + Math.pow(10, -3) + " " + Math.pow(2, 1024));
    p("exp/log", Math.exp(1) + " " + Math.exp(0) + " " + Math.log(10) + " " + Math.log(0) + " " + Math.log(-1) + " " + Math.exp(710));
    p("trig", Math.sin(1) + " " + Math.cos(1) + " " + Math.tan(1) + " " + Math.sin(Math.PI) + " " + Math.cos(Math.PI));
    p("atrig", Math.asin(0.5) + " " + Math.acos(0.5) + " " + Math.atan(1) + " " + Math.asin(2));
    p("atan2", Math.atan2(1, 1) + " " + Math.atan2(-1, -1) + " " + Math.atan2(0, -1) + " " + Math.atan2(-0.0, -1) + " " + Math.atan2(1, 0));
    p("float print", 0.1 + 0.2);
    p("float print", 1 / 3);
    p("float print", 1e21 + " " + 1e-7 + " " + 123456789.123 + " " + 1e15 + " " + 1e16 + " " + 1.5e300 + " " + 5e-324);
    p("float print", 100.0 + " " + -0.0 + " " + 2.0e-5 + " " + 0.0001 + " " + 12345678901234567890.0);
    p("int ops", (7 / 2) + " " + (7 % 3) + " " + (-7 % 3) + " " + (7.5 % 2) + " " + (-7.5 % 2) + " " + (1 / 0) + " " + (-1 / 0));
    p("int div", Std.int(7 / 2) + " " + Std.int(-7 / 2) + " " + (0 / 0));
    p("mixed", (1 + 2.5) + " " + (3 * 1.0) + " " + (10 - 0.25) + " " + (2147483647 + 1) + " " + (2147483647.0 + 1));
    p("cmp nan", (Math.NaN == Math.NaN) + " " + (Math.NaN < 1) + " " + (Math.NaN > 1) + " " + (Math.NaN != Math.NaN));
    var big = 1.0;
    for (i in 0...20) big *= 10;
    p("big", big + " " + Std.int(1e5 * 3));
  }
}
