import haxe.Serializer;
import haxe.Unserializer;

class Pt {
  public var x:Int;
  public var y:Int;
  public function new(x, y) {
    this.x = x;
    this.y = y;
  }
}

class Custom {
  public var data:Array<Int>;
  public function new() data = [];
  @:keep function hxSerialize(s:Serializer) {
    s.serialize(data.length);
    for (d in data) s.serialize(d);
  }
  @:keep function hxUnserialize(u:Unserializer) {
    data = [];
    var n:Int = u.unserialize();
    for (i in 0...n) data.push((u.unserialize() : Int) * 2);
  }
}

enum E {
  A;
  B(x:Int);
}

class Main {
  static function main() {
    var p = new Pt(3, 4);
    var s = Serializer.run(p);
    Sys.println(s);
    var q:Pt = Unserializer.run(s);
    Sys.println(q.x + " " + q.y + " " + Std.isOfType(q, Pt));
    var c = new Custom();
    c.data = [1, 2, 3];
    var cs = Serializer.run(c);
    Sys.println(cs);
    var c2:Custom = Unserializer.run(cs);
    Sys.println(c2.data);
    var u = new Unserializer("cy3:Foox:1g".split("x:1").join("y1:xi1"));
    u.setResolver({
      resolveClass: function(name) return name == "Foo" ? Pt : null,
      resolveEnum: function(name) return null
    });
    var r:Pt = u.unserialize();
    Sys.println(r.x + " " + Type.getClassName(Type.getClass(r)));
    var ex = new haxe.Exception("serialized");
    try {
      Sys.println(Serializer.run(ex).length > 0);
    } catch (e:Dynamic) {
      Sys.println("cannot serialize exception: " + e);
    }
    try {
      Serializer.run(function() {});
    } catch (e:Dynamic) {
      Sys.println("function: " + e);
    }
    var all:Array<Dynamic> = [A, B(1), B(1), A, p, p, "s", "s", 1.25, Date.fromTime(1000), [1 => "a"], ["k" => 1.5]];
    var ser = new Serializer();
    ser.useCache = true;
    ser.serialize(all);
    var out = ser.toString();
    Sys.println(out);
    var back:Array<Dynamic> = Unserializer.run(out);
    Sys.println(back[0] + " " + back[2] + " " + (back[4] == back[5]) + " " + back[8] + " " + back[9].getTime() + " " + back[10].get(1) + " " + back[11].get("k"));
    var ser2 = new Serializer();
    ser2.serialize(1);
    ser2.serialize("two");
    ser2.serialize([3]);
    var un = new Unserializer(ser2.toString());
    Sys.println(un.unserialize() + " " + un.unserialize() + " " + un.unserialize());
    try {
      un.unserialize();
    } catch (e:Dynamic) {
      Sys.println("past end: " + e);
    }
    Sys.println(Unserializer.run("y9:a%20b%2Fc"));
    Sys.println(Unserializer.run("j1:E:1:1i5").length);
  }
}
