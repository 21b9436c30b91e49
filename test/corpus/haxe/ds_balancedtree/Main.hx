import haxe.ds.BalancedTree;

class Main {
  static function main() {
    var t = new BalancedTree<Int, String>();
    var keys = [50, 20, 80, 10, 30, 70, 90, 25, 35, 5, 1, 100, 60];
    for (k in keys) t.set(k, "v" + k);
    Sys.println([for (k in t.keys()) k].join(","));
    Sys.println([for (v in t) v].join(","));
    Sys.println(t.toString());
    Sys.println(t.get(25) + " " + t.get(26) + " " + t.exists(100) + " " + t.exists(0));
    Sys.println(t.remove(50) + " " + t.remove(50) + " " + t.remove(1));
    Sys.println([for (k in t.keys()) k].join(","));
    t.set(30, "thirty");
    Sys.println(t.get(30));
    var c = t.copy();
    c.set(999, "new");
    Sys.println(t.exists(999) + " " + c.exists(999));
    var kv = [for (k => v in t) k + ":" + v];
    Sys.println(kv.slice(0, 3).join(" "));
    t.clear();
    Sys.println(t.toString() + " " + [for (k in t.keys()) k].length);
    var st = new BalancedTree<String, Int>();
    for (w in ["pear", "apple", "fig", "banana", "Apple", "cherry", ""]) st.set(w, w.length);
    Sys.println(st.toString());
    var big = new BalancedTree<Int, Int>();
    for (i in 0...1000) big.set((i * 7919) % 1000, i);
    var prev = -1, ordered = true, n = 0;
    for (k in big.keys()) {
      if (k <= prev) ordered = false;
      prev = k;
      n++;
    }
    Sys.println(n + " " + ordered);
    for (i in 0...500) big.remove(i * 2);
    Sys.println([for (k in big.keys()) k].slice(0, 5).join(","));
  }
}
