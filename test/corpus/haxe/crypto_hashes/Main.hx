import haxe.crypto.*;
import haxe.io.Bytes;

class Main {
  static function main() {
    var inputs = ["", "a", "abc", "message digest", "The quick brown fox jumps over the lazy dog"];
    for (n in [55, 56, 57, 63, 64, 65, 119, 120, 128, 1000]) {
      var sb = new StringBuf();
      for (i in 0...n) sb.addChar(97 + i % 26);
      inputs.push(sb.toString());
    }
    inputs.push("\u00e9\u00e8\u00ea\u20ac");
    for (s in inputs) {
      Sys.println(s.length + " md5 " + Md5.encode(s));
      Sys.println(s.length + " sha1 " + Sha1.encode(s));
      Sys.println(s.length + " sha224 " + Sha224.encode(s));
      Sys.println(s.length + " sha256 " + Sha256.encode(s));
    }
    var bin = Bytes.alloc(256);
    for (i in 0...256) bin.set(i, i);
    Sys.println(Md5.make(bin).toHex());
    Sys.println(Sha1.make(bin).toHex());
    Sys.println(Sha224.make(bin).toHex());
    Sys.println(Sha256.make(bin).toHex());
    Sys.println(haxe.crypto.Crc32.make(bin) + " " + Adler32.make(bin));
    Sys.println(Crc32.make(Bytes.ofString("123456789")) + " " + Adler32.make(Bytes.ofString("Wikipedia")));
    var c = new Crc32();
    c.byte(0x31);
    c.update(Bytes.ofString("23456789"), 0, 8);
    Sys.println(c.get());
    var ad = new Adler32();
    ad.update(Bytes.ofString("Wiki"), 0, 4);
    ad.update(Bytes.ofString("pedia"), 0, 5);
    Sys.println(ad.get() + " " + ad.equals(Adler32.read(new haxe.io.BytesInput(Bytes.ofHex("11E60398")))));
    Sys.println(haxe.crypto.Md5.make(Bytes.ofString("")).length + " " + Sha256.make(Bytes.ofString("")).length);
  }
}
