import haxe.io.Bytes;
import haxe.crypto.Crc32;
import haxe.crypto.Adler32;

class Main {
  static function main() {
    for (s in ["", "a", "abc", "The quick brown fox jumps over the lazy dog", [for (i in 0...1000) String.fromCharCode(32 + i % 90)].join("")]) {
      var b = Bytes.ofString(s);
      Sys.println(s.length + " crc32=" + Crc32.make(b) + " adler32=" + Adler32.make(b));
    }
    var c = new Crc32();
    for (i in 0...256) c.byte(i);
    Sys.println("crc bytes " + c.get());
    var a = new Adler32();
    var b = Bytes.alloc(100000);
    for (i in 0...b.length) b.set(i, (i * 7) & 255);
    a.update(b, 0, b.length);
    Sys.println("adler big " + a.get());
    var a2 = new Adler32();
    a2.update(b, 0, 50000);
    a2.update(b, 50000, 50000);
    Sys.println("adler split " + a2.get() + " equals " + a.equals(a2));
    var z = haxe.zip.Compress.run(b, 6);
    var tail = z.sub(z.length - 4, 4);
    Sys.println("zlib trailer " + tail.toHex() + " adler " + StringTools.hex(a.get(), 8).toLowerCase());
    var input = new haxe.io.BytesInput(tail);
    Sys.println("read " + Adler32.read(input).get());
  }
}
