import haxe.ds.*;

class Main {
  static function sortedKeys<K>(it:Iterator<K>, cmp:K->K->Int):Array<K> {
    var a = [for (k in it) k];
    a.sort(cmp);
    return a;
  }

  static function main() {
    var sm = new StringMap<Int>();
    for (w in "the quick brown fox jumps over the lazy dog the end".split(" ")) sm.set(w, (sm.exists(w) ? sm.get(w) : 0) + 1);
    Sys.println(sortedKeys(sm.keys(), Reflect.compare).map(k -> k + "=" + sm.get(k)).join(" "));
    sm.remove("the");
    Sys.println(sm.exists("the") + " " + sm.get("fox") + " " + sm.get("nope"));
    var im = new IntMap<String>();
    for (i in [5, -3, 100, 0, 42]) im.set(i, "v" + i);
    Sys.println(sortedKeys(im.keys(), Reflect.compare).join(",") + " " + im.get(-3));
    var m:Map<String, Array<Int>> = ["a" => [1], "b" => [2, 3]];
    m["c"] = [];
    Sys.println(sortedKeys(m.keys(), Reflect.compare).join("") + " " + m["b"].length);
    var om = new ObjectMap<{}, String>();
    var k1 = {};
    var k2 = {};
    om.set(k1, "one");
    om.set(k2, "two");
    Sys.println(om.get(k1) + " " + om.get(k2) + " " + om.exists({}));
    var em = new EnumValueMap<haxe.ds.Option<Int>, String>();
    em.set(Some(1), "s1");
    em.set(None, "none");
    em.set(Some(1), "s1b");
    Sys.println(em.get(Some(1)) + " " + em.get(None) + " " + [for (k in em.keys()) k].length);
    var bt = new BalancedTree<Int, String>();
    for (i in [50, 20, 80, 10, 30, 70, 90, 25]) bt.set(i, "n" + i);
    Sys.println([for (k in bt.keys()) k].join(",") + " " + bt.get(30) + " " + bt.remove(20) + " " + [for (k in bt.keys()) k].join(","));
    var l = new List<String>();
    l.add("b");
    l.push("a");
    l.add("c");
    Sys.println(l.join("-") + " " + l.length + " " + l.first() + " " + l.last() + " " + l.pop() + " " + l);
    var v = new Vector<Int>(5);
    for (i in 0...v.length) v[i] = i * i;
    Sys.println(v.toArray().join(",") + " " + v.length);
    var gs = new GenericStack<Int>();
    gs.add(1);
    gs.add(2);
    Sys.println(gs.first() + " " + gs.pop() + " " + gs.pop() + " " + gs.isEmpty());
    var arr = [5, 3, 9, 1, 5, 8, 2, 7, 4, 6, 0, 11, 10, 15, 13, 12, 14];
    arr.sort((a, b) -> a - b);
    Sys.println(arr.join(","));
    var pairs = [for (i in 0...20) {k: i % 4, i: i}];
    pairs.sort((a, b) -> a.k - b.k);
    Sys.println(pairs.map(p -> p.k + ":" + p.i).join(" "));
    haxe.ds.ArraySort.sort(arr, (a, b) -> b - a);
    Sys.println(arr.join(","));
    var dq = new List<Int>();
    for (i in 0...5) dq.add(i);
    Sys.println([for (x in dq) x * 2].join(","));
  }
}
