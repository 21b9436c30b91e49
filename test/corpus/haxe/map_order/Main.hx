class Main {
  static function main() {
    var sm = new haxe.ds.StringMap<Int>();
    for (i in 0...40) sm.set("key" + (i * 7919 % 100), i);
    Sys.println([for (k in sm.keys()) k].join(","));
    Sys.println([for (v in sm) v].join(","));
    var im = new haxe.ds.IntMap<String>();
    for (i in [5, 100, -7, 3, 1 << 20, 77, 0, 12345]) im.set(i, "v");
    Sys.println([for (k in im.keys()) k].join(","));
    var anon = {zeta: 1, alpha: 2, mid: 3, beta: 4, omega: 5};
    Sys.println(Reflect.fields(anon).join(","));
    var d:Dynamic = {};
    for (n in ["one", "two", "three", "four", "five", "six"]) Reflect.setField(d, n, n.length);
    Sys.println(Reflect.fields(d).join(","));
    Sys.println(Std.string(d));
    var om = new Map<String, Bool>();
    om["b"] = true;
    om["a"] = false;
    om["c"] = true;
    Sys.println(om.toString());
    var copy = sm.copy();
    copy.remove("key0");
    Sys.println([for (k in copy.keys()) k].length + " " + [for (k in sm.keys()) k].length);
    var kv = [for (k => v in im) k + "=" + v].join(" ");
    Sys.println(kv);
    sm.clear();
    Sys.println([for (k in sm.keys()) k].length);
  }
}
