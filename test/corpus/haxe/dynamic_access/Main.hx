import haxe.DynamicAccess;

class Main {
  static function main() {
    var d:DynamicAccess<Int> = {};
    d.set("one", 1);
    d["two"] = 2;
    Sys.println(d.get("one") + " " + d["two"] + " " + d.get("three") + " " + d.exists("two") + " " + d.exists("three"));
    var keys = d.keys();
    keys.sort(Reflect.compare);
    Sys.println(keys);
    Sys.println(d.remove("one") + " " + d.remove("one") + " " + d.keys());
    var c = d.copy();
    c["x"] = 9;
    Sys.println(d.exists("x") + " " + c.exists("x"));
    var total = 0;
    for (v in c) total += v;
    Sys.println(total);
    var kv = [for (k => v in c) k + "=" + v];
    kv.sort(Reflect.compare);
    Sys.println(kv);
    var obj:Dynamic = {a: {b: {c: 1}}, list: [1, 2]};
    Sys.println(obj.a.b.c + " " + obj.list[1] + " " + obj.missing);
    obj.newField = "added";
    obj.a.b.c++;
    Sys.println(obj.newField + " " + obj.a.b.c);
    var f:Dynamic = function(a, b) return a + b;
    Sys.println(f(1, 2) + " " + f("a", "b"));
    var x:Dynamic = 5;
    x += 0.5;
    Sys.println(x + " " + (x > 5) + " " + Std.isOfType(x, Float));
    var s:Dynamic = "abc";
    Sys.println(s.length + " " + s.charAt(1) + " " + s.toUpperCase());
    var arr:Dynamic = [3, 1, 2];
    arr.sort(Reflect.compare);
    Sys.println(arr + " " + arr.length);
    try {
      var n:Dynamic = null;
      n.foo();
    } catch (e:Dynamic) {
      Sys.println("null call: " + e);
    }
    try {
      var o:Dynamic = {};
      o.nomethod();
    } catch (e:Dynamic) {
      Sys.println("missing method: " + e);
    }
    var any:Any = 42;
    Sys.println(any);
  }
}
