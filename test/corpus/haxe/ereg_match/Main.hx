class Main {
  static function show(r:EReg, s:String) {
    if (!r.match(s)) {
      Sys.println('no match in "$s"');
      return;
    }
    var p = r.matchedPos();
    Sys.println('matched "${r.matched(0)}" at ${p.pos}+${p.len} left="${r.matchedLeft()}" right="${r.matchedRight()}"');
  }

  static function main() {
    var date = ~/(\d{4})-(\d{2})-(\d{2})/;
    show(date, "on 2024-02-29 at noon");
    for (i in 0...4) Sys.println(i + ": " + date.matched(i));
    try {
      date.matched(4);
    } catch (e:Dynamic) {
      Sys.println("matched(4): " + e);
    }
    show(date, "no date here");
    try {
      date.matched(0);
    } catch (e:Dynamic) {
      Sys.println("after a failed match: " + e);
    }

    var opt = ~/(a)?(b)(c)?/;
    show(opt, "xbz");
    Sys.println(opt.matched(1) + " " + opt.matched(2) + " " + opt.matched(3));

    var word = ~/\b([A-Za-z]+)\b/;
    var text = "  hello, brave new world ";
    var pos = 0;
    while (word.matchSub(text, pos)) {
      var p = word.matchedPos();
      Sys.println("word " + word.matched(1) + " @" + p.pos);
      pos = p.pos + p.len;
    }
    var ok = word.matchSub(text, 2, 5);
    Sys.println(ok + " " + (ok ? word.matched(0) : "-"));
    var ok = word.matchSub(text, 3, 4);
    Sys.println(ok);
    Sys.println(word.matchSub(text, 4, 3));
    Sys.println(~/^b/.matchSub("ab", 1) + " " + ~/(?<=a)b/.matchSub("ab", 1) + " " + ~/^b/m.matchSub("a\nb", 2));

    var email = ~/^[\w.+-]+@([\w-]+\.)+[a-z]{2,}$/i;
    for (s in ["john.doe@example.com", "JOHN@EXAMPLE.ORG", "bad@", "a@b.c", "x+y@sub.domain.io"])
      Sys.println(s + " -> " + email.match(s));

    var nested = ~/((a|b)+)(c(d)?)/;
    show(nested, "xxababcdcy");
    for (i in 0...5) Sys.println(i + ": " + nested.matched(i));

    Sys.println(EReg.escape("a.b*c?(d)[e]{f}|g^h$i\\j+k"));
    var lit = new EReg(EReg.escape("1+1=2?"), "");
    var ok = lit.match("is 1+1=2? yes");
    Sys.println(ok + " " + lit.matchedPos().pos);

    var named = ~/(?P<key>\w+)=(?<value>[^;]*)/;
    show(named, "a=1;bb=two;");
    Sys.println(named.matched(1) + "/" + named.matched(2));

    var back = ~/(\w)\1/;
    show(back, "abccd");
    var lazy = ~/<.+?>/;
    show(lazy, "<a><b>");
    var greedy = ~/<.+>/;
    show(greedy, "<a><b>");
    show(~/colou?r/, "The color red");
    show(~/x*/, "abc");
    show(~/$/, "abc");
    show(~/\s+$/, "trailing   ");

    for (bad in ["(", "[a-", "a{3,1}", "*", "(?<n>a)(?<n>b)", "\\"]) {
      try {
        new EReg(bad, "");
        Sys.println("compiled " + bad);
      } catch (e:Dynamic) {
        Sys.println(Std.string(e));
      }
    }
    try {
      new EReg("a", "q");
    } catch (e:Dynamic) {
      Sys.println("bad option: " + e);
    }
  }
}
