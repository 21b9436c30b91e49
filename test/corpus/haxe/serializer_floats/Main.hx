class Main {
  static function main() {
    var fs:Array<Float> = [0.1, 1 / 3, 2 / 3, 1e-10, 1e21, 123456.789, -5e-324, 1.7976931348623157e308, 0.30000000000000004, 100, 1e15, 12345678901234567890.0, Math.PI, -0.0];
    for (f in fs) {
      var s = haxe.Serializer.run(f);
      var back:Float = haxe.Unserializer.run(s);
      Sys.println(s + " " + (back == f) + " " + back);
    }
    Sys.println(haxe.Serializer.run([0, 1, -1, 1 << 30, -(1 << 30), 2147483647, 1.0 * 3]));
    Sys.println(haxe.Unserializer.run("d1e2") + " " + haxe.Unserializer.run("d-.5") + " " + haxe.Unserializer.run("d1.5e-3") + " " + haxe.Unserializer.run("i-0"));
  }
}
