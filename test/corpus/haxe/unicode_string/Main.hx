class Main {
  static function main() {
    var s = "aé€😀z";
    Sys.println(s.length + " " + s);
    var u:UnicodeString = s;
    Sys.println(u.length + " " + u.charAt(1) + " " + u.charCodeAt(2) + " " + u.charCodeAt(3) + " " + u.indexOf("€") + " " + u.lastIndexOf("z") + " " + u.substr(1, 2) + " " + u.substring(3, 5));
    Sys.println(UnicodeString.validate(haxe.io.Bytes.ofString(s), UTF8) + " " + UnicodeString.validate(haxe.io.Bytes.ofHex("ff"), UTF8));
    var codes = [for (c in new haxe.iterators.StringIteratorUnicode(s)) c];
    Sys.println(codes);
    var kv = [for (i in 0...u.length) i + ":" + u.charCodeAt(i)];
    Sys.println(kv);
    Sys.println([for (c in new haxe.iterators.StringIteratorUnicode(s)) c]);
    Sys.println([for (kv in new haxe.iterators.StringKeyValueIteratorUnicode(s)) kv.key + "=" + kv.value]);
    Sys.println(String.fromCharCode(233).length + " " + String.fromCharCode(0x20AC).length + " " + String.fromCharCode(0x1F600).length);
    Sys.println(u.toUpperCase() + " " + "ÉCOLE".toLowerCase() + " " + "straße".toUpperCase());
    Sys.println(u.split("€") + " " + u.charAt(10) + "|" + u.charCodeAt(10));
    Sys.println(haxe.io.Bytes.ofString("日本語").toHex() + " " + "日本語".length + " " + (("日本語" : UnicodeString)).length);
    Sys.println(("é" < "z") + " " + ("€" > "z") + " " + Reflect.compare("é", "e"));
    var sb = new StringBuf();
    sb.addChar(0x41);
    sb.addChar(0xE9);
    sb.addChar(0x20AC);
    Sys.println(sb.toString() + " " + sb.length);
    Sys.println(StringTools.urlEncode("€ ü") + " " + haxe.crypto.Md5.encode("€"));
  }
}
