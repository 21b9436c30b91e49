class Main {
  static function main() {
    var vals:Array<Float> = [0, 1, -1, 0.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 10, 100, 1e5, 1e6, 1e7, 1e14, 1e15, 1e16, 1e17, 1e20, 1e21, 1e22, 1e100, 1e300, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308, 1e-4, 1e-5, 1e-6, 1e-7, 123.456, -123.456e10, 3.14159265358979, 2.718281828459045, 9007199254740992, 9007199254740993, 4294967296, 2147483648, -2147483649, 0.000123456789, 123456789012345.6, 1234567890123456.7, 99999999999999.99, 0.1 + 0.2, 1.1 * 1.1, 100 / 3, 1e15 / 3, 255 / 256];
    for (v in vals) Sys.println(v + " | " + Std.string(-v) + " | " + Std.int(v % 1000) + " | " + haxe.Json.stringify(v));
    Sys.println(Math.POSITIVE_INFINITY + " " + Math.NEGATIVE_INFINITY + " " + Math.NaN + " " + (-Math.NaN));
    var f:Float = 1;
    for (i in 0...30) {
      f *= 7.3;
      Sys.print(f + " ");
    }
    Sys.println("");
    f = 1;
    for (i in 0...30) {
      f /= 7.3;
      Sys.print(f + " ");
    }
    Sys.println("");
    Sys.println(Std.parseFloat("0.1") == 0.1);
    Sys.println((0.1 * 3) + " " + (0.7 + 0.1) + " " + (4.35 * 100) + " " + (1.005 * 1000));
    Sys.println(Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(0.49999999999999994) + " " + Math.floor(-0.5) + " " + Math.ceil(-0.5));
    var i:Int = 1 << 30;
    var fi:Float = i * 4.0;
    Sys.println(fi + " " + (i * 4) + " " + (fi / 3));
  }
}
