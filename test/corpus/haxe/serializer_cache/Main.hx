import haxe.Serializer;
import haxe.Unserializer;

enum Tree {
  Leaf;
  Node(l:Tree, v:Int, r:Tree);
}

class Person {
  public var name:String;
  public var friend:Person;
  public function new(n) name = n;
}

class Main {
  static function ser(v:Dynamic, cache = false, enumIndex = false):String {
    var s = new Serializer();
    s.useCache = cache;
    s.useEnumIndex = enumIndex;
    s.serialize(v);
    return s.toString();
  }

  static function main() {
    var shared = {x: 1};
    var arr:Array<Dynamic> = [shared, shared, "str", "str"];
    Sys.println(ser(arr));
    Sys.println(ser(arr, true));
    var a = new Person("a");
    var b = new Person("b");
    a.friend = b;
    b.friend = a;
    var s = ser(a, true);
    Sys.println(s);
    var back:Person = Unserializer.run(s);
    Sys.println(back.name + " " + back.friend.name + " " + back.friend.friend.name + " " + (back.friend.friend == back));
    var t = Node(Node(Leaf, 1, Leaf), 2, Node(Leaf, 3, Leaf));
    Sys.println(ser(t));
    Sys.println(ser(t, false, true));
    var t2:Tree = Unserializer.run(ser(t, false, true));
    Sys.println(Std.string(t2));
    Sys.println(ser((cast [1, -1, 0, 2147483647, -2147483648, 1.5, -0.5, Math.NaN, Math.POSITIVE_INFINITY, Math.NEGATIVE_INFINITY, 1e100]:Array<Dynamic>)));
    Sys.println(ser(([null, true, false, "", "a b%c\u00e9:"]:Array<Dynamic>)));
    var sm = new haxe.ds.StringMap<Int>();
    sm.set("one", 1);
    var im = new haxe.ds.IntMap<String>();
    im.set(5, "five");
    im.set(-3, "m3");
    var l = new List<Int>();
    l.add(1);
    l.add(2);
    Sys.println(ser(([sm, im, l]:Array<Dynamic>)).length);
    Sys.println(ser(Date.fromTime(86400000)));
    Sys.println(ser(haxe.io.Bytes.ofString("hello bytes!")));
    Sys.println(ser({}) + " " + ser([]) + " " + ser(([[], [null, null, null, 1]]:Array<Dynamic>)));
    var u = new Unserializer(ser((["x", 5, Leaf]:Array<Dynamic>)));
    var got:Array<Dynamic> = u.unserialize();
    Sys.println(got[0] + got[1] + " " + got[2]);
    for (bad in ["q", "i", "y3:abcd", "cUnknownClass;g", "wUnknownEnum:0:0", "a", "ai1"]) {
      try {
        Sys.println("ok " + Unserializer.run(bad));
      } catch (e:Dynamic) {
        Sys.println("err " + e);
      }
    }
    var str = Serializer.run("re-used");
    Sys.println(str + " " + Unserializer.run(str));
    Serializer.USE_CACHE = true;
    Sys.println(Serializer.run([shared, shared]));
    Serializer.USE_CACHE = false;
    var ex = new haxe.Exception("boom");
    var exs = Serializer.run("x");
    Sys.println(exs);
  }
}
