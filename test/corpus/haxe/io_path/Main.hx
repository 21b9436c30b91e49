import haxe.io.Path;

class Main {
  static function main() {
    for (p in ["/usr/lib/file.tar.gz", "relative/dir/", "file", ".hidden", "dir.d/noext", "C:\\win\\path.txt", "", "a/b/c.", "/"]) {
      var x = new Path(p);
      Sys.println('[$p] dir=${x.dir} file=${x.file} ext=${x.ext} back=${x.backslash} str=${x.toString()}');
      Sys.println("  " + Path.withoutExtension(p) + " | " + Path.withoutDirectory(p) + " | " + Path.directory(p) + " | " + Path.extension(p) + " | " + Path.isAbsolute(p));
    }
    Sys.println(Path.join(["a", "b/", "c"]) + " " + Path.join(["", "x"]) + " " + Path.join(["/root", "y"]) + " " + Path.join([]));
    Sys.println(Path.addTrailingSlash("a") + " " + Path.addTrailingSlash("a/") + " " + Path.addTrailingSlash("a\\b") + " " + Path.addTrailingSlash(""));
    Sys.println(Path.removeTrailingSlashes("a///") + " " + Path.removeTrailingSlashes("/") + " " + Path.removeTrailingSlashes("a\\\\"));
    Sys.println(Path.withExtension("a/b.txt", "md") + " " + Path.withExtension("noext", "x"));
    var p = new Path("dir/name.ext");
    p.ext = null;
    p.file = "other";
    Sys.println(p.toString());
  }
}
