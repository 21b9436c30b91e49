class A {
  public function new() {}
}
class B extends A {
  public function new() super();
}
interface I {}
class C implements I {
  public function new() {}
}

class Main {
  static function main() {
    var ints = ["0", "12", "-12", "+7", "  42", "42abc", "abc", "", "0x1F", "0X10", "-0x10", "2147483647", "2147483648", "-2147483649", "1e3", "3.9", "\t\n5", "- 5", "00012", "0x", "9999999999"];
    for (s in ints) Sys.println("parseInt(" + s + ") = " + Std.parseInt(s));
    var floats = ["0", "1.5", "-1.5", ".5", "5.", "1e10", "1E-5", "1e", "abc", "", "  3.25xyz", "-0", "inf", "NaN", "1.7976931348623157e308", "1e400", "0x10", "+2.5", "12.34.56", "-.25e2"];
    for (s in floats) Sys.println("parseFloat(" + s + ") = " + Std.parseFloat(s));
    Sys.println(Std.int(3.99) + " " + Std.int(-3.99) + " " + Std.int(0.0) + " " + Std.int(1e9) + " " + Std.int(-2147483648.0));
    Sys.println(Std.string(null) + " " + Std.string(true) + " " + Std.string(1.0) + " " + Std.string(-0.5) + " " + Std.string([1, 2]) + " " + Std.string({a: 1}));
    Sys.println(Std.string(new A()) != null);
    var b:A = new B();
    Sys.println(Std.isOfType(b, A) + " " + Std.isOfType(b, B) + " " + Std.isOfType(new A(), B));
    Sys.println(Std.isOfType(new C(), I) + " " + Std.isOfType(1, Int) + " " + Std.isOfType(1.5, Int) + " " + Std.isOfType(1.0, Float) + " " + Std.isOfType(1, Float));
    Sys.println(Std.isOfType("s", String) + " " + Std.isOfType(null, String) + " " + Std.isOfType(true, Bool) + " " + Std.isOfType([], Array) + " " + Std.isOfType({}, Dynamic));
    Sys.println(Std.downcast(b, B) != null);
    Sys.println(Std.downcast(new A(), B) == null);
    var d:Dynamic = 7;
    Sys.println(Std.isOfType(d, String) + " " + (d + 1));
    Sys.println(Std.random(1) + " " + Std.random(0) + " " + Std.random(-5));
    Sys.println(Std.parseInt("-0") + " " + Std.parseInt("+") + " " + Std.parseInt("-"));
    Sys.println(Std.string(Std.parseFloat("1e-7")) + " " + Std.string(Std.parseFloat("123456789012345678")));
  }
}
