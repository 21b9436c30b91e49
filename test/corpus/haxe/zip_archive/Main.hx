import haxe.io.Bytes;
import haxe.io.BytesInput;
import haxe.io.BytesOutput;
import haxe.zip.Entry;

class Main {
  static function entry(name:String, content:String, compress:Bool):Entry {
    var data = Bytes.ofString(content);
    var e:Entry = {
      fileName: name,
      fileSize: data.length,
      fileTime: Date.fromTime(1500000000000.0),
      compressed: false,
      dataSize: data.length,
      data: data,
      crc32: haxe.crypto.Crc32.make(data),
    };
    if (compress) haxe.zip.Tools.compress(e, 9);
    return e;
  }

  static function main() {
    var long = [for (i in 0...200) 'line $i of a compressible text file'].join("\n");
    var entries = new haxe.ds.List<Entry>();
    entries.add(entry("a.txt", "hello world", false));
    entries.add(entry("dir/long.txt", long, true));
    entries.add(entry("empty.bin", "", true));
    entries.add(entry("dir/b.txt", "short but compressed", true));
    var out = new BytesOutput();
    new haxe.zip.Writer(out).write(entries);
    var zip = out.getBytes();
    Sys.println("zip size " + zip.length + " md5 " + haxe.crypto.Md5.make(zip).toHex());
    var read = haxe.zip.Reader.readZip(new BytesInput(zip));
    for (e in read) {
      var raw = e.data;
      var wasCompressed = e.compressed;
      var content = haxe.zip.Reader.unzip(e);
      Sys.println('${e.fileName} size=${e.fileSize} dataSize=${e.dataSize} compressed=$wasCompressed crc=${e.crc32} raw=${raw.length} content=${content.length} ${haxe.crypto.Md5.make(content).toHex()}');
    }
    var first = read.first();
    Sys.println(first.data.toString());
  }
}
