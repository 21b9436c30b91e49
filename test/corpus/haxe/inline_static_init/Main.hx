class Config {
  public static var values:Array<String> = init();
  public static inline var VERSION = "1.2";
  public static final LIMIT = 10 * 3;
  static var order = [];
  static function init() {
    Sys.println("Config init");
    return ["a", "b"];
  }
  public static inline function twice(x:Int) return x * 2;
  public static function record(s:String) {
    order.push(s);
    return order.length;
  }
}

class Lazy {
  public static var instance(get, null):Lazy;
  static function get_instance() {
    if (instance == null) {
      Sys.println("creating lazy");
      instance = new Lazy();
    }
    return instance;
  }
  public var id = 7;
  function new() {}
}

class Counter {
  public static var created = 0;
  public var n:Int;
  public function new() n = ++created;
}

class Main {
  static var mainStatic = {
    Sys.println("Main static init");
    42;
  };

  static function main() {
    Sys.println("main start " + mainStatic);
    Sys.println(Config.VERSION + " " + Config.LIMIT + " " + Config.twice(21) + " " + Config.values);
    Sys.println(Config.record("x") + " " + Config.record("y"));
    Sys.println(Lazy.instance.id + " " + Lazy.instance.id);
    var cs = [for (i in 0...3) new Counter()];
    Sys.println([for (c in cs) c.n] + " " + Counter.created);
    inline function sq(x:Int) return x * x;
    Sys.println(sq(12));
    final fin = [1];
    fin.push(2);
    Sys.println(fin);
  }
}
