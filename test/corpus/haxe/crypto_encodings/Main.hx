import haxe.crypto.*;
import haxe.io.Bytes;

class Main {
  static function main() {
    for (s in ["", "f", "fo", "foo", "foob", "fooba", "foobar", "\u00ff\u00fe?>"]) {
      var e = Base64.encode(Bytes.ofString(s));
      var e2 = Base64.encode(Bytes.ofString(s), false);
      var u = Base64.urlEncode(Bytes.ofString(s));
      Sys.println("[" + s + "] " + e + " " + e2 + " " + u + " " + Base64.decode(e).toString() + " " + Base64.decode(e2, false).toString() + " " + Base64.urlDecode(u).toString());
    }
    var bin = Bytes.alloc(64);
    for (i in 0...64) bin.set(i, 255 - i * 4);
    Sys.println(Base64.encode(bin));
    Sys.println(Base64.urlEncode(bin));
    Sys.println(Base64.decode(Base64.encode(bin)).compare(bin));
    var bc = new BaseCode(Bytes.ofString("0123456789abcdef"));
    Sys.println(bc.encodeString("hello") + " " + bc.decodeString(bc.encodeString("hello")));
    var b32 = new BaseCode(Bytes.ofString("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));
    Sys.println(b32.encodeBytes(Bytes.ofString("base32!")).toString());
    Sys.println(BaseCode.encode("binary", "01") + " " + BaseCode.decode("0110000101100010", "01"));
    var key = Bytes.ofString("key");
    var msg = Bytes.ofString("The quick brown fox jumps over the lazy dog");
    Sys.println(new Hmac(MD5).make(key, msg).toHex());
    Sys.println(new Hmac(SHA1).make(key, msg).toHex());
    Sys.println(new Hmac(SHA256).make(key, msg).toHex());
    var longKey = Bytes.alloc(100);
    longKey.fill(0, 100, 0x61);
    Sys.println(new Hmac(SHA256).make(longKey, Bytes.ofString("")).toHex());
    Sys.println(new Hmac(MD5).make(Bytes.ofString(""), Bytes.ofString("")).toHex());
    try {
      Base64.decode("@@@@");
      Sys.println("decoded");
    } catch (e:Dynamic) {
      Sys.println("error " + e);
    }
  }
}
