class Main {
  static function main() {
    var a = Sys.args();
    Sys.println(a.length);
    for (i in 0...a.length) Sys.println(i + ": [" + a[i] + "] len=" + a[i].length + " " + haxe.io.Bytes.ofString(a[i]).toHex());
    Sys.println(Std.parseInt(a[2]) + Std.parseInt(a[3]));
  }
}
