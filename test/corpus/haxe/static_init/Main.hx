class A {
  public static var log:Array<String> = [];
  public static var value = compute("A");
  static function compute(n:String) {
    log.push("init " + n);
    return n.length * 10;
  }
}

class B extends A {
  public static var other = A.value + 1;
  public var inst = "instance default";
  public function new() {
    A.log.push("new B");
  }
}

class Main {
  static var counter = 0;
  static var table = [for (i in 0...5) i * i];
  static var lazyMap = ["x" => 1, "y" => 2];

  static function main() {
    Sys.println(A.log.join(",") + " " + A.value + " " + B.other);
    var b = new B();
    Sys.println(b.inst + " " + A.log.join(","));
    Sys.println(table + " " + lazyMap.get("y") + " " + counter);
    counter += 5;
    Sys.println(counter);
  }
}
