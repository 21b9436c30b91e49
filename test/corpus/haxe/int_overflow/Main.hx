class Main {
  static function main() {
    var a = 1073741823;
    var b = a + 1;
    Sys.println(b + " " + (b * 2) + " " + (b * 4) + " " + (-b - b - 1));
    var x = 1;
    for (i in 0...40) {
      x = x * 3 + 1;
      if (i % 5 == 0) Sys.println(i + ": " + x);
    }
    var h = 0;
    for (c in "hash me please".split("")) h = h * 31 + c.charCodeAt(0);
    Sys.println("hash " + h);
    var m = 0x7fffffff;
    Sys.println((m + m) + " " + (m * m) + " " + (-m - 2) + " " + (m >> 16) + " " + (m >>> 0) + " " + ((m + 1) >>> 1));
    var n:Float = 2147483647;
    Sys.println(n + 1 + " " + Std.int(n + 1) + " " + Std.int(-n - 10));
    var bits = 1;
    for (i in 0...33) bits <<= 1;
    Sys.println(bits);
    Sys.println(0xFFFFFFFF + " " + (0xFFFFFFFF >>> 1) + " " + (-1 >>> 0) + " " + 0x80000000);
    var k = -1073741824;
    Sys.println((k - 1) + " " + (k * -1) + " " + (k / 2) + " " + (k % 7));
    var arr = [for (i in 0...10) i * 0x10000000];
    Sys.println(arr.join(" "));
    var u:UInt = cast 0xB2D05E00;
    Sys.println(u + " " + (u > 5) + " " + (u / 2));
  }
}
