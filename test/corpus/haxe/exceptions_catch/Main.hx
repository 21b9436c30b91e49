import haxe.Exception;
import haxe.ValueException;

class NotFound extends Exception {}
class BadValue extends Exception {
  public var value:Dynamic;
  public function new(v:Dynamic) {
    super("bad value: " + v);
    value = v;
  }
}

enum Err {
  Code(n:Int);
  Msg(s:String);
}

class Main {
  static function attempt(i:Int):String {
    try {
      switch (i) {
        case 0: throw new NotFound("missing");
        case 1: throw new BadValue(42);
        case 2: throw Code(404);
        case 3: throw Msg("oops");
        case 4: throw 3.5;
        case 5: throw true;
        case 6: throw null;
        case 7: throw [1, 2];
        case 8: throw new ValueException("wrapped");
        case 9:
          var o:Dynamic = null;
          o.field.sub = 1;
        case 10: throw "string";
        case 11: var arr:Array<Int> = null; arr[0]++;
        default: return "none";
      }
    } catch (e:NotFound) {
      return "NotFound " + e.message;
    } catch (e:BadValue) {
      return "BadValue " + e.value;
    } catch (e:Err) {
      return "Err " + e;
    } catch (e:Float) {
      return "Float " + e;
    } catch (e:Bool) {
      return "Bool " + e;
    } catch (e:Array<Dynamic>) {
      return "Array " + e.length;
    } catch (e:ValueException) {
      return "ValueException " + e.message + " " + e.value;
    } catch (e:String) {
      return "String " + e;
    } catch (e:Exception) {
      return "Exception " + e.message + " " + Type.getClassName(Type.getClass(e));
    }
    return "unreachable";
  }

  static function rethrow() {
    try {
      throw new NotFound("first");
    } catch (e:Exception) {
      throw e;
    }
  }

  static function wrapAndRethrow() {
    try {
      throw "raw";
    } catch (e:Exception) {
      throw new Exception("wrapped " + e.message, e);
    }
  }

  static function finallyLike():Array<String> {
    var log = [];
    for (i in 0...3) {
      try {
        log.push("try" + i);
        if (i == 1) throw "x";
        if (i == 2) break;
      } catch (e:Dynamic) {
        log.push("catch" + i);
        continue;
      }
      log.push("after" + i);
    }
    return log;
  }

  static function main() {
    for (i in 0...13) Sys.println(i + ": " + attempt(i));
    try rethrow() catch (e:NotFound) Sys.println("rethrown " + e.message);
    try wrapAndRethrow() catch (e:Exception) Sys.println(e.message + " <- " + e.previous.message + " " + Std.isOfType(e.previous, ValueException));
    Sys.println(finallyLike());
    var ex = new Exception("msg");
    Sys.println(ex.message + " " + ex.toString() + " " + (ex.previous == null) + " " + (ex.native == ex));
    var caught:Dynamic = null;
    try throw ex catch (e:Dynamic) caught = e;
    Sys.println(caught == ex);
    try throw 7 catch (e:Exception) Sys.println(e.message + " " + Std.isOfType(e, ValueException) + " " + (cast(e, ValueException).value : Int));
    var n = 0;
    function rec(d:Int):Int {
      try {
        if (d == 0) throw "bottom";
        return rec(d - 1);
      } catch (e:String) {
        n++;
        if (d < 3) throw e + d;
        return d;
      }
    }
    Sys.println(rec(5) + " " + n);
    Sys.println(new Exception("a", new Exception("b")).previous.message + " " + Std.string(new NotFound("nf")));
  }
}
