import haxe.crypto.BaseCode;
import haxe.io.Bytes;

class Main {
  static function main() {
    for (base in ["01", "0123", "01234567", "0123456789abcdef", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"]) {
      var bc = new BaseCode(Bytes.ofString(base));
      for (s in ["", "a", "ab", "abc", "\x00\x7f"]) {
        var e = bc.encodeString(s);
        Sys.println(base.length + " [" + e + "] " + (bc.decodeString(e) == s) + " " + bc.decodeBytes(Bytes.ofString(e)).length);
      }
    }
    for (bad in ["012", "0123456789"]) {
      try {
        new BaseCode(Bytes.ofString(bad));
        Sys.println("accepted base " + bad.length);
      } catch (e:Dynamic) {
        Sys.println("rejected base " + bad.length + ": " + e);
      }
    }
    var hex = new BaseCode(Bytes.ofString("0123456789abcdef"));
    try {
      Sys.println("decoded: " + hex.decodeString("zz"));
    } catch (e:Dynamic) {
      Sys.println("bad char: " + e);
    }
    Sys.println(haxe.crypto.Base64.decode("YW Jj").toString());
  }
}
