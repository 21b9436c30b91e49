class Main {
  static function main() {
    var edge = [0x3FFFFFFF, 0x40000000, -0x40000000, -0x40000001, 0x7FFFFFFF, -0x7FFFFFFF - 1];
    for (v in edge) Sys.println(v + " " + (v + 1) + " " + (v - 1) + " " + (v * 2) + " " + (v >> 1) + " " + (v >>> 1) + " " + (v << 1) + " " + (v & 0xFFFF) + " " + (v | 1) + " " + (v ^ -1) + " " + -v);
    var a = 0x3FFFFFFF;
    a++;
    Sys.println(a + " " + (a == 0x40000000) + " " + (a > 0x3FFFFFFF) + " " + (a < 0) + " " + Std.string(a));
    var arr = [for (i in 0...3) i];
    var big = 1073741824;
    Sys.println(arr[big - 1073741823] + " " + (big % 7) + " " + Std.int(big / 3) + " " + (big * 1.0));
    var m = new Map<Int, String>();
    m.set(1073741824, "big");
    m.set(-1073741825, "negbig");
    m.set(2147483647, "max");
    Sys.println(m.get(1073741824) + " " + m.get(-1073741825) + " " + m.get(0x7FFFFFFF) + " " + m.exists(1073741823));
    var keys = [for (k in m.keys()) k];
    keys.sort(Reflect.compare);
    Sys.println(keys);
    var s = 0;
    for (i in 0...100) s += 0x1000000;
    Sys.println(s);
    var h = 5381;
    for (c in "a fairly long string to hash with djb2".split("")) h = ((h << 5) + h) + c.charCodeAt(0);
    Sys.println(h);
    var d:Dynamic = 1073741824;
    Sys.println(Std.isOfType(d, Int) + " " + Type.typeof(d) + " " + (d + 0.5));
    Sys.println(haxe.Serializer.run([1073741824, -1073741825, 0x7FFFFFFF]));
    Sys.println(haxe.Json.stringify([1073741824, -2147483648]));
    Sys.println(Std.parseInt("1073741824") + 1);
    var bytes = haxe.io.Bytes.alloc(4);
    bytes.setInt32(0, 1073741824);
    Sys.println(bytes.getInt32(0) + " " + bytes.toHex());
    Sys.println(Math.abs(-1073741824) + " " + Math.max(1073741824, 3) + " " + (1073741824 == 1073741824.0));
    var x = 1 << 30;
    var y = x + x;
    Sys.println(y + " " + (y - 1) + " " + (x * 4) + " " + ((x * 4) == 0));
    Sys.println(StringTools.hex(1073741824) + " " + StringTools.hex(-1073741825));
  }
}
