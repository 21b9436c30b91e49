class Base {
  public var baseField:Int = 1;
  public static var staticVar = "static";
  public function new() {}
  public function greet(name:String) return "hello " + name + " from " + Type.getClassName(Type.getClass(this));
  public static function sfun(a:Int, b:Int) return a * b;
}

class Derived extends Base {
  public var extra:String;
  public var prop(get, set):Int;
  var _prop = 5;
  function get_prop() return _prop * 10;
  function set_prop(v) return _prop = v;
  public function new(e:String) {
    super();
    extra = e;
  }
  override public function greet(name:String) return "derived " + super.greet(name);
}

class Main {
  static function main() {
    var o = {b: 2, a: 1, c: {d: 3}};
    var f = Reflect.fields(o);
    f.sort(Reflect.compare);
    Sys.println(f);
    Sys.println(Reflect.field(o, "a") + " " + Reflect.field(o, "zz") + " " + Reflect.hasField(o, "b") + " " + Reflect.hasField(o, "zz"));
    Reflect.setField(o, "e", [1]);
    Sys.println(Reflect.field(o, "e") + " " + Reflect.deleteField(o, "a") + " " + Reflect.deleteField(o, "a") + " " + Reflect.hasField(o, "a"));
    var d = new Derived("x");
    Sys.println(Reflect.getProperty(d, "prop") + " " + Reflect.field(d, "prop"));
    Reflect.setProperty(d, "prop", 7);
    Sys.println(d.prop + " " + Reflect.getProperty(d, "extra"));
    var fields = Reflect.fields(d);
    fields.sort(Reflect.compare);
    Sys.println(fields);
    var m = Reflect.field(d, "greet");
    Sys.println(Reflect.isFunction(m) + " " + Reflect.isFunction(o) + " " + Reflect.callMethod(d, m, ["bob"]));
    Sys.println(Reflect.callMethod(null, Base.sfun, [6, 7]) + " " + Reflect.callMethod(Base, Reflect.field(Base, "sfun"), [2, 3]));
    Sys.println(Reflect.compareMethods(d.greet, d.greet) + " " + Reflect.compareMethods(d.greet, new Derived("y").greet) + " " + Reflect.compareMethods(Base.sfun, Base.sfun));
    Sys.println(Reflect.isObject(o) + " " + Reflect.isObject(1) + " " + Reflect.isObject("s") + " " + Reflect.isObject(null) + " " + Reflect.isObject(d) + " " + Reflect.isObject(Base));
    Sys.println(Reflect.isEnumValue(haxe.ds.Option.None) + " " + Reflect.isEnumValue(o));
    var c:Dynamic = Reflect.copy(o);
    c.b = 99;
    Sys.println(o.b + " " + c.b);
    var va = Reflect.makeVarArgs(function(args:Array<Dynamic>) return args.length + ":" + args.join(","));
    Sys.println(Reflect.callMethod(null, va, []) + " " + Reflect.callMethod(null, va, [1]) + " " + Reflect.callMethod(null, va, [1, "two", 3.0]));
    Sys.println(Reflect.compare(1, 2) + " " + Reflect.compare("b", "a") + " " + Reflect.compare(2.5, 2.5) + " " + Reflect.compare(null, null) + " " + Reflect.compare(1, null));
    Sys.println(Reflect.field(Base, "staticVar") + " " + Reflect.getProperty(Base, "staticVar"));
    Reflect.setField(Base, "staticVar", "changed");
    Sys.println(Base.staticVar);
    var inst = Type.createInstance(Derived, ["created"]);
    Sys.println(inst.extra + " " + inst.baseField + " " + inst.greet("z"));
    var empty = Type.createEmptyInstance(Derived);
    Sys.println(empty.extra + " " + Std.isOfType(empty, Base));
    var ifs = Type.getInstanceFields(Derived);
    ifs.sort(Reflect.compare);
    Sys.println(ifs);
    var cfs = Type.getClassFields(Base);
    cfs.sort(Reflect.compare);
    Sys.println(cfs);
    Sys.println(Type.getClassName(Type.getSuperClass(Derived)) + " " + Type.getSuperClass(Base) + " " + Type.getClassName(Type.resolveClass("Derived")) + " " + Type.resolveClass("Nope"));
    Sys.println(Type.getClassName(String) + " " + Type.getClassName(Array) + " " + Type.getClass("s") == null);
    var dyn:Dynamic = {};
    dyn.fn = function(x:Int) return x + 1;
    Sys.println(dyn.fn(1) + " " + Reflect.callMethod(dyn, dyn.fn, [10]));
  }
}
