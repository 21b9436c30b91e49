interface Shape {
  function area():Float;
}

class Base {
  public var id:Int;
  public function new(id:Int) this.id = id;
  public function describe() return "Base#" + id;
  public static function create() return new Base(0);
}

class Circle extends Base implements Shape {
  public var r:Float;
  public function new(id:Int, r:Float) {
    super(id);
    this.r = r;
  }
  public function area() return Math.PI * r * r;
  override public function describe() return "Circle#" + id + "(" + r + ")";
}

enum Tree {
  Leaf(v:Int);
  Node(l:Tree, r:Tree);
}

class Main {
  static function main() {
    var c = new Circle(7, 2.0);
    Sys.println(Type.getClassName(Type.getClass(c)) + " " + Type.getClassName(Type.getSuperClass(Circle)));
    Sys.println(Type.getInstanceFields(Circle).length > 0);
    var f = Type.getInstanceFields(Circle);
    f.sort(Reflect.compare);
    Sys.println(f.join(","));
    var sf = Type.getClassFields(Base);
    sf.sort(Reflect.compare);
    Sys.println(sf.join(","));
    Sys.println(Std.isOfType(c, Base) + " " + Std.isOfType(c, Shape) + " " + Std.isOfType(new Base(1), Circle));
    Sys.println(Reflect.field(c, "r") + " " + Reflect.hasField(c, "r") + " " + Reflect.hasField(c, "zz"));
    Reflect.setField(c, "r", 3.0);
    Sys.println(c.r + " " + Reflect.callMethod(c, Reflect.field(c, "describe"), []));
    Sys.println(Reflect.isFunction(c.describe) + " " + Reflect.isObject(c) + " " + Reflect.isObject(1) + " " + Reflect.isEnumValue(Leaf(1)));
    var o = {b: 2, a: 1, c: {d: 4}};
    var fields = Reflect.fields(o);
    fields.sort(Reflect.compare);
    Sys.println(fields.join(","));
    var copy = Reflect.copy(o);
    copy.a = 100;
    Sys.println(o.a + " " + copy.a);
    Reflect.deleteField(o, "b");
    Sys.println(Reflect.hasField(o, "b"));
    Sys.println(Reflect.compare(1, 2) + " " + Reflect.compare("b", "a") + " " + Reflect.compare(2.5, 2.5));
    var inst = Type.createInstance(Circle, [1, 1.0]);
    Sys.println(inst.describe());
    var empty:Base = Type.createEmptyInstance(Base);
    Sys.println(empty.id);
    Sys.println(Type.typeof(1) + " " + Type.typeof(1.5) + " " + Type.typeof("s") + " " + Type.typeof(null) + " " + Type.typeof(true) + " " + Type.typeof(c) + " " + Type.typeof(Leaf(1)) + " " + Type.typeof(o) + " " + Type.typeof(main));
    var t = Node(Leaf(1), Node(Leaf(2), Leaf(3)));
    Sys.println(t + " " + Type.enumConstructor(t) + " " + Type.enumIndex(t) + " " + Type.enumParameters(t).length);
    Sys.println(Type.getEnumConstructs(Tree).join(",") + " " + Type.getEnumName(Tree));
    Sys.println(Type.createEnum(Tree, "Leaf", [9]) + " " + Type.createEnumIndex(Tree, 0, [8]));
    Sys.println(Type.enumEq(Leaf(1), Leaf(1)) + " " + Type.enumEq(Leaf(1), Leaf(2)));
    Sys.println(Type.resolveClass("Circle") != null);
    Sys.println(Type.resolveClass("Nope") == null);
    Sys.println(Type.resolveEnum("Tree") != null);
    var dyn:Dynamic = c;
    Sys.println(dyn.area() > 28);
    Sys.println(Reflect.makeVarArgs(function(a:Array<Dynamic>) return a.length)(1, 2, 3));
    Sys.println(Reflect.getProperty(c, "id") + " " + (Std.string(c).indexOf("Circle") >= 0));
    Sys.println(Type.allEnums(haxe.ds.Option) + "");
    var asBase:Base = c;
    Sys.println(Std.downcast(asBase, Circle) != null);
  }
}
