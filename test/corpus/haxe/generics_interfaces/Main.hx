interface Comparable<T> {
  function compareTo(other:T):Int;
}

class Version implements Comparable<Version> {
  public var major:Int;
  public var minor:Int;
  public function new(a, b) {
    major = a;
    minor = b;
  }
  public function compareTo(o:Version) return major != o.major ? major - o.major : minor - o.minor;
  public function toString() return major + "." + minor;
}

class Box<T> {
  public var value(default, null):T;
  public function new(v:T) value = v;
  public function map<U>(f:T->U):Box<U> return new Box(f(value));
}

@:generic class Stack<T> {
  var items:Array<T> = [];
  public function new() {}
  public function push(x:T) items.push(x);
  public function pop():Null<T> return items.pop();
  public var size(get, never):Int;
  function get_size() return items.length;
}

class Main {
  static function maxOf<T:Comparable<T>>(list:Array<T>):T {
    var best = list[0];
    for (x in list) if (x.compareTo(best) > 0) best = x;
    return best;
  }

  static function main() {
    var vs = [new Version(1, 2), new Version(2, 0), new Version(1, 10), new Version(0, 99)];
    Sys.println(maxOf(vs));
    vs.sort((a, b) -> a.compareTo(b));
    Sys.println(vs.join(" < "));
    var b = new Box(21).map(x -> x * 2).map(x -> "answer=" + x);
    Sys.println(b.value);
    var s = new Stack<String>();
    s.push("a");
    s.push("b");
    Sys.println(s.size + " " + s.pop() + " " + s.pop() + " " + s.pop() + " " + s.size);
    var fns:Array<Int->Int> = [x -> x + 1, x -> x * x, x -> Math.floor(x / 2.7)];
    Sys.println([for (f in fns) f(5)]);
    var compose = function(f:Int->Int, g:Int->Int) return x -> g(f(x));
    Sys.println(compose(fns[0], fns[1])(3));
    var o:Dynamic = new Version(3, 4);
    Sys.println(Std.isOfType(o, Comparable) + " " + o.compareTo(new Version(3, 3)));
  }
}
