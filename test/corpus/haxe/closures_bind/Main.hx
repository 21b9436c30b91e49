class Counter {
  var n = 0;
  public function new() {}
  public function inc() return ++n;
  public function add(a:Int, b:Int) return n += a * b;
}

class Main {
  static function apply(f:Int->Int, v:Int) return f(v);
  static function compose<A, B, C>(f:B->C, g:A->B):A->C return function(x) return f(g(x));
  static function three(a:Int, b:String, c:Float) return a + b + c;

  static function main() {
    var fns = [];
    for (i in 0...4) fns.push(function() return i * i);
    Sys.println([for (f in fns) f()]);
    var fns2 = [];
    var j = 0;
    while (j < 3) {
      var k = j;
      fns2.push(function() return k + j);
      j++;
    }
    Sys.println([for (f in fns2) f()]);
    var c = new Counter();
    var inc = c.inc;
    inc();
    inc();
    Sys.println(c.inc() + " " + inc());
    var add5 = c.add.bind(5);
    Sys.println(add5(2) + " " + add5(1));
    var b1 = three.bind(1, _, 2.5);
    Sys.println(b1("x") + " " + three.bind(_, "y", _)(7, 0.5));
    var sq = function(x:Int) return x * x;
    var plus1 = function(x:Int) return x + 1;
    Sys.println(compose(sq, plus1)(3) + " " + compose(plus1, sq)(3) + " " + apply(sq, 9));
    function fact(n:Int):Int return n <= 1 ? 1 : n * fact(n - 1);
    Sys.println(fact(10));
    var fib:Int->Int = null;
    fib = function(n) return n < 2 ? n : fib(n - 1) + fib(n - 2);
    Sys.println(fib(20));
    var counter = (function() {
      var count = 0;
      return function() return ++count;
    })();
    counter();
    Sys.println(counter());
    var adders = [for (i in 1...4) (x:Int) -> x + i];
    Sys.println([for (f in adders) f(10)]);
    var arrow = (a:Int, b:Int) -> a - b;
    Sys.println(arrow(10, 3) + " " + Reflect.callMethod(null, arrow, [1, 2]));
    var mutated = 1;
    var mut = function() mutated *= 3;
    mut();
    mut();
    Sys.println(mutated);
    var obj = {v: 1, get: null};
    obj.get = function() return obj.v;
    obj.v = 50;
    Sys.println(obj.get());
    var sorted = [5, 2, 8].map(Std.string);
    Sys.println(sorted.join("-") + " " + [1.5, 2.5].map(Math.floor));
    Sys.println(Lambda.fold([1, 2, 3, 4], function(x, acc) return acc + x, 0));
  }
}
