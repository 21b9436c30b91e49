import haxe.ds.StringMap;
import haxe.ds.IntMap;

class Main {
  static function sortedKeys<K>(it:Iterator<K>):String {
    var a = [for (k in it) Std.string(k)];
    a.sort(Reflect.compare);
    return a.join(",");
  }

  static function main() {
    var sm = new StringMap<Int>();
    for (w in "the quick brown fox jumps over the lazy dog the end".split(" ")) sm.set(w, (sm.exists(w) ? sm.get(w) : 0) + 1);
    Sys.println(sortedKeys(sm.keys()));
    Sys.println(sm.get("the") + " " + sm.get("nothing") + " " + sm.exists("fox") + " " + sm.exists(""));
    Sys.println(sm.remove("fox") + " " + sm.remove("fox") + " " + sm.exists("fox"));
    sm.set("", 0);
    sm.set("__proto__", 1);
    sm.set("hasOwnProperty", 2);
    Sys.println(sm.get("") + " " + sm.get("__proto__") + " " + sm.get("hasOwnProperty") + " " + sm.exists("constructor"));
    var total = 0;
    for (v in sm) total += v;
    Sys.println(total);
    var c = sm.copy();
    c.set("the", 100);
    Sys.println(sm.get("the") + " " + c.get("the"));
    var kv = [for (k => v in c) k + "=" + v];
    kv.sort(Reflect.compare);
    Sys.println(kv.join(" "));
    c.clear();
    Sys.println(sortedKeys(c.keys()) + "|" + c.exists("the"));
    var im = new IntMap<String>();
    for (i in [-5, 0, 3, 1000000, -2147483648, 2147483647, 3]) im.set(i, "v" + i);
    Sys.println(sortedKeys(im.keys()));
    Sys.println(im.get(3) + " " + im.get(4) + " " + im.exists(-5) + " " + im.remove(0) + " " + im.exists(0));
    var ic = im.copy();
    ic.remove(3);
    Sys.println(im.exists(3) + " " + ic.exists(3));
    var m:Map<String, Array<Int>> = ["a" => [1], "b" => [2, 3]];
    m["c"] = [];
    Sys.println(m["b"].length + " " + m.exists("c") + " " + (m["zz"] == null));
    var mi:Map<Int, Bool> = [1 => true, 2 => false];
    Sys.println(mi[1] + " " + mi[2] + " " + mi[3]);
    var single = new StringMap<String>();
    single.set("k", "v");
    Sys.println(single.toString() + " " + new IntMap<Int>().toString());
    var one = new IntMap<Int>();
    one.set(7, 49);
    Sys.println(one.toString());
    var big = new StringMap<Int>();
    for (i in 0...5000) big.set("k" + i, i);
    var s = 0;
    for (i in 0...5000) s += big.get("k" + i);
    Sys.println(s + " " + [for (k in big.keys()) k].length);
  }
}
