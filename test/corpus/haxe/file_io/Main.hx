import sys.io.File;
import sys.FileSystem;

class Main {
  static function main() {
    var dir = "tmp_file_io";
    if (!FileSystem.exists(dir)) FileSystem.createDirectory(dir);
    var path = dir + "/a.txt";
    File.saveContent(path, "first line\nsecond line\r\nthird");
    Sys.println(File.getContent(path).length);
    var out = File.append(path, false);
    out.writeString("\nappended");
    out.close();
    Sys.println(File.getContent(path));
    var inp = File.read(path, false);
    var lines = [];
    try {
      while (true) lines.push(inp.readLine());
    } catch (e:haxe.io.Eof) {
      lines.push("<eof>");
    }
    inp.close();
    Sys.println(lines.join("|"));
    var inp = File.read(path, true);
    Sys.println(inp.tell() + " " + inp.eof());
    inp.seek(6, SeekBegin);
    Sys.println(inp.readString(4) + " " + inp.tell());
    inp.seek(-8, SeekEnd);
    Sys.println(inp.readString(8) + " " + inp.tell());
    inp.seek(-5, SeekCur);
    Sys.println(String.fromCharCode(inp.readByte()) + " " + inp.tell());
    var rest = inp.readAll();
    Sys.println(rest.length + " " + inp.eof());
    try {
      inp.readByte();
      Sys.println("read past end");
    } catch (e:haxe.io.Eof) {
      Sys.println("Eof " + inp.eof());
    }
    inp.close();
    var bytes = haxe.io.Bytes.alloc(256);
    for (i in 0...256) bytes.set(i, i);
    File.saveBytes(dir + "/b.bin", bytes);
    var back = File.getBytes(dir + "/b.bin");
    Sys.println(back.length + " " + back.compare(bytes) + " " + back.get(200));
    var w = File.write(dir + "/c.bin", true);
    w.bigEndian = true;
    w.writeInt32(0x11223344);
    w.writeDouble(2.5);
    w.writeString("end");
    Sys.println(w.tell());
    w.flush();
    w.close();
    var r = File.read(dir + "/c.bin", true);
    r.bigEndian = true;
    Sys.println(StringTools.hex(r.readInt32()) + " " + r.readDouble() + " " + r.readString(3));
    r.close();
    File.copy(dir + "/c.bin", dir + "/d.bin");
    Sys.println(File.getBytes(dir + "/d.bin").toHex());
    var u = File.update(dir + "/d.bin", true);
    u.seek(2, SeekBegin);
    u.writeByte(0xFF);
    u.close();
    Sys.println(File.getBytes(dir + "/d.bin").toHex());
    var wr = File.write(dir + "/e.txt", false);
    wr.writeString("x");
    wr.close();
    File.saveContent(dir + "/e.txt", "overwritten");
    Sys.println(File.getContent(dir + "/e.txt"));
    try {
      File.getContent(dir + "/missing.txt");
    } catch (e:Dynamic) {
      Sys.println("missing: " + e);
    }
    try {
      File.read(dir + "/missing.txt");
    } catch (e:Dynamic) {
      Sys.println("missing read: " + e);
    }
    for (f in FileSystem.readDirectory(dir)) FileSystem.deleteFile(dir + "/" + f);
    FileSystem.deleteDirectory(dir);
    Sys.println(FileSystem.exists(dir));
  }
}
