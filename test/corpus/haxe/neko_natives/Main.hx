class Main {
  static function main() {
    var a:neko.NativeArray<Dynamic> = neko.NativeArray.alloc(3);
    a[0] = 1;
    a[2] = "x";
    Sys.println(neko.NativeArray.length(a) + " " + neko.NativeArray.toArray(a));
    var b = neko.NativeArray.sub(a, 1, 2);
    Sys.println(neko.NativeArray.length(b));
    var s = neko.NativeString.ofString("native");
    Sys.println(neko.NativeString.length(s) + " " + neko.NativeString.toString(s));
    Sys.println(untyped __dollar__typeof(1) + " " + untyped __dollar__typeof(1.5) + " " + untyped __dollar__typeof("s") + " " + untyped __dollar__typeof(null));
    Sys.println(untyped __dollar__hash(neko.NativeString.ofString("field")) + " " + neko.NativeString.toString(untyped __dollar__field(untyped __dollar__hash(neko.NativeString.ofString("field")))));
    var o = untyped __dollar__new(null);
    untyped __dollar__objset(o, __dollar__hash(neko.NativeString.ofString("k")), 5);
    Sys.println(untyped __dollar__objget(o, __dollar__hash(neko.NativeString.ofString("k"))) + " " + untyped __dollar__objfield(o, __dollar__hash(neko.NativeString.ofString("k"))));
    Sys.println(untyped __dollar__int(3.7) + " " + untyped __dollar__float(2) + " " + untyped __dollar__isinfinite(1.0 / 0) + " " + untyped __dollar__isnan(0.0 / 0));
    Sys.println(untyped __dollar__sgetf(neko.NativeString.ofString("abcdefgh"), 0, false) != null);
    Sys.println(neko.vm.Gc.stats().heap > 0);
    neko.vm.Gc.run(true);
    var u = neko.Utf8.length("hé");
    Sys.println(u);
    Sys.println(untyped __dollar__version());
    Sys.println(neko.Lib.stringReference(haxe.io.Bytes.ofHex("414243")));
    var arr = untyped __dollar__amake(2);
    Sys.println(untyped __dollar__asize(arr));
    Sys.println(untyped __dollar__compare(1, 2) + " " + untyped __dollar__compare(neko.NativeString.ofString("b"), neko.NativeString.ofString("a")) + " " + untyped __dollar__pcompare(o, o));
  }
}
