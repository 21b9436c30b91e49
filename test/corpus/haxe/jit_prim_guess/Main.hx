// Calls the fast tier expects to reach a primitive: a class's static holding one (Haxe's
// StringBuf calls buffer_add_char so), called in a loop; then another primitive, a Haxe
// function and null in its place, the primitive failing (its name, the exception stack),
// and finally failing uncaught (the trace through the translated caller).
class Main {
  static var put:Dynamic = neko.Lib.load("std", "buffer_add_char", 2);
  static var bnew:Dynamic = neko.Lib.load("std", "buffer_new", 0);
  static var bstr:Dynamic = neko.Lib.load("std", "buffer_string", 1);

  static function fill(b:Dynamic, from:Int, n:Int):Dynamic {
    for (i in 0...n) put(b, from + i % 26);
    return b;
  }

  static function show(f:Void->Dynamic) {
    try {
      Sys.println(Std.string(f()));
    } catch (e:Dynamic) {
      Sys.println("caught " + Std.string(e));
      for (s in haxe.CallStack.exceptionStack()) Sys.println("  " + Std.string(s));
    }
  }

  static function main() {
    show(() -> neko.NativeString.toString(bstr(fill(bnew(), 65, 40))));
    put = neko.Lib.load("std", "buffer_add", 2);
    show(() -> neko.NativeString.toString(bstr(fill(bnew(), 65, 3))));
    put = function(b:Dynamic, c:Int) untyped __dollar__print(c, " ");
    show(() -> fill(bnew(), 97, 4));
    put = null;
    show(() -> fill(bnew(), 97, 2));
    put = neko.Lib.load("std", "buffer_add_char", 2);
    show(() -> fill(bnew(), 250, 20));
    fill(bnew(), 240, 30);
  }
}
