import haxe.io.Bytes;

class Main {
  static function main() {
    var raw = Bytes.ofHex("48c3a9ff80e282ac41");
    var s = raw.toString();
    Sys.println(s.length + " " + raw.getString(0, raw.length).length + " " + Bytes.ofString(s).toHex());
    Sys.println(haxe.crypto.Md5.encode(s));
    try Sys.println(haxe.Json.stringify(s)) catch (e:Dynamic) Sys.println("json: " + e);
    Sys.println(s.charCodeAt(3) + " " + s.indexOf("A") + " " + s.substr(1, 2) + " " + StringTools.urlEncode(s));
    var all = Bytes.alloc(256);
    for (i in 0...256) all.set(i, i);
    var str = all.toString();
    Sys.println(str.length + " " + str.charCodeAt(0) + " " + str.charCodeAt(255) + " " + Bytes.ofString(str).compare(all));
    Sys.println(haxe.Serializer.run(str).length + " " + (haxe.Unserializer.run(haxe.Serializer.run(str)) == str));
    Sys.println(StringTools.htmlEscape(str.substr(32, 40)));
    var nul = "a\x00b";
    Sys.println(nul.length + " " + nul.charCodeAt(1) + " " + nul.split("\x00") + " " + (nul == "a\x00b") + " " + ("a\x00b" < "a\x00c"));
    Sys.println(Bytes.ofString(nul).toHex() + " " + haxe.crypto.Base64.encode(Bytes.ofString(nul)));
    Sys.println(String.fromCharCode(0).length + " " + String.fromCharCode(255).length + " " + Bytes.ofString(String.fromCharCode(255)).toHex());
  }
}
