import haxe.Int64;
import haxe.Int32;

class Main {
  static function main() {
    var a:Int32 = 2147483647;
    a = a + 1;
    Sys.println(a);
    var m:Int32 = 123456789;
    Sys.println(m * 1000 + " " + (m << 5) + " " + (m >>> 3));
    var x = Int64.make(0x7FFFFFFF, 0xFFFFFFFF);
    Sys.println(x + " " + Int64.add(x, 1) + " " + Int64.neg(x));
    var y = Int64.ofInt(-5);
    Sys.println(y + " " + Int64.mul(y, Int64.ofInt(1000000000)) + " " + Int64.div(Int64.make(1, 0), 3) + " " + Int64.mod(Int64.make(1, 0), 7));
    Sys.println(Int64.parseString("-9223372036854775808") + " " + Int64.parseString("123456789012345"));
    Sys.println(Int64.toStr(Int64.shl(1, 40)) + " " + Int64.shr(Int64.make(0x80000000, 0), 4) + " " + Int64.ushr(Int64.make(0x80000000, 0), 4));
    Sys.println(Int64.compare(x, y) + " " + Int64.ucompare(x, y) + " " + Int64.eq(x, x) + " " + Int64.isNeg(y) + " " + Int64.isZero(Int64.ofInt(0)));
    Sys.println(Int64.toInt(Int64.ofInt(123)) + " " + x.high + " " + x.low);
    var f = Int64.fromFloat(1e15);
    Sys.println(f + " " + Int64.toStr(f * 3));
    var fact = Int64.ofInt(1);
    for (i in 1...21) fact = fact * i;
    Sys.println("20! = " + fact);
    try {
      Int64.toInt(x);
    } catch (e:Dynamic) {
      Sys.println("overflow: " + e);
    }
    var dm = Int64.divMod(Int64.ofInt(-17), Int64.ofInt(5));
    Sys.println(dm.quotient + " " + dm.modulus);
  }
}
