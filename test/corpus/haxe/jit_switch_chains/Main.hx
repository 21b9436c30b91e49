// Sparse switches (nekoc compiles them to one test per case value on one slot): on
// characters as a JSON scanner does, on ints with several values a case, with and without
// a default, on Dynamic values that are floats, strings or null, nested, and in hot loops
// (so the fast tier translates them).

enum Tok { Space; Quote; Num(c:Int); Open; Close; Other(c:Int); }

class Main {
  static function scan(c:Int):Tok {
    return switch (c) {
      case ' '.code, '\t'.code, '\n'.code, '\r'.code: Space;
      case '"'.code: Quote;
      case '-'.code, '0'.code, '1'.code, '2'.code, '3'.code, '4'.code, '5'.code, '6'.code, '7'.code, '8'.code, '9'.code: Num(c);
      case '{'.code, '['.code: Open;
      case '}'.code, ']'.code: Close;
      default: Other(c);
    }
  }

  static function sparse(v:Int):String {
    switch (v) {
      case 1: return "one";
      case 77: return "seventy-seven";
      case 1000: return "thousand";
      case -40: return "minus forty";
      case 123456789: return "big";
    }
    return "none";
  }

  static function dyn(v:Dynamic):String {
    return switch (v) {
      case 3: "three";
      case 300: "three hundred";
      case 30: "thirty";
      case null: "null";
      default: "other " + Std.string(v);
    }
  }

  static function nested(a:Int, b:Int):String {
    return switch (a) {
      case 1: switch (b) { case 10: "1/10"; case 20: "1/20"; case 40: "1/40"; default: "1/?"; }
      case 5: switch (b) { case 10: "5/10"; case 30: "5/30"; case 50: "5/50"; default: "5/?"; }
      case 9: "9";
      default: "?";
    }
  }

  static function main() {
    var text = "{ \"a\": [1, -2, 30], \"b\": \"x y\" }\t\r\n";
    var counts = new Map<String, Int>();
    for (round in 0...300) {
      for (i in 0...text.length) {
        var t = scan(StringTools.fastCodeAt(text, i));
        var k = Type.enumConstructor(t);
        counts.set(k, (counts.exists(k) ? counts.get(k) : 0) + 1);
        if (round == 0) Sys.print(Std.string(t) + " ");
      }
    }
    Sys.println("");
    var keys = [for (k in counts.keys()) k];
    keys.sort(Reflect.compare);
    for (k in keys) Sys.println(k + " " + counts.get(k));
    var acc = 0;
    for (i in -50...2000) acc += sparse(i).length;
    Sys.println("sparse " + acc);
    for (v in [1, 77, 1000, -40, 123456789, 2, 0]) Sys.println(v + " " + sparse(v));
    var ds:Array<Dynamic> = [3, 300, 30, 3.0, 30.0, 3.5, "3", "30", null, true, 4];
    for (round in 0...200) for (d in ds) if (round == 199) Sys.println(dyn(d));
    var out = new StringBuf();
    for (i in 0...60) out.add(nested(i % 10, (i % 6) * 10) + " ");
    Sys.println(out.toString());
  }
}
