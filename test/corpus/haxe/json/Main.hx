import haxe.Json;

class Main {
  static function main() {
    var o = {
      name: "neko",
      version: 2.3,
      tags: ["vm", "haxe"],
      nested: {a: 1, b: [true, false, null]},
      text: "quote \" backslash \\ newline \n tab \t unicode é",
      neg: -42,
      big: 1e20
    };
    var s = Json.stringify(o);
    Sys.println(s);
    var pretty = Json.stringify({x: [1, 2], y: {z: "w"}}, null, "  ");
    Sys.println(pretty);
    var back:Dynamic = Json.parse(s);
    Sys.println(back.name + " " + back.version + " " + back.tags[1] + " " + back.nested.b + " " + back.text.length + " " + back.big);
    var parsed:Dynamic = Json.parse('{"a":[1,2.5,-3e2,"\\u00e9\\n"],"b":{"c":null},"d":true}');
    Sys.println(Json.stringify(parsed));
    Sys.println(Json.stringify([1.0, 0.5, 100, -0.25]));
    Sys.println(Json.stringify("str") + " " + Json.stringify(null) + " " + Json.stringify(12));
    var replaced = Json.stringify({a: 1, b: 2}, function(k:Dynamic, v:Dynamic) return k == "a" ? 100 : v);
    Sys.println(replaced);
    for (bad in ["{", "[1,]", "tru", "\"abc", "{\"a\" 1}"]) {
      try {
        Json.parse(bad);
        Sys.println("parsed " + bad);
      } catch (e:Dynamic) {
        Sys.println("error on " + bad + ": " + e);
      }
    }
  }
}
