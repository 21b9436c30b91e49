import haxe.CallStack;
import haxe.Exception;

class MyError extends Exception {
  public var code:Int;
  public function new(msg:String, code:Int) {
    super(msg);
    this.code = code;
  }
}

class Main {
  static function thrower(kind:Int):Void {
    switch (kind) {
      case 0: throw "a string";
      case 1: throw 42;
      case 2: throw new MyError("custom", 7);
      case 3: throw new Exception("base");
      case 4: var a:Array<Int> = null; a.push(1);
      case 5: throw {obj: true};
      default: Sys.println("no throw");
    }
  }

  static function depth(n:Int):Int {
    if (n == 0) throw "bottom";
    return depth(n - 1) + 1;
  }

  static function main() {
    for (k in 0...7) {
      try {
        thrower(k);
      } catch (e:MyError) {
        Sys.println("MyError " + e.message + " " + e.code + " " + Std.isOfType(e, Exception));
      } catch (e:String) {
        Sys.println("String " + e);
      } catch (e:Int) {
        Sys.println("Int " + e);
      } catch (e:Exception) {
        Sys.println("Exception " + e.message + " " + Type.getClassName(Type.getClass(e)));
      } catch (e:Dynamic) {
        Sys.println("Dynamic " + e);
      }
    }
    try {
      depth(3);
    } catch (e:Dynamic) {
      var st = CallStack.exceptionStack();
      Sys.println("stack length " + st.length);
      Sys.println(CallStack.toString(st));
    }
    try {
      try {
        throw new MyError("inner", 1);
      } catch (e:MyError) {
        throw new Exception("outer", e);
      }
    } catch (e:Exception) {
      Sys.println(e.message + " caused by " + e.previous.message);
      Sys.println(e.toString());
    }
    var r = try Std.parseInt("x") catch (e:Dynamic) -1;
    Sys.println(r);
    function f() {
      try {
        return "from try";
      } catch (e:Dynamic) {
        return "from catch";
      }
    }
    Sys.println(f());
    var cs = CallStack.callStack();
    Sys.println(cs.length > 0);
    var wrapped:Exception = try { throw "plain"; } catch (e:Exception) e;
    Sys.println(wrapped.message + " " + Std.isOfType(wrapped, haxe.ValueException));
    Sys.println("now uncaught:");
    depth(2);
  }
}
