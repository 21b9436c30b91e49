import haxe.ds.HashMap;
import haxe.ds.Option;
import haxe.ds.Either;

class Key {
  public var a:Int;
  public var b:String;
  public function new(a, b) {
    this.a = a;
    this.b = b;
  }
  public function hashCode():Int return a * 31 + b.length;
}

class Main {
  static function find(xs:Array<Int>, pred:Int->Bool):Option<Int> {
    for (x in xs) if (pred(x)) return Some(x);
    return None;
  }

  static function parse(s:String):Either<String, Int> {
    var n = Std.parseInt(s);
    return n == null ? Left("bad " + s) : Right(n);
  }

  static function main() {
    var hm = new HashMap<Key, String>();
    var k1 = new Key(1, "x");
    hm.set(k1, "one");
    hm.set(new Key(2, "yy"), "two");
    Sys.println(hm.get(k1) + " " + hm.get(new Key(1, "z")) + " " + hm.exists(new Key(2, "ab")) + " " + hm.get(new Key(3, "")));
    Sys.println(hm.remove(k1) + " " + hm.exists(k1));
    var vals = [for (v in hm) v];
    Sys.println(vals);
    var c = hm.copy();
    c.clear();
    Sys.println([for (k in hm.keys()) k.a] + " " + [for (k in c.keys()) k.a]);
    Sys.println(find([1, 5, 8], x -> x > 4) + " " + find([1], x -> x > 4));
    for (s in ["12", "x"]) {
      switch (parse(s)) {
        case Left(err): Sys.println("left " + err);
        case Right(v): Sys.println("right " + (v + 1));
      }
    }
    var ro:haxe.ds.ReadOnlyArray<Int> = [1, 2, 3];
    Sys.println(ro.length + " " + ro[1] + " " + ro.indexOf(3));
    var wm = new haxe.ds.WeakMap<Key, Int>();
    try {
      wm.set(k1, 1);
      Sys.println("weakmap " + wm.get(k1));
    } catch (e:Dynamic) {
      Sys.println("weakmap error " + e);
    }
  }
}
