class Main {
  static function main() {
    Sys.stdout().writeString("partial output");
    var values:Array<Dynamic> = [1.5, [1, "a"], null];
    try throw values[0] catch (e:Float) Sys.println(" float " + e);
    try throw values[1] catch (e:Dynamic) Sys.println("array " + e);
    throw values[2];
  }
}
