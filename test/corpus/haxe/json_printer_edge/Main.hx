import haxe.Json;
import haxe.format.JsonPrinter;
import haxe.format.JsonParser;

class Pt {
  public var x = 1;
  public var y:Null<Int> = null;
  var hidden = "h";
  public var fn:Void->Void;
  public function new() {}
}

enum E {
  A;
  B(i:Int);
}

class Main {
  static function main() {
    Sys.println(Json.stringify(new Pt()));
    Sys.println(Json.stringify({arr: [1.0, 2.5, -0.0, 1e-300, 123456789.125], s: "\u0000\u001f\u007f\u00ff\u2028"}));
    Sys.println(Json.stringify({e: A}));
    Sys.println(Json.stringify({b: B(2)}).length > 0);
    Sys.println(Json.stringify(haxe.io.Bytes.ofString("x")).length > 0);
    Sys.println(Json.stringify(Date.fromTime(0)));
    var sm = new haxe.ds.StringMap<Int>();
    sm.set("a", 1);
    Sys.println(Json.stringify(sm));
    var im = new haxe.ds.IntMap<Int>();
    im.set(1, 2);
    Sys.println(Json.stringify(im));
    Sys.println(JsonPrinter.print([{a: []}, {}], null, "--"));
    Sys.println(JsonPrinter.print({k: ([1, {z: null}] : Array<Dynamic>)}, function(k, v) return k == "z" ? "Z" : v, " "));
    var p = JsonParser.parse('{"deep":{"a":[{"b":[[]]}]},"n":-1.5e-3,"t":true,"u":"\\u20ac\\u00e9\\ud83d\\ude00"}');
    var v:Dynamic = p;
    Sys.println(v.n + " " + v.t + " " + v.u + " " + v.u.length + " " + Json.stringify(v.deep));
    for (s in ['"\\x"', '"\\u12"', '{"a":1,}', '[1 2]', 'nul', '1.', '-', '"a" "b"', '{"a":1}x', '1e5', '-0', '[-]', '"\t"']) {
      try {
        Sys.println(s + " => " + Json.stringify(Json.parse(s)));
      } catch (e:Dynamic) {
        Sys.println(s + " => error " + e);
      }
    }
  }
}
