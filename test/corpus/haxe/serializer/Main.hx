import haxe.Serializer;
import haxe.Unserializer;

enum Color {
  Red;
  Green;
  Rgb(r:Int, g:Int, b:Int);
  Named(name:String, c:Color);
}

class Point {
  public var x:Int;
  public var y:Float;
  public var label:String;
  public function new(x, y, l) {
    this.x = x;
    this.y = y;
    this.label = l;
  }
  public function toString() return 'Point($x,$y,$label)';
}

class Custom {
  public var v:Int;
  public function new(v) this.v = v;
  function hxSerialize(s:Serializer) s.serialize(v * 10);
  function hxUnserialize(u:Unserializer) v = u.unserialize() + 1;
}

class Main {
  static function roundTrip(v:Dynamic, ?useCache = false, ?useEnumIndex = false) {
    var s = new Serializer();
    s.useCache = useCache;
    s.useEnumIndex = useEnumIndex;
    s.serialize(v);
    var str = s.toString();
    var back = Unserializer.run(str);
    Sys.println(str + " => " + Std.string(back));
    return back;
  }

  static function main() {
    roundTrip(null);
    roundTrip(true);
    roundTrip(0);
    roundTrip(-123456);
    roundTrip(2147483647);
    roundTrip(1.5);
    roundTrip(-0.1);
    roundTrip(Math.NaN);
    roundTrip(Math.POSITIVE_INFINITY);
    roundTrip(Math.NEGATIVE_INFINITY);
    roundTrip("hello world");
    roundTrip("with spaces & symbols: é%:/");
    roundTrip([1, 2, null, null, null, 3]);
    roundTrip({a: 1, b: "two", c: [3.5]});
    roundTrip(Red);
    roundTrip(Rgb(1, 2, 3));
    roundTrip(Named("x", Rgb(4, 5, 6)), false, true);
    roundTrip(new Point(1, 2.5, "p"));
    var shared = new Point(0, 0, "s");
    var arr:Array<Dynamic> = [shared, shared, "str", "str"];
    var back:Array<Dynamic> = roundTrip(arr, true);
    Sys.println(back[0] == back[1]);
    var m = new Map<String, Int>();
    m.set("one", 1);
    m.set("two", 2);
    roundTrip(m);
    var im = new Map<Int, String>();
    im.set(5, "five");
    im.set(-1, "minus");
    roundTrip(im);
    var l = new List<Int>();
    l.add(1);
    l.add(2);
    roundTrip(l);
    roundTrip(haxe.io.Bytes.ofString("bytes!"));
    roundTrip(new Custom(4));
    roundTrip(Date.fromString("2020-02-29 12:34:56"));
    var e:Dynamic = null;
    try {
      Unserializer.run("zz");
    } catch (ex:Dynamic) {
      e = ex;
    }
    Sys.println("error: " + e);
  }
}
