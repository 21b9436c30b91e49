import haxe.Utf8;

class Main {
  static function main() {
    var s = "héllo wörld €😀";
    Sys.println(s.length + " " + Utf8.length(s) + " " + Utf8.validate(s) + " " + Utf8.validate(haxe.io.Bytes.ofHex("ff").toString()));
    Sys.println(Utf8.sub(s, 1, 4) + "|" + Utf8.charCodeAt(s, 1) + " " + Utf8.charCodeAt(s, 13));
    var codes = [];
    Utf8.iter(s, function(c) codes.push(c));
    Sys.println(codes.join(","));
    var u = new Utf8();
    for (c in [72, 233, 8364, 128512, 0x7FF, 0x800]) u.addChar(c);
    Sys.println(u.toString() + " " + u.toString().length);
    Sys.println(Utf8.encode(haxe.io.Bytes.ofHex("636166e9").toString()) + " " + Utf8.decode("café").length);
    Sys.println(Utf8.compare("abc", "abd") + " " + Utf8.compare("é", "e") + " " + Utf8.compare("same", "same"));
    var h = haxe.io.Bytes.ofString(s);
    Sys.println(h.toHex());
    Sys.println(StringTools.urlEncode(s));
  }
}
