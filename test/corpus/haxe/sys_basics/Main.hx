class Main {
  static function main() {
    Sys.print("no newline|");
    Sys.println("args: " + Sys.args().length);
    Sys.println(Sys.systemName());
    Sys.println(Sys.time() > 1e9);
    Sys.println(Sys.cpuTime() >= 0);
    Sys.println(Sys.getEnv("NEKOVM_SURELY_UNSET_VARIABLE") == null);
    Sys.println(sys.FileSystem.exists("Main.hx") + " " + sys.FileSystem.exists("nope.txt"));
    var content = sys.io.File.getContent("Main.hx");
    Sys.println(content.split("\n")[0]);
    trace("a trace", 42);
    haxe.Log.trace("custom", {fileName: "X.hx", lineNumber: 9, className: "X", methodName: "y"});
    Sys.stdout().writeString("stdout write\n");
    Sys.stderr().writeString("stderr write\n");
    Sys.exit(3);
  }
}
