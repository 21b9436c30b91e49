import sys.io.Process;

class Main {
  static function main() {
    // echo with arguments
    var p = new Process("echo", ["hello", "from", "a child"]);
    Sys.println("echo: [" + p.stdout.readAll().toString() + "] exit=" + p.exitCode() + " pid>0=" + (p.getPid() > 0));
    p.close();

    // cat: write stdin, close it, read stdout
    var p = new Process("cat", []);
    p.stdin.writeString("first line\nsecond line\n");
    p.stdin.writeString("third");
    p.stdin.close();
    Sys.println("cat: [" + p.stdout.readAll().toString() + "] exit=" + p.exitCode());
    p.close();

    // line by line
    var p = new Process("sh", ["-c", "for i in 1 2 3; do echo line$i; done"]);
    try {
      while (true) Sys.println("read: " + p.stdout.readLine());
    } catch (e:haxe.io.Eof) {
      Sys.println("eof");
    }
    p.close();

    // stderr and exit code
    var p = new Process("sh", ["-c", "echo out; echo err1 >&2; echo err2 >&2; exit 3"]);
    Sys.println("stdout: " + p.stdout.readAll().toString().split("\n").join("|"));
    Sys.println("stderr: " + p.stderr.readAll().toString().split("\n").join("|"));
    Sys.println("exit: " + p.exitCode());
    p.close();

    // a shell command line (no args)
    var p = new Process("echo $((40+2)) | tr 0-9 a-j");
    Sys.println("shell: " + p.stdout.readLine() + " exit=" + p.exitCode());
    p.close();

    // exit code without reading
    var p = new Process("sh", ["-c", "exit 42"]);
    Sys.println("exit only: " + p.exitCode());
    p.close();

    // command not found
    var p = new Process("definitely-not-a-command-xyz", ["x"]);
    Sys.println("not found: [" + p.stderr.readAll().toString() + "] exit=" + p.exitCode());
    p.close();

    // kill
    var p = new Process("sleep", ["30"]);
    p.kill();
    try {
      Sys.println("killed exit: " + p.exitCode());
    } catch (e:Dynamic) {
      Sys.println("killed: " + e);
    }
    p.close();

    // interleaved request/response with a filter
    var p = new Process("sh", ["-c", "while read l; do echo \"got $l\"; done"]);
    for (w in ["alpha", "beta", "gamma"]) {
      p.stdin.writeString(w + "\n");
      p.stdin.flush();
      Sys.println(p.stdout.readLine());
    }
    p.stdin.close();
    Sys.println("filter exit: " + p.exitCode());
    p.close();

    // a big output through a pipe
    var p = new Process("sh", ["-c", "i=0; while [ $i -lt 5000 ]; do echo row$i; i=$((i+1)); done"]);
    var all = p.stdout.readAll();
    Sys.println("big: " + all.length + " bytes, md5 " + haxe.crypto.Md5.make(all).toHex() + " exit=" + p.exitCode());
    p.close();

    // write to a process that is gone
    var p = new Process("true", []);
    p.exitCode();
    try {
      p.stdin.writeString("nobody reads this");
      Sys.println("write ok");
    } catch (e:Dynamic) {
      Sys.println("write failed: " + Type.getClassName(Type.getClass(e)));
    }
    p.close();
  }
}
