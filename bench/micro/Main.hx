// micro: one loop per Haxe operation (string split/substr/indexOf, parsing, float and int
// printing, Reflect, Map<String,Int>/Map<Int,Int>, string ==, method calls, charCodeAt,
// sort callbacks, StringBuf, push, Math), each printing its time in ms. Not part of
// `npm run bench`: run `neko micro.n` and `bin/neko micro.n` side by side to see which
// operation a Haxe benchmark's gap comes from. Build: haxe -main Main -neko micro.n
class P { public var x:Int; public function new(x) this.x = x; public function get() return x; }
class Main {
  static var T0 = 0.0;
  static function t(name:String, r:Dynamic) { Sys.println(name + " " + Std.int((Sys.time() - T0) * 1000) + " ms " + r); T0 = Sys.time(); }
  static function main() {
    var n = 0;
    T0 = Sys.time();
    var text = [for (i in 0...100) "word" + i].join(" ");
    for (k in 0...3000) n += text.split(" ").length;
    t("split", n);
    for (k in 0...1000000) n += text.substr(k % 50, 7).length;
    t("substr", n);
    for (k in 0...1000000) n += text.indexOf("word7", k % 50);
    t("indexOf", n);
    for (k in 0...1000000) n += Std.parseInt("12345");
    t("parseInt", n);
    var f = 0.0;
    for (k in 0...1000000) f += Std.parseFloat("123.45");
    t("parseFloat", f);
    for (k in 0...300000) n += Std.string(k / 7).length;
    t("fstring", n);
    for (k in 0...1000000) n += Std.string(k).length;
    t("istring", n);
    var o:Dynamic = {};
    for (k in 0...1000000) Reflect.setField(o, "f" + (k % 12), k);
    t("setField", Reflect.fields(o).length);
    for (k in 0...300000) n += Reflect.fields(o).length;
    t("fields", n);
    var m = new Map<String, Int>();
    var keys = [for (i in 0...1000) "key" + i];
    for (k in 0...2000000) { var kk = keys[k % 1000]; var c = m.get(kk); m.set(kk, c == null ? 1 : c + 1); }
    t("smap", m.get("key5"));
    var im = new Map<Int, Int>();
    for (k in 0...2000000) { var kk = k % 1000; var c = im.get(kk); im.set(kk, c == null ? 1 : c + 1); }
    t("imap", im.get(5));
    for (k in 0...2000000) { var s = keys[k % 1000]; if (s == "key500") n++; else if (s == "key7") n += 2; }
    t("streq", n);
    for (k in 0...3000000) n += new P(k).get();
    t("new+call", n);
    var s = "hello world this is a string";
    for (k in 0...200000) for (i in 0...s.length) n += s.charCodeAt(i);
    t("charCodeAt", n);
    for (k in 0...1000000) n += (s.charAt(k % 20) == "o" ? 1 : 0);
    t("charAt", n);
    for (k in 0...300000) n += s.toUpperCase().length;
    t("upper", n);
    var arr = [for (i in 0...1000) (i * 7919) % 1000];
    for (k in 0...30) { var c = arr.copy(); c.sort(function(a, b) return a - b); n += c[0]; }
    t("sort", n);
    var sb = new StringBuf();
    for (k in 0...1000000) sb.add(k * 0.5);
    t("addfloat", sb.toString().length);
    var ia = [];
    for (k in 0...3000000) ia.push(k);
    t("push", ia.length);
    var d = 0.0;
    for (k in 0...3000000) d += Math.sqrt(k) * 0.5;
    t("float", d);
  }
}
