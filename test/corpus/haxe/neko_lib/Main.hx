class Main {
  static function main() {
    var a:Array<Dynamic> = [1, 2.5, "x"];
    var v:Dynamic = {a: a, b: null, c: {d: true}};
    var s = neko.Lib.serialize(v);
    Sys.println(s.toHex());
    var back:Dynamic = neko.Lib.unserialize(s);
    Sys.println(back.a[1] + " " + back.c.d + " " + Reflect.fields(back).length);
    var f = function(x:Int) return x * 2;
    var sf = neko.Lib.serialize(f);
    var g:Int->Int = neko.Lib.unserialize(sf);
    Sys.println(g(21));
    neko.Lib.print("print ");
    neko.Lib.println("println");
    var ns = neko.Lib.stringReference(haxe.io.Bytes.ofString("ref"));
    Sys.println(ns + " " + neko.Lib.bytesReference("abc").length);
    var arr = neko.Lib.nekoToHaxe(untyped $array(1, 2, $array(3)));
    Sys.println(arr);
    var n:Dynamic = neko.Lib.haxeToNeko(["a", "b"]);
    Sys.println(untyped __dollar__asize(n));
    var r = new neko.Random();
    r.setSeed(123);
    Sys.println([for (i in 0...10) r.int(100)].join(",") + " " + (r.float() < 1));
    var md5 = neko.Lib.load("std", "make_md5", 1);
    Sys.println(haxe.io.Bytes.ofData(md5(neko.NativeString.ofString("abc"))).toHex());
    try {
      neko.Lib.load("std", "no_such_prim", 1);
    } catch (e:Dynamic) {
      Sys.println("load error: " + e);
    }
    try {
      neko.Lib.rethrow("rethrown");
    } catch (e:Dynamic) {
      Sys.println(e);
    }
  }
}
