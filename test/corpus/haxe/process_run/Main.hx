import sys.io.Process;

class Main {
  static function main() {
    var p = new Process("sh", ["-c", "echo out-line; echo err-line >&2; exit 3"]);
    Sys.println(p.stdout.readLine() + " | " + p.stderr.readLine() + " | " + p.exitCode());
    p.close();
    var cat = new Process("cat", []);
    cat.stdin.writeString("hello\nworld\n");
    cat.stdin.close();
    Sys.println(cat.stdout.readAll().toString().split("\n").join(","));
    Sys.println(cat.exitCode());
    cat.close();
    var e = new Process("echo", ["a b", "c"]);
    Sys.println(e.stdout.readAll().toString() + e.exitCode(true));
    e.close();
    try {
      var bad = new Process("definitely_not_a_command_xyz", []);
      Sys.println("exit " + bad.exitCode());
    } catch (ex:Dynamic) {
      Sys.println("spawn failed");
    }
  }
}
