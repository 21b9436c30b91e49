abstract Vec2(Array<Float>) {
  public var x(get, never):Float;
  public var y(get, never):Float;
  public inline function new(x:Float, y:Float) this = [x, y];
  function get_x() return this[0];
  function get_y() return this[1];
  @:op(A + B) public static function add(a:Vec2, b:Vec2):Vec2 return new Vec2(a.x + b.x, a.y + b.y);
  @:op(A * B) public static function scale(a:Vec2, s:Float):Vec2 return new Vec2(a.x * s, a.y * s);
  @:op(-A) public static function neg(a:Vec2):Vec2 return new Vec2(-a.x, -a.y);
  @:op(A == B) public static function eq(a:Vec2, b:Vec2):Bool return a.x == b.x && a.y == b.y;
  @:op([]) public function idx(i:Int):Float return this[i];
  public function toString() return '($x, $y)';
}

abstract Meters(Float) from Float to Float {
  public inline function new(v:Float) this = v;
  @:to public function toKm():Kilometers return new Kilometers(this / 1000);
  @:op(A + B) static function plus(a:Meters, b:Meters):Meters;
}

abstract Kilometers(Float) {
  public inline function new(v:Float) this = v;
  @:from static function fromMeters(m:Meters):Kilometers return new Kilometers((m : Float) / 1000);
  public function value() return this;
}

@:forward(push, length, pop)
abstract Stack<T>(Array<T>) {
  public function new() this = [];
  public function peek():T return this[this.length - 1];
}

enum abstract Color(String) to String {
  var Red = "red";
  var Green = "green";
  public function upper() return this.toUpperCase();
}

abstract Flags(Int) {
  public inline function new(i:Int) this = i;
  @:op(A | B) static function or(a:Flags, b:Flags):Flags;
  @:op(A & B) static function and(a:Flags, b:Flags):Flags;
  public function has(f:Flags) return (this & (cast f : Int)) != 0;
  public function raw():Int return this;
}

class Main {
  static function main() {
    var a = new Vec2(1, 2), b = new Vec2(3.5, -1);
    var c = a + b;
    Sys.println(c.toString() + " " + (a * 2).toString() + " " + (-a).toString() + " " + (a == new Vec2(1, 2)) + " " + c[1]);
    var m:Meters = 1500.0;
    var km:Kilometers = m;
    Sys.println(km.value() + " " + (m + new Meters(500)));
    var s = new Stack<String>();
    s.push("a");
    s.push("b");
    Sys.println(s.length + " " + s.peek() + " " + s.pop() + " " + s.length);
    var col:Color = Green;
    var str:String = col;
    Sys.println(str + " " + col.upper() + " " + (col == Green) + " " + (Red : String));
    var f = new Flags(1) | new Flags(4);
    Sys.println(f.raw() + " " + f.has(new Flags(4)) + " " + f.has(new Flags(2)) + " " + (f & new Flags(5)).raw());
    var x:haxe.extern.EitherType<Int, String> = 5;
    Sys.println(x);
  }
}
