@:build(Macros.addGetters())
class Rec {
  public var a:Int = 3;
  public var b:String = "bee";
  public function new() {}
}

class Main {
  static function main() {
    Sys.println(Macros.table(12));
    Sys.println(Macros.buildTime());
    var r = new Rec();
    Sys.println(r.describe_a() + " " + r.describe_b());
    var fields = Type.getInstanceFields(Rec);
    fields.sort(Reflect.compare);
    Sys.println(fields);
  }
}
