// std functions that use EReg internally (they need regexp.ndll)
class Main {
  static function main() {
    Sys.println(StringTools.quoteUnixArg("simple") + " " + StringTools.quoteUnixArg("with space") + " " + StringTools.quoteUnixArg("it's") + " " + StringTools.quoteUnixArg(""));
    Sys.println(StringTools.quoteWinArg("simple", true) + " " + StringTools.quoteWinArg("with space", true) + " " + StringTools.quoteWinArg("a\"b", false) + " " + StringTools.quoteWinArg("x&y", true));
    var x = Xml.parse("<a><!-- one\n\ttwo --><b/></a>");
    Sys.println(x.toString());
    Sys.println(haxe.xml.Printer.print(x, true));
    Sys.println(haxe.io.Path.normalize("a//b/../c/./d\\e"));
    var t = new haxe.Template("Hello ::name::! ::foreach items::[::__current__::]::end:: ::if (n > 2)::big::else::small::end::");
    Sys.println(t.execute({name: "World", items: [1, 2, 3], n: 5}));
  }
}
