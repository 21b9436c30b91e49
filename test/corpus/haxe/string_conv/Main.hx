class WithToString {
  var v:Int;
  public function new(v) this.v = v;
  public function toString() return "WTS<" + v + ">";
}

class Plain {
  public var a = 1;
  public var b = "two";
  public function new() {}
}

enum E {
  A;
  B(x:Int, s:String);
  C(e:E);
}

class Main {
  static function main() {
    var floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1e15, 1e16, 1e21, 1.5e-7, 123.456, 1 / 3, 2.0 / 3, 100.0 / 7, 0.1 + 0.2, 1e-320, 1.7976931348623157e308, 4.9e-324, 255 / 256, 3.0e10, -2.5e-5];
    for (f in floats) Sys.println(Std.string(f) + " | " + f + " | " + Std.int(f * 1000));
    Sys.println([1, 2, 3]);
    Sys.println([[1, [2]], [], [null]]);
    Sys.println({x: 1, y: "s", z: [1.5], w: {inner: true}});
    Sys.println(new WithToString(5));
    Sys.println([new WithToString(1), new WithToString(2)]);
    Sys.println(Std.string(new Plain()).indexOf("Plain") >= 0 || true);
    Sys.println(A + " " + B(1, "x") + " " + C(C(A)));
    Sys.println([A, B(2, "y")]);
    Sys.println(Std.string(null) + " " + null + " " + [null, null]);
    Sys.println("" + 1 + 2 + " " + (1 + 2) + " " + 1.5 + true);
    Sys.println(Std.string(Main) + " " + Std.string(E));
    var d:Dynamic = 5;
    Sys.println(d + 1 + " " + (d + "1"));
    Sys.println(Std.parseInt("2147483647") + " " + Std.parseInt("2147483648") + " " + Std.parseInt("-2147483649") + " " + Std.parseInt("99999999999"));
    Sys.println(Std.parseFloat("1e400") + " " + Std.parseFloat("-1e400") + " " + Std.parseFloat("nan") + " " + Std.parseFloat("inf"));
    Sys.println(Std.string(Math.NaN) + " " + Std.string(-Math.NaN) + " " + Math.sqrt(-1) + " " + (0 * Math.POSITIVE_INFINITY));
    Sys.println(Std.string(Std.parseFloat("0x10")) + " " + Std.parseInt("0x") + " " + Std.parseInt("-0x10") + " " + Std.parseInt("1e5"));
    Sys.println(String.fromCharCode(0x263A).length + " " + "\u00e9".length);
  }
}
