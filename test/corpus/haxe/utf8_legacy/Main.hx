import haxe.Utf8;

class Main {
  static function main() {
    var s = "Ça coûte 5€ 😀!";
    Sys.println(Utf8.length(s) + " " + s.length + " " + Utf8.validate(s) + " " + Utf8.validate(haxe.io.Bytes.ofHex("fffe").toString()));
    Sys.println(Utf8.charCodeAt(s, 0) + " " + Utf8.charCodeAt(s, 10) + " " + Utf8.charCodeAt(s, 12));
    Sys.println(Utf8.sub(s, 3, 5) + "|" + Utf8.sub(s, 9, 3) + "|" + Utf8.sub(s, 0, 0) + "|");
    var codes = [];
    Utf8.iter(s, function(c) codes.push(c));
    Sys.println(codes);
    var u = new Utf8();
    for (c in [72, 233, 8364, 128512, 10]) u.addChar(c);
    Sys.print(u.toString());
    Sys.println(Utf8.encode(haxe.io.Bytes.ofHex("636166e9").toString()) + " " + Utf8.decode("café") + " " + Utf8.decode("café").length);
    Sys.println(Utf8.compare("abc", "abd") + " " + Utf8.compare("é", "e") + " " + Utf8.compare("x", "x"));
  }
}
