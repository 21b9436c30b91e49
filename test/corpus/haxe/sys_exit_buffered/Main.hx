class Main {
  static function main() {
    Sys.print("partial");
    Sys.stdout().writeString(" more");
    Sys.stderr().writeString("to stderr\n");
    var sb = new StringBuf();
    for (i in 0...2000) sb.add(i % 10);
    Sys.println("");
    Sys.println(sb.toString());
    Sys.stdout().flush();
    Sys.stdout().writeByte(65);
    Sys.stdout().write(haxe.io.Bytes.ofString("\nbytes\n"));
    Sys.exit(42);
    Sys.println("never");
  }
}
