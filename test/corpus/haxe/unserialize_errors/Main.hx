class Main {
  static function main() {
    var inputs = ["", "n", "z", "i", "i12x", "d", "dx", "y", "y5:ab", "y-1:", "yx:", "R0", "r0", "r5", "o", "oy1:a", "oy1:ai1", "oy1:ai1g", "a", "ah", "anh", "au2h", "au-1h", "b", "bh", "bn", "q", "qh", "qi1", "M", "Mh", "l", "lh", "v", "v0", "vabc", "s", "s4:YWJj", "s3:YW", "x", "xy1:e", "w", "wy1:E:0", "j", "C", "Cy1:X", "E", "X", "!"];
    for (s in inputs) {
      try {
        var v = haxe.Unserializer.run(s);
        Sys.println("[" + s + "] ok " + Std.string(v));
      } catch (e:Dynamic) {
        Sys.println("[" + s + "] err " + Std.string(e));
      }
    }
  }
}
