class Pt {
  public var x:Int;
  public function new(x) this.x = x;
  public function show() return "Pt" + x;
}

class Main {
  static function roundtrip(label:String, v:Dynamic):Dynamic {
    try {
      var b = neko.Lib.serialize(v);
      var back:Dynamic = neko.Lib.unserialize(b);
      Sys.println(label + " " + b.length + " " + Std.string(back));
      return back;
    } catch (e:Dynamic) {
      Sys.println(label + " error " + Std.string(e));
      return null;
    }
  }

  static function main() {
    roundtrip("null", null);
    roundtrip("int", 42);
    roundtrip("negint", -7);
    roundtrip("int32", 0x7FFFFFFF);
    roundtrip("float", 1.0 / 3);
    roundtrip("bool", true);
    roundtrip("string", "hello \x00 world");
    roundtrip("array", [1, 2, 3]);
    var o:Dynamic = {a: 1, b: "two"};
    o.self = o;
    var back:Dynamic = roundtrip("cyclic", o);
    Sys.println(back.self == back);
    var shared = [1];
    var two:Dynamic = roundtrip("shared", {p: shared, q: shared});
    Sys.println(two.p == two.q);
    var pt:Pt = roundtrip("instance", new Pt(5));
    Sys.println(pt.show() + " " + Std.isOfType(pt, Pt));
    roundtrip("enum", haxe.ds.Option.Some([1]));
    roundtrip("bytes", haxe.io.Bytes.ofString("bb"));
    roundtrip("abstract", new haxe.ds.StringMap<Int>());
    var f:Dynamic = roundtrip("closure", function(x) return x + 1);
    var m:Dynamic = roundtrip("method", new Pt(3).show);
    try {
      neko.Lib.unserialize(haxe.io.Bytes.ofString("garbage"));
    } catch (e:Dynamic) {
      Sys.println("garbage: " + e);
    }
  }
}
