class Main {
  static function main() {
    var seeds = [0, 1, 42, -1, 123456789, -987654321];
    for (s in seeds) {
      var r = new neko.Random();
      r.setSeed(s);
      var ints = [for (i in 0...30) r.int(1000)];
      var floats = [for (i in 0...3) r.float()];
      Sys.println(s + ": " + ints.join(" ") + " | " + floats.join(" "));
    }
    var r = new neko.Random();
    r.setSeed(7);
    var counts = [0, 0, 0, 0, 0];
    for (i in 0...10000) counts[r.int(5)]++;
    Sys.println(counts.join(","));
    var shuffled = [for (i in 0...20) i];
    for (i in 0...shuffled.length) {
      var j = r.int(shuffled.length);
      var t = shuffled[i];
      shuffled[i] = shuffled[j];
      shuffled[j] = t;
    }
    Sys.println(shuffled.join(","));
  }
}
