class AppError extends haxe.Exception {
  public function new(m:String, ?prev:haxe.Exception) super(m, prev);
}

class Main {
  static function fail(n:Int) {
    if (n == 0) throw new AppError("deep failure", new haxe.Exception("root cause"));
    fail(n - 1);
  }
  static function main() {
    Sys.println("before");
    try fail(1) catch (e:AppError) {
      Sys.println(e.message + " / " + e.previous.message);
      Sys.println(e.details());
    }
    fail(2);
  }
}
