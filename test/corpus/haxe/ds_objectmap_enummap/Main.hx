import haxe.ds.ObjectMap;
import haxe.ds.EnumValueMap;

enum Shape {
  Circle(r:Int);
  Rect(w:Int, h:Int);
  Empty;
  Poly(points:Array<Int>);
}

class Key {
  public var name:String;
  public function new(n) name = n;
}

class Main {
  static function main() {
    var om = new ObjectMap<Key, Int>();
    var a = new Key("a"), b = new Key("b"), a2 = new Key("a");
    om.set(a, 1);
    om.set(b, 2);
    om.set(a2, 3);
    Sys.println(om.get(a) + " " + om.get(a2) + " " + om.exists(b) + " " + om.exists(new Key("b")));
    var names = [for (k in om.keys()) k.name];
    names.sort(Reflect.compare);
    Sys.println(names.join(","));
    Sys.println(om.remove(a) + " " + om.remove(a) + " " + om.get(a));
    var total = 0;
    for (v in om) total += v;
    Sys.println(total);
    var oc = om.copy();
    oc.set(a, 10);
    Sys.println(om.exists(a) + " " + oc.get(a));
    var fm = new ObjectMap<Dynamic, String>();
    var anon = {x: 1};
    var arr = [1, 2];
    fm.set(anon, "anon");
    fm.set(arr, "arr");
    Sys.println(fm.get(anon) + " " + fm.get(arr) + " " + fm.get({x: 1}));
    var em = new EnumValueMap<Shape, String>();
    em.set(Circle(1), "c1");
    em.set(Circle(2), "c2");
    em.set(Rect(1, 2), "r12");
    em.set(Empty, "empty");
    em.set(Circle(1), "c1 again");
    em.set(Poly([1, 2]), "poly");
    Sys.println(em.get(Circle(1)) + " " + em.get(Circle(3)) + " " + em.get(Rect(1, 2)) + " " + em.get(Empty) + " " + em.get(Poly([1, 2])));
    var ks = [for (k in em.keys()) Std.string(k)];
    Sys.println(ks.join(" "));
    Sys.println(em.toString());
    Sys.println(em.remove(Rect(1, 2)) + " " + em.exists(Rect(1, 2)));
    var m:Map<Shape, Int> = [Empty => 0, Circle(5) => 5];
    Sys.println(m[Circle(5)] + " " + m[Empty]);
    var km = new Map<Key, String>();
    km.set(b, "bee");
    Sys.println(km.get(b) + " " + Std.isOfType(km, haxe.Constraints.IMap));
  }
}
