enum Expr {
  Num(v:Float);
  Add(a:Expr, b:Expr);
  Mul(a:Expr, b:Expr);
  Neg(e:Expr);
  Var(name:String);
}

abstract Meters(Float) from Float to Float {
  public inline function new(v:Float) this = v;
  @:op(A + B) public function add(o:Meters):Meters return new Meters(this + o.toFloat());
  public function toFloat():Float return this;
  @:to public function toString():String return this + "m";
}

class Counter<T> {
  var items:Array<T> = [];
  public var count(get, never):Int;
  public function new() {}
  function get_count() return items.length;
  public function add(x:T):Counter<T> {
    items.push(x);
    return this;
  }
  public function map<U>(f:T->U):Array<U> return items.map(f);
}

class Animal {
  public var name:String;
  public function new(n) name = n;
  public function speak() return name + " makes a sound";
}

class Dog extends Animal {
  override public function speak() return name + " barks; " + super.speak();
}

class Main {
  static function eval(e:Expr, env:Map<String, Float>):Float {
    return switch (e) {
      case Num(v): v;
      case Add(a, b): eval(a, env) + eval(b, env);
      case Mul(a, b): eval(a, env) * eval(b, env);
      case Neg(x): -eval(x, env);
      case Var(n): env.exists(n) ? env[n] : 0;
    }
  }

  static function show(e:Expr):String {
    return switch (e) {
      case Num(v) if (v < 0): '(${v})';
      case Num(v): '$v';
      case Add(a, b): '(${show(a)} + ${show(b)})';
      case Mul(a, b): '${show(a)} * ${show(b)}';
      case Neg(x): '-${show(x)}';
      case Var(n): n;
    }
  }

  static var counter = 0;

  static function main() {
    var e = Add(Mul(Num(3), Var("x")), Neg(Num(-2.5)));
    Sys.println(show(e) + " = " + eval(e, ["x" => 4]));
    Sys.println(e);
    var m = new Meters(3) + new Meters(4.5);
    Sys.println(m.toString());
    var c = new Counter<String>().add("a").add("bb").add("ccc");
    Sys.println(c.count + " " + c.map(s -> s.length));
    var animals:Array<Animal> = [new Animal("cat"), new Dog("rex")];
    for (a in animals) Sys.println(a.speak());
    var adders = [for (i in 0...3) (x:Int) -> x + i];
    Sys.println([for (f in adders) f(10)]);
    var total = 0;
    function rec(n:Int):Int return n <= 1 ? 1 : n * rec(n - 1);
    for (i in 1...6) total += rec(i);
    Sys.println(total);
    var s = switch ("b") {
      case "a": 1;
      case "b" | "c": 2;
      default: 3;
    }
    Sys.println(s);
    var i = 0;
    do {
      i += 3;
      if (i == 6) continue;
      counter++;
    } while (i < 15);
    Sys.println(i + " " + counter);
    var o:{x:Int, ?y:String} = {x: 1};
    Sys.println(o.y == null);
    var fib = [0, 1];
    while (fib.length < 20) fib.push(fib[fib.length - 1] + fib[fib.length - 2]);
    Sys.println(fib.join(" "));
    var bound = Math.max.bind(10);
    Sys.println(bound(3) + " " + bound(20));
    Sys.println(Type.enumIndex(Var("q")) + " " + haxe.EnumTools.getConstructors(Expr));
    Sys.println(haxe.EnumTools.EnumValueTools.getParameters(Add(Num(1), Num(2))));
  }
}
