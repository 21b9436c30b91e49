using StringTools;

class Main {
  static function show(label:String, v:Dynamic) {
    Sys.println(label + ": " + Std.string(v));
  }

  static function main() {
    var s = "  Hello, World!  ";
    show("trim", "[" + s.trim() + "]");
    show("ltrim", "[" + s.ltrim() + "]");
    show("rtrim", "[" + s.rtrim() + "]");
    show("lpad", "42".lpad("0", 6));
    show("rpad", "ab".rpad("-=", 7));
    show("replace", "a.b.c.d".replace(".", "::"));
    show("replace empty", "abc".replace("", "-"));
    show("startsWith", "haxe neko".startsWith("haxe") + " " + "haxe".startsWith("haxe neko"));
    show("endsWith", "file.hx".endsWith(".hx") + " " + "x".endsWith("xx"));
    show("contains", "needle in haystack".contains("in hay"));
    show("hex", StringTools.hex(255) + " " + StringTools.hex(-1) + " " + StringTools.hex(10, 4) + " " + StringTools.hex(0));
    show("urlEncode", "a b&c=d/é?".urlEncode());
    show("urlDecode", "a%20b%26c%3Dd%2F%C3%A9%3F+plus".urlDecode());
    show("htmlEscape", "<a href=\"x\">'&'</a>".htmlEscape() + " | " + "<'\">".htmlEscape(true));
    show("htmlUnescape", "&lt;b&gt;&amp;&quot;&#039;".htmlUnescape());
    show("isSpace", " \t\nx".isSpace(0) + " " + " \t\nx".isSpace(3));
    show("fastCodeAt", "ABC".fastCodeAt(1) + " " + StringTools.isEof("ABC".fastCodeAt(5)));
    var str = "The quick brown fox jumps over the lazy dog";
    show("split", str.split(" "));
    show("split chars", "abc".split(""));
    show("split none", "abc".split(","));
    show("indexOf", str.indexOf("o") + " " + str.indexOf("o", 13) + " " + str.indexOf("cat") + " " + str.lastIndexOf("o") + " " + str.lastIndexOf("o", 20));
    show("substr", str.substr(4, 5) + "|" + str.substr(-3) + "|" + str.substr(40, 10) + "|" + str.substr(-100, 3));
    show("substring", str.substring(4, 9) + "|" + str.substring(9, 4) + "|" + str.substring(-5, 3));
    show("charAt", str.charAt(0) + str.charAt(100) + "|" + str.charCodeAt(1) + " " + str.charCodeAt(1000));
    show("case", str.toUpperCase() + " / " + "MiXeD".toLowerCase());
    show("length", str.length + " " + "".length);
    show("fromCharCode", String.fromCharCode(72) + String.fromCharCode(105));
    show("compare", ("abc" < "abd") + " " + ("b" > "abc") + " " + ("" < "a") + " " + Reflect.compare("x", "y"));
    var buf = new StringBuf();
    buf.add("x=");
    buf.add(1);
    buf.add(" y=");
    buf.add(2.5);
    buf.add(" z=");
    buf.add(null);
    buf.addChar(33);
    buf.addSub("abcdef", 2, 3);
    show("StringBuf", buf.toString() + " (" + buf.length + ")");
    var parts = [for (i in 0...5) Std.string(i * i)];
    show("join", parts.join(", "));
    show("iterator", [for (c in "héllo".iterator()) c].join(" "));
    show("keyValueIterator", [for (k => c in "abc") k + ":" + c].join(" "));
    show("interp", 'sum ${1 + 2} of ${parts.length} items, ${str.length > 10 ? "long" : "short"}');
    show("multi", "line1\nline2\ttab".split("\n").length);
    show("unicode bytes", "é€😀".length);
  }
}
