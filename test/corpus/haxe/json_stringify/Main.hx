import haxe.Json;

class Item {
  public var id:Int;
  public var name:String;
  public var tags:Array<String>;
  public function new(id, name, tags) {
    this.id = id;
    this.name = name;
    this.tags = tags;
  }
}

class Main {
  static function main() {
    Sys.println(Json.stringify(1.5) + " " + Json.stringify(-0.25) + " " + Json.stringify(1e20) + " " + Json.stringify(1e-10) + " " + Json.stringify(100));
    Sys.println(Json.stringify(Math.NaN) + " " + Json.stringify(Math.POSITIVE_INFINITY) + " " + Json.stringify(null) + " " + Json.stringify(true));
    Sys.println(Json.stringify("quote\" back\\ nl\n tab\t cr\r bs\x08 ff\x0C ctl\x01 uni \u00e9 slash/"));
    Sys.println(Json.stringify([1, [2, [3, []]], {}]));
    var o = {a: 1, b: "two", c: [true, false, null], d: {e: 2.5}};
    Sys.println(Json.stringify(o, null, "  "));
    Sys.println(Json.stringify(o, null, "\t"));
    Sys.println(Json.stringify([1, 2, {x: [3]}], null, " "));
    Sys.println(Json.stringify(o, function(key:Dynamic, value:Dynamic):Dynamic {
      if (key == "b") return "replaced";
      if (Std.isOfType(value, Int)) return value * 10;
      return value;
    }));
    Sys.println(Json.stringify(new Item(3, "it", ["x", "y"])));
    var m = new Map<String, Int>();
    m.set("k", 1);
    Sys.println(Json.stringify({map: m}).length > 0);
    var parsed:Dynamic = Json.parse('{"a":[1,2.5,-3e2,"s\\u0041\\u00e9\\n",true,false,null],"b":{"c":{}},"d":[],"e":"\\ud83d\\ude00"}');
    Sys.println(parsed.a);
    Sys.println(parsed.a[3] + " " + parsed.a[3].length);
    Sys.println(parsed.e + " " + parsed.e.length);
    Sys.println(Reflect.fields(parsed.b) + " " + parsed.d.length);
    Sys.println(Json.stringify(parsed));
    var roundtrip = Json.parse(Json.stringify(o, null, "  "));
    Sys.println(Json.stringify(roundtrip));
    for (bad in ['{"a":}', '[1,2', 'tru', '"unterminated', '{"a" 1}', '01', '[1,]', '']) {
      try {
        Json.parse(bad);
        Sys.println("parsed " + bad);
      } catch (e:Dynamic) {
        Sys.println("error: " + e);
      }
    }
    Sys.println(Json.parse(' \n 42 ') + " " + Json.parse('-0.5e1') + " " + Json.parse('"\\/\\b\\f\\r\\t"').length);
    Sys.println(Json.stringify({z: 1, a: 2, m: 3}));
  }
}
