import haxe.Rest;

class Main {
  static function sum(...nums:Int):Int {
    var t = 0;
    for (n in nums) t += n;
    return t;
  }

  static function fmt(prefix:String, ...parts:String):String return prefix + ":" + parts.toArray().join(",") + "(" + parts.length + ")";

  static function opt(a:Int, ?b:Int, c = "def", ?d:Float):String return '$a $b $c $d';

  static function main() {
    Sys.println(sum() + " " + sum(1) + " " + sum(1, 2, 3));
    Sys.println(sum(...[4, 5, 6]));
    Sys.println(fmt("p") + " " + fmt("q", "a", "b"));
    var r = Rest.of([1, 2]);
    var r2 = r.append(3).prepend(0);
    Sys.println(r2.toArray() + " " + r.length + " " + r2[3] + " " + r2.toString());
    Sys.println(opt(1) + " | " + opt(1, 2) + " | " + opt(1, 2, "x") + " | " + opt(1, null, null, 1.5));
    var f = Reflect.makeVarArgs(function(a) return a.length);
    Sys.println(f(1, 2, 3));
  }
}
