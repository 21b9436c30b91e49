import haxe.io.Bytes;

class Main {
  static function main() {
    var data = Bytes.ofString([for (i in 0...100) "hello neko "].join(""));
    var z = haxe.zip.Compress.run(data, 9);
    Sys.println(data.length + " -> " + z.length + " " + z.toHex().substr(0, 20));
    var back = haxe.zip.Uncompress.run(z);
    Sys.println(back.toString() == data.toString());
  }
}
