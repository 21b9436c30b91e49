enum Op {
  Add;
  Sub;
  Lit(v:Int);
  Bin(op:Op, a:Op, b:Op);
  Named(?label:String, value:Float);
}

enum abstract Level(Int) {
  var Low = 1;
  var High = 10;
}

class Main {
  static function main() {
    Sys.println(Type.getEnumConstructs(Op));
    Sys.println(Type.getEnumName(Op) + " " + Type.resolveEnum("Op") + " " + Type.resolveEnum("Nope"));
    var e = Type.createEnum(Op, "Lit", [42]);
    Sys.println(e + " " + Type.enumIndex(e) + " " + Type.enumConstructor(e) + " " + Type.enumParameters(e));
    var e2 = Type.createEnumIndex(Op, 3, [Add, Lit(1), Lit(2)]);
    Sys.println(e2 + " " + Type.enumParameters(e2).length);
    Sys.println(Type.allEnums(Op));
    Sys.println(Type.enumEq(Lit(1), Lit(1)) + " " + Type.enumEq(Lit(1), Lit(2)) + " " + Type.enumEq(Bin(Add, Lit(1), Sub), Bin(Add, Lit(1), Sub)) + " " + (Add == Add));
    try {
      Type.createEnum(Op, "Lit", []);
    } catch (ex:Dynamic) {
      Sys.println("bad args: " + ex);
    }
    try {
      Type.createEnum(Op, "Unknown");
    } catch (ex:Dynamic) {
      Sys.println("bad name: " + ex);
    }
    Sys.println(Named("x", 1.5) + " " + Named(null, 2));
    Sys.println(haxe.EnumTools.getName(Op) + " " + haxe.EnumTools.getConstructors(Op) + " " + haxe.EnumTools.createByName(Op, "Sub") + " " + haxe.EnumTools.createByIndex(Op, 2, [7]));
    Sys.println(haxe.EnumTools.createAll(Op));
    var v = Bin(Sub, Lit(3), Lit(4));
    Sys.println(haxe.EnumTools.EnumValueTools.getName(v) + " " + haxe.EnumTools.EnumValueTools.getIndex(v) + " " + haxe.EnumTools.EnumValueTools.getParameters(v) + " " + haxe.EnumTools.EnumValueTools.equals(v, Bin(Sub, Lit(3), Lit(4))));
    var vals:Array<Dynamic> = [null, 1, 1.5, true, "s", [1], {a: 1}, Add, Lit(2), Main, Op, function() {}, new haxe.ds.StringMap<Int>(), Date.fromTime(0), haxe.io.Bytes.alloc(1)];
    for (x in vals) Sys.println(Std.string(Type.typeof(x)).split("(")[0] + " " + switch (Type.typeof(x)) {
      case TClass(c): Type.getClassName(c);
      case TEnum(en): Type.getEnumName(en);
      default: "-";
    });
    var lv:Level = High;
    Sys.println(Std.string(lv) + " " + Std.string(Low) + " " + (lv == High));
  }
}
