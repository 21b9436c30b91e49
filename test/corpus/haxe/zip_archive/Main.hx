import haxe.io.Bytes;
import haxe.zip.*;

class Main {
  static function main() {
    var text = Bytes.ofString([for (i in 0...200) "line " + i].join("\n"));
    var c = Compress.run(text, 9);
    Sys.println(text.length + " -> " + c.length + " " + c.sub(0, 2).toHex());
    var u = Uncompress.run(c);
    Sys.println(u.compare(text) + " " + haxe.crypto.Crc32.make(u));
    var entries = new List<Entry>();
    var data = Bytes.ofString("hello zip");
    entries.add({fileName: "a.txt", fileSize: data.length, fileTime: new Date(2020, 5, 15, 12, 30, 0), compressed: false, dataSize: data.length, data: data, crc32: haxe.crypto.Crc32.make(data)});
    var out = new haxe.io.BytesOutput();
    new Writer(out).write(entries);
    var zipBytes = out.getBytes();
    Sys.println(zipBytes.length + " " + zipBytes.sub(0, 4).toHex());
    var read = Reader.readZip(new haxe.io.BytesInput(zipBytes));
    for (e in read) Sys.println(e.fileName + " " + e.fileSize + " " + Reader.unzip(e).toString());
  }
}
