class P {
  public function new() {}
  public function toString() return "custom P";
}

class Main {
  static function main() {
    Sys.print(null);
    Sys.print(" ");
    Sys.print(12);
    Sys.print(" ");
    Sys.print(1.25);
    Sys.print(" ");
    Sys.print(true);
    Sys.print(" ");
    Sys.print([1, "a"]);
    Sys.print(" ");
    Sys.print({k: "v"});
    Sys.print(" ");
    Sys.print(new P());
    Sys.print(" ");
    Sys.print(haxe.ds.Option.Some(3));
    Sys.println("");
    Sys.println(null);
    Sys.println(Main);
    Sys.println(P);
    Sys.println(haxe.ds.Option);
    Sys.println(function() {});
    Sys.println(Sys.print);
    Sys.println(haxe.io.Bytes.ofString("bytes"));
    Sys.println(new haxe.ds.IntMap<Int>());
    Sys.println(new List<Int>());
    Sys.println(Date.fromTime(3600000));
    Sys.println(new haxe.Exception("ex"));
    Sys.println(haxe.io.Eof);
    Sys.println(new haxe.io.Eof());
    Sys.println(haxe.io.Error.Custom("c"));
    Sys.println(sys.thread.Thread.current() != null);
    neko.Lib.println(untyped __dollar__array(1, 2));
    neko.Lib.print(untyped __dollar__new(null));
    neko.Lib.println("");
  }
}
