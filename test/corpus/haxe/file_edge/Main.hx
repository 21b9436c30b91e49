import sys.io.File;
import sys.FileSystem;

class Main {
  static function main() {
    var d = "tmp_file_edge";
    FileSystem.createDirectory(d);
    var p = d + "/f.txt";
    var o = File.append(p);
    o.writeString("created by append\n");
    o.close();
    Sys.println(File.getContent(p));
    File.saveContent(p, "no newline at end");
    var i = File.read(p, false);
    Sys.println(i.readLine() + " " + i.eof());
    i.close();
    File.saveContent(p, "a\rb\r\nc\n\nd");
    var i = File.read(p, false);
    var lines = [];
    while (true) {
      try lines.push(StringTools.replace(i.readLine(), "\r", "<CR>")) catch (e:haxe.io.Eof) break;
    }
    i.close();
    Sys.println(lines);
    var big = new StringBuf();
    for (k in 0...5000) big.add("0123456789");
    File.saveContent(p, big.toString() + "\nshort\n");
    var i = File.read(p, false);
    var l1 = i.readLine();
    Sys.println(l1.length + " " + i.readLine() + " " + i.tell());
    i.close();
    File.saveContent(p, "");
    var i = File.read(p, false);
    Sys.println("empty eof=" + i.eof() + " readAll=" + i.readAll().length);
    try {
      i.readLine();
    } catch (e:haxe.io.Eof) {
      Sys.println("empty readLine: Eof");
    }
    i.close();
    var w = File.write(p);
    w.writeString("0123456789");
    w.seek(3, SeekBegin);
    w.writeString("abc");
    w.seek(-2, SeekEnd);
    w.writeString("XY");
    Sys.println(w.tell());
    w.seek(2, SeekEnd);
    w.writeString("!");
    w.close();
    var bytes = File.getBytes(p);
    Sys.println(bytes.length + " " + bytes.toHex());
    Sys.println(FileSystem.stat(d).size > 0 || true);
    try {
      Sys.println(FileSystem.isDirectory(d + "/missing"));
    } catch (e:Dynamic) {
      Sys.println("isDirectory of missing: " + e);
    }
    Sys.println(FileSystem.exists(d + "/f.txt/x"));
    try {
      File.saveContent(d + "/nodir/x.txt", "x");
    } catch (e:Dynamic) {
      Sys.println("write into missing dir: " + e);
    }
    try {
      FileSystem.createDirectory(p + "/sub");
    } catch (e:Dynamic) {
      Sys.println("mkdir under file failed");
    }
    var closed = File.read(p);
    closed.close();
    try {
      closed.readByte();
    } catch (e:Dynamic) {
      Sys.println("read after close: " + e);
    }
    FileSystem.deleteFile(p);
    FileSystem.deleteDirectory(d);
    Sys.println(FileSystem.exists(d));
  }
}
