class Main {
  static function main() {
    Sys.println("start");
    Sys.println(Sys.command("true"));
    Sys.println(Sys.command("false"));
    Sys.println(Sys.command("exit 7"));
    Sys.println(Sys.command("exit 255"));
    Sys.println(Sys.command("exit 256"));
    Sys.println(Sys.command("kill -9 $$"));
    Sys.println(Sys.command("kill -15 $$"));
    Sys.println(Sys.command("definitely_not_a_command_xyz 2>/dev/null"));
    Sys.println(Sys.command("test \"$TZ\" = UTC"));
    Sys.println(Sys.command("echo hidden > /dev/null; exit 4"));
    Sys.println(Sys.command(""));
    Sys.println("end");
  }
}
