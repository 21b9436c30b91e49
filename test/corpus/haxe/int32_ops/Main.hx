import haxe.Int32;

class Main {
  static function main() {
    var a:Int32 = 0x7FFFFFFF;
    var b:Int32 = a + 1;
    Sys.println(a + " " + b + " " + (b - 1) + " " + (a * 2) + " " + (a * a));
    var m:Int32 = 0x10000;
    Sys.println((m * m) + " " + (m * 0x8000) + " " + (-m * m));
    var x:Int32 = -1;
    Sys.println((x >>> 1) + " " + (x >> 1) + " " + (x << 31) + " " + (x >>> 31) + " " + (1 << 32) + " " + (1 << 33));
    Sys.println((x >>> 0) + " " + (0x80000000 >> 4) + " " + (0x80000000 >>> 4));
    var i:Int = 2147483647;
    i++;
    Sys.println(i);
    i = -2147483648;
    i--;
    Sys.println(i);
    Sys.println((0x12345678 * 0x9ABCDEF) + " " + (123456789 * 987654321));
    Sys.println(((1 << 30) + (1 << 30)) + " " + (-(-2147483648)));
    Sys.println((7 & -8) + " " + (5 | -16) + " " + (0xFF ^ 0x0F) + " " + (~0) + " " + (~0x7FFFFFFF));
    var h = 0;
    for (c in 0..."hash me please".length) h = (h * 31 + "hash me please".charCodeAt(c)) | 0;
    Sys.println(h);
    var h2:Int32 = 0;
    for (c in 0..."hash me please".length) h2 = h2 * 31 + "hash me please".charCodeAt(c);
    Sys.println(h2);
    Sys.println(Std.int(4294967295.0) + " " + Std.int(2147483648.0) + " " + Std.int(-2147483649.0));
    var big:Float = 3000000000;
    Sys.println(big + " " + Std.int(big) + " " + (big / 2));
    Sys.println((-7 >> 1) + " " + (-7 >>> 28) + " " + (-7 % 4) + " " + (7 % -4));
    var k:Int32 = 1;
    for (j in 0...40) k = k * 3;
    Sys.println(k);
    Sys.println(haxe.Int32.ucompare(-1, 1) + " " + haxe.Int32.ucompare(1, 2));
  }
}
