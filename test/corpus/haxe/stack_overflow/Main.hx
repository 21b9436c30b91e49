class Main {
  static function rec(n:Int):Int return n == 0 ? 0 : 1 + rec(n - 1);

  static function main() {
    Sys.println(rec(1000));
    Sys.println(rec(20000));
    try {
      rec(10000000);
    } catch (e:Dynamic) {
      Sys.println("caught: " + e);
    }
    Sys.println("still alive");
  }
}
