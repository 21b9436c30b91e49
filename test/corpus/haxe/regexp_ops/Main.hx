class Main {
  static function main() {
    var r = ~/(\d+)-(\d+)/;
    Sys.println(r.match("range 10-20 and 30-40") + " " + r.matched(0) + " " + r.matched(1) + " " + r.matched(2) + " " + r.matchedLeft() + "|" + r.matchedRight());
    var p = r.matchedPos();
    Sys.println(p.pos + " " + p.len);
    Sys.println(r.matchSub("range 10-20 and 30-40", 12) + " " + r.matched(0));
    Sys.println(~/a+/g.replace("caaandaay", "X") + " " + ~/a+/.replace("caaandaay", "X"));
    Sys.println(~/(\w+)@(\w+)\.com/.replace("mail bob@site.com now", "$2 at $1 ($0) $$"));
    Sys.println(~/\s*,\s*/g.split("a , b,c ,  d"));
    Sys.println(~/x/.split("axbxc") + " " + ~/x/g.split("axbxc") + " " + ~/z/g.split("abc"));
    Sys.println(~/[aeiou]/gi.map("Hello World", function(e) return e.matched(0).toUpperCase()));
    Sys.println(~/^abc$/i.match("ABC") + " " + ~/^abc$/.match("ABC") + " " + ~/^b/m.match("a\nb") + " " + ~/a.c/s.match("a\nc"));
    Sys.println(EReg.escape("a.b*c?(d)[e]{f}|g^h$i\\j+"));
    var e = ~/(a)(b)?/;
    e.match("ac");
    Sys.println(e.matched(1) + " " + e.matched(2));
    try {
      e.matched(5);
    } catch (ex:Dynamic) {
      Sys.println("bad group: " + ex);
    }
    Sys.println(~/é+/.match("café") + " " + ~/(?<year>\d{4})/.match("in 2024"));
    Sys.println(~/\bfoo\b/g.replace("foo food foo.", "bar"));
    Sys.println(new EReg("[0-9]+", "g").replace("a1b22c333", "#"));
    try {
      new EReg("(unclosed", "");
    } catch (ex:Dynamic) {
      Sys.println("compile error");
    }
    var words = [];
    var w = ~/[a-z]+/;
    var s = "one two  three";
    var pos = 0;
    while (w.matchSub(s, pos)) {
      words.push(w.matched(0));
      var mp = w.matchedPos();
      pos = mp.pos + mp.len;
    }
    Sys.println(words);
  }
}
