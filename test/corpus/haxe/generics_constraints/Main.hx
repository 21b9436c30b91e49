interface Shape {
  function area():Float;
  function name():String;
}

class Circle implements Shape {
  var r:Float;
  public function new(r) this.r = r;
  public function area() return Math.PI * r * r;
  public function name() return "circle";
}

class Square implements Shape {
  var s:Float;
  public function new(s) this.s = s;
  public function area() return s * s;
  public function name() return "square";
}

class Box<T> {
  public var items:Array<T> = [];
  public function new() {}
  public function add(x:T):Box<T> {
    items.push(x);
    return this;
  }
  public function map<U>(f:T->U):Box<U> {
    var b = new Box<U>();
    for (i in items) b.add(f(i));
    return b;
  }
  public function toString() return "Box" + items;
}

@:generic
class Pair<A, B> {
  public var a:A;
  public var b:B;
  public function new(a, b) {
    this.a = a;
    this.b = b;
  }
  public function swap():Pair<B, A> return new Pair(b, a);
}

class Main {
  static function largest<T:Shape>(xs:Array<T>):T {
    var best = xs[0];
    for (x in xs) if (x.area() > best.area()) best = x;
    return best;
  }

  static function maxOf<T:Float>(a:T, b:T):T return a > b ? a : b;

  static function describe<T:{function toString():String;}>(x:T) return "<" + x.toString() + ">";

  static function firstOr<T>(a:Array<T>, d:T):T return a.length > 0 ? a[0] : d;

  static function main() {
    var shapes:Array<Shape> = [new Circle(1), new Square(2), new Circle(0.5)];
    var l = largest(shapes);
    Sys.println(l.name() + " " + l.area());
    Sys.println(maxOf(3, 7) + " " + maxOf(2.5, -1.0));
    var b = new Box<Int>().add(1).add(2);
    Sys.println(b + " " + b.map(function(i) return "s" + i) + " " + b.map(function(i) return i * 0.5));
    var p = new Pair("x", 1);
    var q = p.swap();
    Sys.println(q.a + " " + q.b + " " + Type.getClassName(Type.getClass(p)) + " " + Type.getClassName(Type.getClass(q)));
    Sys.println(describe(b) + " " + firstOr([], "default") + " " + firstOr([9], 0));
    var m = new Map<String, Box<Float>>();
    m.set("k", new Box<Float>().add(1.5));
    Sys.println(m.get("k").items[0]);
    var fns:Array<Shape->String> = [function(s) return s.name(), function(s) return Std.string(Math.round(s.area()))];
    Sys.println([for (f in fns) for (s in shapes) f(s)].join(","));
    var nullable:Null<Int> = null;
    Sys.println(nullable == null ? "null" : "set");
    nullable = 3;
    Sys.println(nullable + 1);
  }
}
