import haxe.io.Bytes;
import haxe.zip.Compress;
import haxe.zip.Uncompress;
import haxe.zip.FlushMode;

class Main {
  static function data(n:Int):Bytes {
    var b = new StringBuf();
    var seed = 7;
    for (i in 0...n) {
      seed = (seed * 1103515245 + 12345) & 0x3FFFFFFF;
      b.add(switch ((seed >> 10) % 5) { case 0: "neko "; case 1: "haxe "; case 2: String.fromCharCode(65 + (seed >> 4) % 26); case 3: "\n"; default: "zip " + i; });
    }
    return Bytes.ofString(b.toString());
  }

  static function streamCompress(src:Bytes, level:Int, mode:FlushMode, chunk:Int, bufsize:Int):Bytes {
    var c = new Compress(level);
    var out = new haxe.io.BytesBuffer();
    var buf = Bytes.alloc(bufsize);
    var pos = 0;
    var calls = 0;
    while (true) {
      var n = src.length - pos;
      if (n > chunk) n = chunk;
      var last = pos + n == src.length;
      c.setFlushMode(last ? FlushMode.FINISH : mode);
      var r = c.execute(src.sub(pos, n), 0, buf, 0);
      calls++;
      out.addBytes(buf, 0, r.write);
      pos += r.read;
      if (r.done) break;
    }
    c.close();
    var b = out.getBytes();
    Sys.println('stream level=$level mode=$mode chunk=$chunk buf=$bufsize calls=$calls -> ${b.length} ${haxe.crypto.Md5.make(b).toHex()}');
    return b;
  }

  static function main() {
    var src = data(3000);
    Sys.println("source " + src.length + " " + haxe.crypto.Md5.make(src).toHex());
    for (level in [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, -1]) {
      var z = Compress.run(src, level);
      var back = Uncompress.run(z);
      Sys.println('level $level: ${z.length} ${z.sub(0, 8).toHex()} ${haxe.crypto.Md5.make(z).toHex()} ok=${back.compare(src) == 0}');
    }
    var small = Compress.run(Bytes.ofString("hello"), 6);
    Sys.println("hello " + small.toHex());
    Sys.println("empty " + Compress.run(Bytes.alloc(0), 9).toHex());
    for (args in [[6, 0, 100, 64], [6, 1, 1000, 50], [9, 2, 333, 4096], [1, 3, 700, 128], [0, 1, 500, 77]]) {
      var mode = [FlushMode.NO, FlushMode.SYNC, FlushMode.FULL, FlushMode.BLOCK][args[1]];
      var z = streamCompress(src, args[0], mode, args[2], args[3]);
      var back = Uncompress.run(z, 100);
      Sys.println("  back " + (back.compare(src) == 0));
    }
    // incremental uncompress with tiny buffers
    var z = Compress.run(src, 6);
    var u = new Uncompress();
    u.setFlushMode(FlushMode.SYNC);
    var tmp = Bytes.alloc(37);
    var out = new haxe.io.BytesBuffer();
    var pos = 0, calls = 0;
    while (true) {
      var n = z.length - pos;
      if (n > 11) n = 11;
      var r = u.execute(z.sub(pos, n), 0, tmp, 0);
      out.addBytes(tmp, 0, r.write);
      pos += r.read;
      calls++;
      if (r.done) break;
    }
    u.close();
    Sys.println("incremental " + calls + " " + (out.getBytes().compare(src) == 0));
    // errors
    try {
      Uncompress.run(Bytes.ofString("not compressed at all"));
    } catch (e:Dynamic) {
      Sys.println("error: " + e);
    }
    var bad = z.sub(0, z.length);
    bad.set(z.length - 2, bad.get(z.length - 2) ^ 0xFF);
    try {
      Uncompress.run(bad);
    } catch (e:Dynamic) {
      Sys.println("error: " + e);
    }
    try {
      new Compress(11);
    } catch (e:Dynamic) {
      Sys.println("error: " + e);
    }
    // raw deflate (negative window bits)
    var raw = z.sub(2, z.length - 6);
    var u = new Uncompress(-15);
    var big = Bytes.alloc(src.length + 10);
    var r = u.execute(raw, 0, big, 0);
    Sys.println('raw: done=${r.done} read=${r.read} write=${r.write} ok=${big.sub(0, r.write).compare(src) == 0}');
    u.close();
  }
}
