class Main {
  static function main() {
    Sys.println(~/abc/i.match("xABCx") + " " + ~/abc/.match("xABCx"));
    Sys.println(~/^b/m.match("a\nb") + " " + ~/^b/.match("a\nb"));
    Sys.println(~/a$/m.match("a\nb") + " " + ~/a$/.match("a\nb") + " " + ~/b$/.match("a\nb\n"));
    Sys.println(~/a.b/s.match("a\nb") + " " + ~/a.b/.match("a\nb"));
    var multi = ~/^(\w+):\s*(.*)$/gm;
    var text = "name: neko\nversion: 2.3\n\nkind: vm";
    var pos = 0;
    while (multi.matchSub(text, pos)) {
      Sys.println(multi.matched(1) + " => " + multi.matched(2));
      var p = multi.matchedPos();
      pos = p.pos + p.len;
    }
    Sys.println(~/\n/g.split(text).length);

    // UTF-8 subjects: positions and lengths are in bytes on neko
    var s = "héllo wörld — ça va? 😀!";
    Sys.println(s.length);
    var r = ~/w.rld/u;
    var ok = r.match(s);
    Sys.println(ok + " " + r.matched(0) + " " + r.matchedPos().pos + " " + r.matchedPos().len);
    Sys.println(~/w.rld/.match(s) + " " + ~/w..rld/.match(s));
    Sys.println(~/[éöç]/gu.replace(s, "_"));
    Sys.println(~/[éöç]/g.replace(s, "_"));
    Sys.println(~/./gu.split("añb").join("|") + " " + ~/./gu.map("añ😀", m -> "[" + m.matched(0) + "]"));
    Sys.println(~/É/iu.match("café") + " " + ~/É/i.match("café") + " " + ~/CAFÉ/iu.match("café"));
    var w = ~/\w+/u;
    var ok = w.match("ça");
    Sys.println(ok + " " + w.matched(0));
    var u = ~/(\S+)\s(\S+)$/u;
    var ok = u.match(s);
    Sys.println(ok + " " + u.matched(1) + " / " + u.matched(2) + " " + u.matchedLeft().length);
    Sys.println(~/😀/u.match(s) + " " + ~/😀/.match(s));
    Sys.println(new EReg("\\x{1F600}", "u").match(s) + " " + ~/^.{5} /u.match(s) + " " + ~/^.{5} /.match(s));
    Sys.println(new EReg("\\p{Lu}", "u").match("abcΣd") + " " + new EReg("\\p{Greek}+", "gu").map("a αβγ b", m -> m.matched(0).length + ""));
    try {
      var bytes = haxe.io.Bytes.ofString("cafXa");
      bytes.set(3, 0xe9);
      ~/a/u.match(bytes.toString());
      Sys.println("matched invalid utf-8");
    } catch (e:Dynamic) {
      Sys.println("error: " + e);
    }
    try {
      new EReg("\\xff", "u").match("x");
      Sys.println("compiled");
    } catch (e:Dynamic) {
      Sys.println("error: " + e);
    }
    var all = ~/(?<y>\d{4})/g;
    Sys.println(all.map("1999 and 2024", m -> Std.string(Std.parseInt(m.matched(1)) + 1)));
    var lazy = ~/a+?/;
    var ok = lazy.match("aaa");
    Sys.println(ok + " " + lazy.matched(0));
    Sys.println(new EReg("(?x) a \\s+ b # comment\n  c", "").match("a  bc"));
    Sys.println(~/(?i)a(?-i)b/.match("Ab") + " " + ~/(?i)a(?-i)b/.match("AB"));
    Sys.println(~/(?s:.)./.match("\n\n") + " " + ~/(?m)^x$/.match("a\nx\nb"));
  }
}
