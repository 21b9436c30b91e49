class Main {
  static function main() {
    try {
      Sys.println("in try");
      Sys.stderr().writeString("err before exit\n");
      Sys.exit(5);
    } catch (e:Dynamic) {
      Sys.println("caught exit?! " + e);
    }
    Sys.println("after");
  }
}
