class Main {
  static function main() {
    var input = Sys.stdin();
    try {
      var l = input.readLine();
      Sys.println("got line " + l);
    } catch (e:haxe.io.Eof) {
      Sys.println("eof on readLine");
    }
    try {
      input.readByte();
    } catch (e:haxe.io.Eof) {
      Sys.println("eof on readByte");
    }
    var all = input.readAll();
    Sys.println("readAll " + all.length);
    try {
      Sys.println(Sys.getChar(false));
    } catch (e:Dynamic) {
      Sys.println("getChar failed");
    }
  }
}
