class Main {
  static function main() {
    var t = new haxe.Template("Hello ::name::! ::foreach items::[::__current__::]::end:: ::if (n > 2)::big::else::small::end::");
    Sys.println(t.execute({name: "World", items: [1, 2, 3], n: 5}));
    var sb = new StringBuf();
    for (i in 0...1000) sb.add(i % 10);
    Sys.println(sb.length + " " + haxe.crypto.Md5.encode(sb.toString()));
    Sys.println(haxe.Resource.listNames().length);
    var h = new haxe.ds.StringMap<Int>();
    Sys.println(h.toString());
    Sys.println(Std.string(haxe.io.Path.withoutExtension("a/b/c.txt")) + " " + haxe.io.Path.extension("x.tar.gz") + " " + haxe.io.Path.join(["a", "b", "c"]) + " " + haxe.io.Path.normalize("a/./b/../c"));
    Sys.println(haxe.io.Path.directory("/usr/lib/neko/std.ndll") + " " + haxe.io.Path.withExtension("f.hx", "n"));
  }
}
