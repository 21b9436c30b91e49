class Main {
  static function main() {
    var names = haxe.Resource.listNames();
    names.sort(Reflect.compare);
    Sys.println(names);
    Sys.print(haxe.Resource.getString("text"));
    Sys.println(haxe.Resource.getBytes("bin").toHex());
    Sys.println(haxe.Resource.getString("missing") + " " + haxe.Resource.getBytes("missing"));
  }
}
