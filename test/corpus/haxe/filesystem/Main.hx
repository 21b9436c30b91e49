import sys.FileSystem;
import sys.io.File;

class Main {
  static function main() {
    var root = "tmp_fs_test";
    if (FileSystem.exists(root)) {
      Sys.println("leftover");
    }
    FileSystem.createDirectory(root + "/sub/deeper/deepest");
    Sys.println(FileSystem.exists(root + "/sub/deeper") + " " + FileSystem.isDirectory(root + "/sub") + " " + FileSystem.isDirectory("Main.hx"));
    File.saveContent(root + "/one.txt", "12345");
    File.saveContent(root + "/two.txt", "");
    File.saveContent(root + "/sub/three.txt", "abc");
    var entries = FileSystem.readDirectory(root);
    entries.sort(Reflect.compare);
    Sys.println(entries.join(","));
    var st = FileSystem.stat(root + "/one.txt");
    Sys.println(st.size + " " + (st.mtime.getTime() > 0) + " " + (st.nlink >= 1) + " " + Std.isOfType(st.mtime, Date));
    Sys.println(FileSystem.stat(root + "/two.txt").size);
    FileSystem.rename(root + "/one.txt", root + "/uno.txt");
    Sys.println(FileSystem.exists(root + "/one.txt") + " " + FileSystem.exists(root + "/uno.txt"));
    FileSystem.rename(root + "/uno.txt", root + "/sub/uno.txt");
    var sub = FileSystem.readDirectory(root + "/sub");
    sub.sort(Reflect.compare);
    Sys.println(sub.join(","));
    try {
      FileSystem.deleteDirectory(root + "/sub");
      Sys.println("deleted non-empty?");
    } catch (e:Dynamic) {
      Sys.println("cannot delete non-empty");
    }
    try {
      FileSystem.stat(root + "/nope");
    } catch (e:Dynamic) {
      Sys.println("stat error");
    }
    try {
      FileSystem.readDirectory(root + "/nope");
    } catch (e:Dynamic) {
      Sys.println("readDirectory error");
    }
    try {
      FileSystem.deleteFile(root + "/nope");
    } catch (e:Dynamic) {
      Sys.println("deleteFile error");
    }
    Sys.println(FileSystem.absolutePath("x").indexOf(root) + " " + haxe.io.Path.withoutDirectory(FileSystem.absolutePath("Main.hx")));
    Sys.println(haxe.io.Path.withoutDirectory(FileSystem.fullPath("Main.hx")));
    try {
      FileSystem.fullPath(root + "/missing");
    } catch (e:Dynamic) {
      Sys.println("fullPath error " + e);
    }
    // clean up recursively
    function rm(p:String) {
      if (FileSystem.isDirectory(p)) {
        for (e in FileSystem.readDirectory(p)) rm(p + "/" + e);
        FileSystem.deleteDirectory(p);
      } else FileSystem.deleteFile(p);
    }
    rm(root);
    Sys.println(FileSystem.exists(root));
  }
}
