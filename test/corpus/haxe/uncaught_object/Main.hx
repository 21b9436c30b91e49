class Failure {
  public var code:Int;
  public function new(c) code = c;
  public function toString() return "Failure(code=" + code + ")";
}

class Main {
  static function level2(x:Int) {
    if (x > 2) throw new Failure(x);
    return x;
  }

  static function level1(x:Int) return level2(x + 1) * 2;

  static function main() {
    Sys.println("before");
    Sys.println(level1(0));
    Sys.println(level1(5));
    Sys.println("never");
  }
}
