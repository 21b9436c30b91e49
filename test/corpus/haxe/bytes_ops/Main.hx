import haxe.io.Bytes;

class Main {
  static function main() {
    var b = Bytes.alloc(16);
    Sys.println(b.length + " " + b.toHex());
    b.fill(0, 16, 0xAB);
    b.fill(4, 4, 0x1FF);
    Sys.println(b.toHex());
    for (i in 0...16) b.set(i, i * 17);
    Sys.println(b.toHex() + " " + b.get(15));
    b.blit(2, b, 0, 8);
    Sys.println(b.toHex());
    b.blit(0, b, 4, 8);
    Sys.println(b.toHex());
    var h = Bytes.ofHex("00ff7F80deadBEEF");
    Sys.println(h.toHex() + " " + h.length + " " + h.get(1) + " " + h.get(3));
    Sys.println(Bytes.ofString("abc").compare(Bytes.ofString("abd")) + " " + Bytes.ofString("abc").compare(Bytes.ofString("ab")) + " " + Bytes.ofString("").compare(Bytes.ofString("")) + " " + Bytes.ofString("b").compare(Bytes.ofString("abc")));
    var s = Bytes.ofString("h\u00e9llo w\u00f6rld");
    Sys.println(s.length + " " + s.getString(0, 6) + " " + s.sub(3, 4).toString() + " " + s.toHex());
    var f = Bytes.alloc(32);
    f.setFloat(0, 1.5);
    f.setDouble(4, Math.PI);
    f.setInt32(12, -2);
    f.setUInt16(16, 0xBEEF);
    f.setInt64(18, haxe.Int64.make(0x01020304, 0x05060708));
    Sys.println(f.toHex());
    Sys.println(f.getFloat(0) + " " + f.getDouble(4) + " " + f.getInt32(12) + " " + f.getUInt16(16) + " " + f.getInt64(18));
    f.setFloat(0, 0.1);
    Sys.println(f.getFloat(0) + " " + f.getInt32(0));
    f.setDouble(0, Math.NaN);
    Sys.println(Math.isNaN(f.getDouble(0)) + " " + f.sub(0, 8).toHex());
    f.setDouble(0, -0.0);
    Sys.println(f.sub(0, 8).toHex());
    Sys.println(haxe.io.FPHelper.floatToI32(1.0) + " " + haxe.io.FPHelper.i32ToFloat(0x40490fdb) + " " + haxe.io.FPHelper.doubleToI64(2.0) + " " + haxe.io.FPHelper.i64ToDouble(0, 0x3ff00000));
    Sys.println(haxe.io.FPHelper.floatToI32(Math.POSITIVE_INFINITY) + " " + haxe.io.FPHelper.floatToI32(-0.0) + " " + haxe.io.FPHelper.floatToI32(1e-45));
    var errs = 0;
    for (t in 0...4) {
      try {
        switch (t) {
          case 0: b.get(100);
          case 1: b.blit(10, b, 0, 10);
          case 2: b.sub(10, 10);
          case 3: b.getString(15, 5);
        }
      } catch (e:Dynamic) {
        errs++;
        Sys.println("error " + t + ": " + e);
      }
    }
    Sys.println(errs);
    var o = Bytes.ofString("xyz");
    Sys.println(o.get(100) + " " + o.getData() != null);
    var big = Bytes.alloc(1000);
    for (i in 0...1000) big.set(i, i & 0xFF);
    var sum = 0;
    for (i in 0...1000) sum += big.get(i);
    Sys.println(sum + " " + Bytes.ofString("A").toString() + " " + Bytes.ofData(big.getData()).length);
    Sys.println(Bytes.ofString("base").getString(1, 2, haxe.io.Encoding.UTF8) + " " + Bytes.ofString("\u00e9", RawNative).length);
  }
}
