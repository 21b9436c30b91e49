class Main {
  static function main() {
    Sys.println(Sys.command("sh", ["-c", "exit 3"]));
    Sys.println(Sys.command("test", ["a b", "=", "a b"]));
    Sys.println(Sys.command("test", ["it's", "=", "it's"]));
    Sys.println(Sys.command("test", ["$HOME", "=", "/tmp"]));
    Sys.println(Sys.command("sh", ["-c", "exit $#", "x", "1", "2 3", "`4`"]));
  }
}
