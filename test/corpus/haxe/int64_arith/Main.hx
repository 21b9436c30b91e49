import haxe.Int64;
using haxe.Int64;

class Main {
  static function main() {
    var vals = [Int64.make(0, 0), Int64.make(0, 1), Int64.make(-1, -1), Int64.make(0x7FFFFFFF, -1), Int64.make(0x80000000, 0), Int64.ofInt(123456789), Int64.parseString("-9876543210123"), Int64.parseString("1000000000000000000")];
    for (v in vals) Sys.println(Std.string(v) + " hi=" + v.high + " lo=" + v.low + " neg=" + v.isNeg() + " zero=" + v.isZero());
    ops();
    errors();
    misc();
  }

  static function ops() {
    var a = Int64.parseString("123456789012345");
    var b = Int64.parseString("-987654321");
    Sys.println((a + b) + " " + (a - b) + " " + (a * b) + " " + (a / b) + " " + (a % b));
    Sys.println((b / Int64.ofInt(7)) + " " + (b % Int64.ofInt(7)) + " " + (-a) + " " + (~a));
    Sys.println((a << 3) + " " + (a >> 3) + " " + (b >> 5) + " " + (b >>> 5) + " " + (a << 64) + " " + (a << 63));
    Sys.println((a & b) + " " + (a | b) + " " + (a ^ b));
    Sys.println((a > b) + " " + (a < b) + " " + (a == Int64.parseString("123456789012345")) + " " + (a != b) + " " + (a >= a) + " " + (b <= a));
    Sys.println(Int64.compare(a, b) + " " + Int64.ucompare(a, b) + " " + Int64.compare(b, b));
    var dm = Int64.divMod(Int64.ofInt(-17), Int64.ofInt(5));
    Sys.println(dm.quotient + " " + dm.modulus);
  }

  static function errors() {
    var a = Int64.parseString("123456789012345");
    var max = Int64.make(0x7FFFFFFF, 0xFFFFFFFF);
    Sys.println((max + 1) + " " + (max * 2) + " " + Int64.toInt(Int64.ofInt(-5)));
    try {
      Int64.toInt(max);
    } catch (e:Dynamic) {
      Sys.println("overflow: " + e);
    }
    try {
      a / Int64.ofInt(0);
    } catch (e:Dynamic) {
      Sys.println("div zero: " + e);
    }
    for (s in ["0", "-0", "9223372036854775807", "-9223372036854775808", "12abc", "", "9223372036854775808"]) {
      try {
        Sys.println("parse " + s + " = " + Int64.parseString(s));
      } catch (e:Dynamic) {
        Sys.println("parse " + s + " failed: " + e);
      }
    }
  }

  static function misc() {
    Sys.println(Int64.fromFloat(1e15) + " " + Int64.fromFloat(-123.9) + " " + Int64.fromFloat(4294967296.0));
    var x = Int64.ofInt(1);
    for (i in 0...62) x = x * 2;
    Sys.println(x + " " + x.toStr());
    var i = Int64.ofInt(5);
    i++;
    i += 10;
    Sys.println(i + " " + Int64.is(i) + " " + Int64.isInt64(i) + " " + (Int64.ofInt(3) * 7));
    Sys.println(Int64.toStr(Int64.neg(Int64.make(0x80000000, 0))));
  }
}
