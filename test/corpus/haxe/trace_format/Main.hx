class Helper {
  public static function go() {
    trace("from helper");
  }
  public function new() {}
  public function inst(x:Int) {
    trace('instance $x');
  }
}

class Main {
  static function main() {
    trace("hello");
    trace(42);
    trace(1.5, "extra", [1, 2]);
    trace(null);
    trace({a: 1});
    trace([1, 2, 3]);
    Helper.go();
    new Helper().inst(7);
    var f = function() trace("in closure");
    f();
    haxe.Log.trace("direct", null);
    haxe.Log.trace("direct pos", {fileName: "Fake.hx", lineNumber: 99, className: "Fake", methodName: "m", customParams: ["p1", 2]});
    Sys.println(haxe.Log.formatOutput("fmt", {fileName: "F.hx", lineNumber: 3, className: "C", methodName: "m"}));
    Sys.println(haxe.Log.formatOutput("fmt", {fileName: "F.hx", lineNumber: 3, className: "C", methodName: "m", customParams: [1, null, "x"]}));
    trace("é unicode ✓");
    trace("multi\nline");
  }
}
