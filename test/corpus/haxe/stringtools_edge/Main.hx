using StringTools;

class Main {
  static function p(s:String) Sys.println(s);

  static function main() {
    p("[" + "\t\r\n x \r\n\t".trim() + "]");
    p("[" + "".trim() + "][" + "   ".ltrim() + "][" + "   ".rtrim() + "]");
    p("[" + "\x0B\x0Cv".ltrim() + "]");
    p("abc".lpad("", 10) + "|" + "abc".lpad("xy", 2) + "|" + "abc".lpad("xy", 6) + "|" + "".lpad("0", 3));
    p("abc".rpad("", 10) + "|" + "abc".rpad("xy", 2) + "|" + "abc".rpad("xy", 6));
    p("aaa".replace("a", "aa") + " " + "abab".replace("ab", "") + " " + "x".replace("y", "z") + " " + "".replace("", "q"));
    p("hello".startsWith("") + " " + "hello".endsWith("") + " " + "".startsWith("a") + " " + "hello".endsWith("hello"));
    p("hello".contains("") + " " + "".contains("") + " " + "abc".contains("abcd"));
    for (v in [0, 1, 15, 16, 255, 4096, 0x7FFFFFFF, -1, -256, 0xCAFE])
      Sys.print(StringTools.hex(v) + " " + StringTools.hex(v, 8) + ";");
    p("");
    p("key=value&x=1 2+3~*'()!".urlEncode());
    p("%41%42%43%2B+x".urlDecode());
    p("\u00e9\u00e0\u00fc".urlEncode() + " " + "%E2%82%AC".urlDecode());
    p("a<b>c&d\"e'f".htmlEscape() + " " + "a<b>c&d\"e'f".htmlEscape(true));
    p("&amp;lt; &lt;&gt;&amp;&quot;&#039; &unknown;".htmlUnescape());
    var s = "a b\tc\nd\re";
    var sp = [];
    for (i in 0...s.length) sp.push(s.isSpace(i) ? "1" : "0");
    p(sp.join("") + " " + s.isSpace(-1) + " " + s.isSpace(100));
    p("xyz".fastCodeAt(0) + " " + "xyz".unsafeCodeAt(2) + " " + StringTools.isEof("".fastCodeAt(0)));
    var codes = [];
    for (c in "h\u00e9!".iterator()) codes.push(c);
    p(codes.join(","));
    var kv = [];
    for (k => c in "ok".keyValueIterator()) kv.push(k + "=" + c);
    p(kv.join(","));
    p("abc".charCodeAt(1) + "");
    p("A-B-C".split("-").join("+") + " " + "--".split("-").length + " " + "".split("-").length + " " + "".split("").length);
    p("abcabc".indexOf("c", -5) + " " + "abcabc".lastIndexOf("a", 100) + " " + "abcabc".lastIndexOf("") + " " + "abcabc".indexOf("", 3) + " " + "abc".indexOf("", 10));
    p("abc".charCodeAt(-1) + " " + "abc".charAt(-1) + "|" + "abc".substr(1) + " " + "abc".substr(1, -1) + "|" + "abc".substr(-2, 1));
    p("abcdef".substring(2) + " " + "abcdef".substring(4, 1) + " " + "abcdef".substring(3, 100) + " " + "abcdef".substring(-1, -5) + "|");
  }
}
