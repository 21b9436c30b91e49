class Main {
  static function main() {
    for (s in ["0xFFFFFFFF", "0x80000000", "0x7fffffff", "0xG", "0x-1", "-0x80000000", "1_000", "１２", "12e", "\r7", " \n\t 9", "+-1", "--1", "0b101", "0o17", "077", "0.9", "-.9", ".", "3000000000", "-3000000000", "4294967296", "12 34", "x12"])
      Sys.println("[" + s + "] int=" + Std.parseInt(s) + " float=" + Std.parseFloat(s));
    for (s in ["1e309", "-1e309", "1e-400", "0x1p3", "Infinity", "-Infinity", "nan", "1.5e+3", "1.5E-3x", "1e+", "e5", "0.000001", "123456789012345678901234567890", "4.9e-324", "2.4703282292062328e-324"])
      Sys.println("[" + s + "] float=" + Std.parseFloat(s));
    Sys.println(Std.string(Std.parseInt("2147483647") + 1) + " " + (Std.parseInt("0xFF") + Std.parseInt("010")));
    Sys.println(Math.isNaN(Std.parseFloat("")) + " " + Std.parseFloat("-0") + " " + (1 / Std.parseFloat("-0")));
  }
}
