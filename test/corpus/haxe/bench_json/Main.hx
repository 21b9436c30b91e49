// json: haxe.Json encode/decode round trips of generated nested structures.
// Size: number of round trips (Sys.args()[0]).

import haxe.Json;

class Main {
  static var seed = 2024;

  static function rnd(n:Int):Int {
    seed = (seed * 1103515245 + 12345) & 0x3FFFFFFF;
    return (seed >> 8) % n;
  }

  static var names = ["apple", "banana", "cherry", "date \"quoted\"", "elder\\berry", "fig\nnewline", "grape\ttab", "héllo"];

  static function gen(depth:Int):Dynamic {
    var k = depth <= 0 ? rnd(5) : rnd(7);
    return switch (k) {
      case 0: rnd(100000) - 50000;
      case 1: (rnd(2000000) - 1000000) / 64;
      case 2: names[rnd(names.length)] + rnd(100);
      case 3: rnd(2) == 0;
      case 4: null;
      case 5: [for (i in 0...rnd(6)) gen(depth - 1)];
      default:
        var o = {};
        for (i in 0...1 + rnd(5)) Reflect.setField(o, "f" + rnd(12), gen(depth - 1));
        o;
    };
  }

  // structural checksum of a decoded value
  static function walk(v:Dynamic):Int {
    if (v == null) return 1;
    if (Std.isOfType(v, Bool)) return v ? 3 : 5;
    if (Std.isOfType(v, Int)) return (v : Int) & 0xFFFF;
    if (Std.isOfType(v, Float)) return Std.int((v : Float) * 4) & 0xFFFF;
    if (Std.isOfType(v, String)) {
      var s:String = v;
      var h = s.length;
      for (i in 0...s.length) h = (h * 7 + s.charCodeAt(i)) & 0xFFFF;
      return h;
    }
    if (Std.isOfType(v, Array)) {
      var a:Array<Dynamic> = v;
      var h = 11 + a.length;
      for (x in a) h = (h * 13 + walk(x)) & 0xFFFFFF;
      return h;
    }
    var fields = Reflect.fields(v);
    fields.sort(function(a, b) return a < b ? -1 : a > b ? 1 : 0);
    var h = 17 + fields.length;
    for (f in fields) h = (h * 19 + f.length + walk(Reflect.field(v, f))) & 0xFFFFFF;
    return h;
  }

  static function main() {
    var args = Sys.args();
    var n = args.length > 0 ? Std.parseInt(args[0]) : 100;
    var bytes = 0, sum = 0, same = 0, pretty = 0;
    for (i in 0...n) {
      var root = {id: i, name: "doc" + i, items: [for (j in 0...4) gen(3)], meta: gen(4)};
      var s = Json.stringify(root);
      bytes += s.length;
      var back:Dynamic = Json.parse(s);
      sum = (sum + walk(back)) & 0xFFFFFFF;
      var s2 = Json.stringify(back);
      if (s2.length == s.length) same++;
      var again:Dynamic = Json.parse(s2);
      if (again.id == i && again.name == root.name) sum = (sum + 1) & 0xFFFFFFF;
      if (i % 10 == 0) pretty += Json.stringify(back, null, "  ").length;
    }
    Sys.println("docs " + n + " bytes " + bytes + " same-length " + same + " pretty " + pretty);
    Sys.println("checksum " + sum);
  }
}
