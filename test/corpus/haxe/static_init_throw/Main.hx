class Broken {
  public static var value:Int = compute();
  static function compute():Int {
    Sys.println("computing Broken.value");
    throw "static init failed";
  }
}

class Main {
  static function main() {
    Sys.println("main never runs");
  }
}
