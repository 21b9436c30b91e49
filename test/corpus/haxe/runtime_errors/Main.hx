class Obj {
  public var v:Int = 1;
  public function new() {}
  public function toString() return "Obj!";
}

class Main {
  static function attempt(label:String, f:Void->Dynamic) {
    try {
      Sys.println(label + " -> " + f());
    } catch (e:Dynamic) {
      Sys.println(label + " !! " + Std.string(e));
    }
  }

  static function main() {
    var n:Dynamic = null;
    var i:Dynamic = 5;
    var s:Dynamic = "str";
    var o:Dynamic = new Obj();
    var a:Dynamic = [1, 2, 3];
    var f:Dynamic = function(x) return x;
    attempt("null field", () -> n.field);
    attempt("null call", () -> n());
    attempt("int call", () -> i());
    attempt("int field", () -> i.field);
    attempt("null + int", () -> n + i);
    attempt("obj + int", () -> o + i);
    attempt("str + obj", () -> s + o);
    attempt("obj - int", () -> o - i);
    attempt("str * int", () -> s * i);
    attempt("array index on int", () -> i[0]);
    attempt("array oob", () -> a[10]);
    attempt("negative index", () -> a[-1]);
    attempt("too many args", () -> f(1, 2, 3));
    attempt("too few args", () -> f());
    attempt("method on string", () -> s.nosuch());
    attempt("int div zero", () -> i / 0);
    attempt("int mod zero", () -> { var z = 0; return 5 % z; });
    attempt("shift float", () -> { var x:Dynamic = 1.5; return x << 1; });
    attempt("compare obj", () -> o < i);
    attempt("set field on int", () -> { i.x = 1; return i; });
    attempt("string charAt neg", () -> "abc".charAt(-5));
    attempt("cast fail", () -> cast(o, String));
    attempt("Std.parseInt null", () -> Std.parseInt(null));
    attempt("null length", () -> n.length);
    attempt("obj toString via +", () -> "x" + o);
    attempt("array of null set", () -> { var arr:Array<Int> = null; arr[0] = 1; return arr; });
    attempt("throw in closure", () -> [1, 2].map(x -> if (x == 2) throw "in map" else x));
    attempt("deep null", () -> { var d:Dynamic = {a: {b: null}}; return d.a.b.c; });
    attempt("neg array alloc", () -> new haxe.ds.Vector<Int>(-1).length);
    attempt("string as array", () -> s[0]);
    attempt("bool arith", () -> { var b:Dynamic = true; return b + 1; });
  }
}
