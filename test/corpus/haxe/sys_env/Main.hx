class Main {
  static function main() {
    var args = Sys.args();
    Sys.println(args.length + " " + args.join("|"));
    Sys.println(Sys.getEnv("HOME") + " " + Sys.getEnv("TZ") + " " + Sys.getEnv("NOT_SET_HERE"));
    Sys.putEnv("MY_VAR", "hello world");
    Sys.println(Sys.getEnv("MY_VAR"));
    Sys.putEnv("MY_VAR", "");
    Sys.println("[" + Sys.getEnv("MY_VAR") + "]");
    var env = Sys.environment();
    var keys = [for (k in env.keys()) k];
    keys.sort(Reflect.compare);
    Sys.println(keys.join(","));
    Sys.println(env.get("LC_ALL"));
    var cwd = Sys.getCwd();
    Sys.println(StringTools.endsWith(cwd, "/sys_env/") + " " + haxe.io.Path.withoutDirectory(haxe.io.Path.removeTrailingSlashes(cwd)));
    sys.FileSystem.createDirectory("tmp_sys_env_dir");
    Sys.setCwd("tmp_sys_env_dir");
    Sys.println(StringTools.endsWith(Sys.getCwd(), "/tmp_sys_env_dir/") + " " + sys.FileSystem.exists("../Main.hx"));
    Sys.setCwd("..");
    sys.FileSystem.deleteDirectory("tmp_sys_env_dir");
    Sys.println(Sys.getCwd() == cwd);
    try {
      Sys.setCwd("does_not_exist_dir");
    } catch (e:Dynamic) {
      Sys.println("setCwd failed: " + e);
    }
    Sys.println(Sys.systemName());
    Sys.println(Sys.executablePath() != null);
    Sys.println(Sys.cpuTime() < 1000);
    var t0 = Sys.time();
    Sys.sleep(0.01);
    Sys.println(Sys.time() >= t0);
  }
}
