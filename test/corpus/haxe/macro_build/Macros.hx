import haxe.macro.Context;
import haxe.macro.Expr;

class Macros {
  public static macro function table(n:Int):Expr {
    var items = [for (i in 0...n) macro $v{i * i}];
    return macro $a{items};
  }

  public static macro function buildTime():Expr {
    return macro $v{"fixed-at-compile-time"};
  }

  public static macro function addGetters():Array<Field> {
    var fields = Context.getBuildFields();
    var extra:Array<Field> = [];
    for (f in fields) {
      switch (f.kind) {
        case FVar(t, _) if (f.name.charAt(0) != "_"):
          var name = "describe_" + f.name;
          var fname = f.name;
          extra.push({
            name: name,
            access: [APublic],
            pos: f.pos,
            kind: FFun({args: [], ret: macro :String, expr: macro return $v{fname} + "=" + Std.string(this.$fname)})
          });
        default:
      }
    }
    return fields.concat(extra);
  }
}
