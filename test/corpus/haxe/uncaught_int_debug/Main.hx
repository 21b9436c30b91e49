class Main {
  static function compute(x:Int):Int {
    if (x > 2) throw x * 100;
    return compute(x + 1);
  }
  static function main() {
    Sys.println("computing");
    var arr = [1, 2, 3];
    arr.map(function(v) return compute(v));
  }
}
