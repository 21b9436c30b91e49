// word_count: Map<String,Int> (haxe.ds.StringMap) word counting over generated text; keys
// sorted at the end. Size: number of words generated (Sys.args()[0]).

class Main {
  static var seed = 987654;

  static function rnd(n:Int):Int {
    seed = (seed * 1103515245 + 12345) & 0x3FFFFFFF;
    return (seed >> 8) % n;
  }

  static var syll = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "xo", "ze", "qu", "an", "el", "or", "um"];

  static function word():String {
    // skewed length and syllable choice so that some words are frequent and many are rare
    var n = 1 + rnd(1 + rnd(4));
    var w = "";
    for (i in 0...n) w += syll[rnd(1 + rnd(syll.length))];
    return w;
  }

  static function main() {
    var args = Sys.args();
    var n = args.length > 0 ? Std.parseInt(args[0]) : 10000;

    // generate the text in paragraphs, count words of each paragraph
    var counts = new Map<String, Int>();
    var total = 0;
    var chars = 0;
    var done = 0;
    while (done < n) {
      var para = new StringBuf();
      var m = n - done < 1000 ? n - done : 1000;
      for (i in 0...m) {
        if (i > 0) para.add(rnd(10) == 0 ? ". " : " ");
        var w = word();
        if (rnd(20) == 0) w = w.charAt(0).toUpperCase() + w.substr(1);
        para.add(w);
      }
      done += m;
      var text = para.toString();
      chars += text.length;
      for (sentence in text.split(". ")) {
        for (w in sentence.split(" ")) {
          if (w.length == 0) continue;
          var k = w.toLowerCase();
          var c = counts.get(k);
          counts.set(k, c == null ? 1 : c + 1);
          total++;
        }
      }
    }

    // sorted keys, a checksum over them, and the most frequent words
    var keys = [for (k in counts.keys()) k];
    keys.sort(function(a, b) return a < b ? -1 : a > b ? 1 : 0);
    var h = 0;
    for (k in keys) {
      for (i in 0...k.length) h = (h * 33 + k.charCodeAt(i)) & 0xFFFFFFF;
      h = (h + counts.get(k)) & 0xFFFFFFF;
    }
    var byFreq = keys.copy();
    byFreq.sort(function(a, b) {
      var d = counts.get(b) - counts.get(a);
      return d != 0 ? d : (a < b ? -1 : 1);
    });
    var top = [for (i in 0...(byFreq.length < 8 ? byFreq.length : 8)) byFreq[i] + ":" + counts.get(byFreq[i])];
    var singles = 0;
    for (v in counts) if (v == 1) singles++;
    // remove the rare words and count again
    for (k in keys) if (counts.get(k) < 3) counts.remove(k);
    var left = 0;
    for (k in counts.keys()) left++;

    Sys.println("words " + total + " chars " + chars + " distinct " + keys.length + " singles " + singles + " left " + left);
    Sys.println("first " + keys[0] + " last " + keys[keys.length - 1] + " hash " + h);
    Sys.println("top " + top.join(" "));
  }
}
