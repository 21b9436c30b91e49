class Main {
  static function main() {
    var sb = new StringBuf();
    for (i in 0...20000) {
      sb.add("item");
      sb.add(i);
      sb.add(i % 7 == 0 ? ";" : ",");
    }
    var big = sb.toString();
    Sys.println(big.length);
    var parts = ~/[,;]/g.split(big);
    Sys.println(parts.length + " " + parts[0] + " " + parts[19999] + " '" + parts[20000] + "'");
    var semis = ~/;/g.split(big);
    Sys.println(semis.length + " " + semis[1].length);
    var digits = ~/\d+/g.replace(big, "#");
    Sys.println(digits.length + " " + digits.substr(0, 20));
    var n = 0;
    ~/item(\d*7)[,;]/g.map(big, r -> {
      n++;
      return "";
    });
    Sys.println("sevens " + n);
    var last = ~/item(\d+);$/;
    var ok = last.match(big);
    Sys.println(ok + " " + (ok ? last.matched(1) : "-"));
    var ok = last.match(big.substr(0, big.length - 11));
    Sys.println(ok + " " + (ok ? last.matched(1) : "-"));
    var tail = ~/(\d+),$/;
    var ok = tail.match(big);
    Sys.println(ok + " " + (ok ? tail.matched(1) + " " + tail.matchedPos().pos : "-"));
    var ok = tail.match(big.substr(0, big.length - 10));
    Sys.println(ok + " " + (ok ? tail.matched(1) + " " + tail.matchedPos().pos : "-"));
    var utf = new StringBuf();
    for (i in 0...10000) utf.add("é" + (i % 10) + "·");
    var u = utf.toString();
    Sys.println(u.length + " " + ~/·/gu.split(u).length + " " + ~/é9/gu.replace(u, "!").length);
    var words = [for (i in 0...10000) "w" + i].join(" ");
    var found = 0;
    var re = ~/\bw(\d+)5\b/;
    var pos = 0;
    while (re.matchSub(words, pos)) {
      found++;
      var p = re.matchedPos();
      pos = p.pos + p.len;
    }
    Sys.println("found " + found);
  }
}
