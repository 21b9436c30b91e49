class Main {
  static function make(base:Int) {
    var a = base, b = base * 2, c = "c" + base, d = [base], e = {v: base}, f = base * 1.5, g = true, h:Null<Int> = null;
    var i1 = 1, i2 = 2, i3 = 3, i4 = 4, i5 = 5, i6 = 6, i7 = 7, i8 = 8, i9 = 9, i10 = 10;
    return function(x:Int) {
      a += x;
      d.push(x);
      e.v -= x;
      return ([a, b, c, d.length, e.v, f, g, h, i1 + i2 + i3 + i4 + i5 + i6 + i7 + i8 + i9 + i10] : Array<Dynamic>).join(" ");
    };
  }

  static function counterPair() {
    var n = 0;
    return {inc: function() return ++n, dec: function() return --n, get: function() return n};
  }

  static function main() {
    var f = make(10);
    Sys.println(f(1));
    Sys.println(f(2));
    var g = make(100);
    Sys.println(g(5) + " | " + f(0));
    var p = counterPair();
    p.inc();
    p.inc();
    p.dec();
    p.inc();
    Sys.println(p.get());
    var nested = function(a:Int) return function(b:Int) return function(c:Int) return a * 100 + b * 10 + c;
    Sys.println(nested(1)(2)(3));
    var fs = [];
    for (i in 0...3) for (j in 0...2) fs.push(() -> '$i$j');
    Sys.println([for (f in fs) f()].join(","));
    var x = 1;
    var inc = () -> x++;
    var get = () -> x;
    inc();
    inc();
    Sys.println(get() + " " + x);
    var self:Void->Int = null;
    var depth = 0;
    self = function() {
      depth++;
      return depth < 100 ? self() : depth;
    };
    Sys.println(self());
    var memo = new Map<Int, Float>();
    function fibm(n:Int):Float {
      if (n < 2) return n;
      if (memo.exists(n)) return memo.get(n);
      var v = fibm(n - 1) + fibm(n - 2);
      memo.set(n, v);
      return v;
    }
    Sys.println(fibm(90));
  }
}
