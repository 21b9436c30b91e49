class Temp {
  public var celsius(default, set):Float = 0;
  public var fahrenheit(get, set):Float;
  public var readOnly(default, null):Int = 3;
  public var computed(get, never):String;
  @:isVar public var backed(get, set):Int = 1;
  public var log:Array<String> = [];
  public function new() {}
  function set_celsius(v:Float) {
    log.push("set c " + v);
    return celsius = v;
  }
  function get_fahrenheit() return celsius * 9 / 5 + 32;
  function set_fahrenheit(f:Float) {
    celsius = (f - 32) * 5 / 9;
    return f;
  }
  function get_computed() return "c=" + celsius;
  function get_backed() {
    log.push("get backed");
    return backed;
  }
  function set_backed(v:Int) {
    log.push("set backed " + v);
    return backed = v * 2;
  }
  public function bump() readOnly++;
}

class Static {
  public static var count(get, set):Int;
  static var _count = 0;
  static function get_count() return _count;
  static function set_count(v:Int) return _count = v < 0 ? 0 : v;
}

class Main {
  static function main() {
    var t = new Temp();
    t.celsius = 100;
    Sys.println(t.fahrenheit + " " + t.computed);
    t.fahrenheit = 32;
    Sys.println(t.celsius + " " + t.computed);
    t.bump();
    Sys.println(t.readOnly);
    t.backed = 5;
    Sys.println(t.backed);
    t.backed += 1;
    Sys.println(t.backed);
    Sys.println(t.log.join(" | "));
    Static.count = 5;
    Static.count++;
    Sys.println(Static.count);
    Static.count = -10;
    Sys.println(Static.count);
    var d:Dynamic = t;
    Sys.println(d.fahrenheit + " " + Reflect.getProperty(t, "fahrenheit") + " " + Reflect.field(t, "celsius"));
    Reflect.setProperty(t, "celsius", 37);
    Sys.println(t.fahrenheit);
    var anon:{var x(default, null):Int;} = {x: 9};
    Sys.println(anon.x);
  }
}
