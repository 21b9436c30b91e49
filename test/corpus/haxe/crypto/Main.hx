import haxe.crypto.*;
import haxe.io.Bytes;

class Main {
  static function main() {
    var inputs = ["", "abc", "The quick brown fox jumps over the lazy dog", "héllo", [for (i in 0...200) String.fromCharCode(97 + i % 26)].join("")];
    for (s in inputs) {
      Sys.println("md5 " + Md5.encode(s));
      Sys.println("sha1 " + Sha1.encode(s));
      Sys.println("sha224 " + Sha224.encode(s));
      Sys.println("sha256 " + Sha256.encode(s));
      Sys.println("b64 " + Base64.encode(Bytes.ofString(s)) + " " + Base64.encode(Bytes.ofString(s), false));
      Sys.println("crc32 " + Crc32.make(Bytes.ofString(s)) + " adler32 " + Adler32.make(Bytes.ofString(s)));
    }
    Sys.println(Base64.decode("aGVsbG8gd29ybGQ=").toString() + " " + Base64.decode("aGVsbG8", false).toString());
    Sys.println(Base64.urlEncode(Bytes.ofHex("fbff00")) + " " + Base64.urlDecode("-_8A").toHex());
    Sys.println(Md5.make(Bytes.ofHex("00ff")).toHex() + " " + Sha1.make(Bytes.ofString("x")).toHex());
    var hmac = new Hmac(SHA256);
    Sys.println(hmac.make(Bytes.ofString("key"), Bytes.ofString("The quick brown fox jumps over the lazy dog")).toHex());
    var hm5 = new Hmac(MD5);
    Sys.println(hm5.make(Bytes.ofString("key"), Bytes.ofString("message")).toHex());
    var bc = new BaseCode(Bytes.ofString("01234567"));
    Sys.println(bc.encodeString("hi") + " " + bc.decodeString(bc.encodeString("hello")));
    var c = new Crc32();
    c.update(Bytes.ofString("hello "), 0, 6);
    c.update(Bytes.ofString("world"), 0, 5);
    Sys.println(c.get() + " " + Crc32.make(Bytes.ofString("hello world")));
  }
}
