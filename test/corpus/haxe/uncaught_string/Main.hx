class Main {
  static function level2(s:String) {
    if (s.length > 3) throw "too long: " + s;
    return s;
  }
  static function level1(s:String) return level2(s) + "!";
  static function main() {
    Sys.println(level1("abc"));
    Sys.stdout().flush();
    Sys.println(level1("abcdef"));
  }
}
