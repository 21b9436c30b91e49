import haxe.CallStack;

class Worker {
  public function new() {}
  public function run(n:Int) {
    if (n == 0) {
      Sys.println(CallStack.toString(CallStack.callStack()));
      throw "fail in worker";
    }
    run(n - 1);
  }
}

class Main {
  static function main() {
    try {
      new Worker().run(2);
    } catch (e:Dynamic) {
      var st = CallStack.exceptionStack();
      Sys.println("caught " + e + " depth " + st.length);
      Sys.println(CallStack.toString(st));
      for (item in st) {
        switch (item) {
          case FilePos(s, file, line, col): Sys.println("file " + file + " line " + line + " " + (s != null));
          default: Sys.println(Std.string(item));
        }
      }
    }
    var f = function() return CallStack.callStack().length;
    Sys.println(f() > 0);
    try {
      throw new haxe.Exception("with stack");
    } catch (e:haxe.Exception) {
      Sys.println(e.stack.length > 0);
      Sys.println(CallStack.toString(e.stack));
    }
  }
}
