class Main {
  static function main() {
    var r = ~/([a-z]+)(\d+)/;
    Sys.println(r.match("abc123def") + " " + r.matched(1) + " " + r.matched(2) + " " + r.matchedPos().pos);
    Sys.println(~/\s+/g.replace("a  b \t c", "_"));
    Sys.println(~/,/g.split("a,b,,c"));
    Sys.println(haxe.xml.Printer.print(Xml.parse("<a><b x=\"1\">t</b><c/></a>"), true));
    Sys.println(~/(\w)(\w)/g.map("abcdef", e -> e.matched(2) + e.matched(1)));
    Sys.println(StringTools.replace("x", "x", "y"));
  }
}
