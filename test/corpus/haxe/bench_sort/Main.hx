// sort: Array.sort with custom comparators on ints, strings and objects (multi-key),
// plus a hand-written quicksort and binary searches. Size: number of elements (Sys.args()[0]).

class Item {
  public var id:Int;
  public var group:Int;
  public var score:Float;
  public var name:String;
  public function new(id, group, score, name) {
    this.id = id;
    this.group = group;
    this.score = score;
    this.name = name;
  }
}

class Main {
  static var seed = 777;

  static function rnd(n:Int):Int {
    seed = (seed * 1103515245 + 12345) & 0x3FFFFFFF;
    return (seed >> 8) % n;
  }

  static function qsort(a:Array<Int>, lo:Int, hi:Int):Void {
    while (lo < hi) {
      var p = a[(lo + hi) >> 1];
      var i = lo, j = hi;
      while (i <= j) {
        while (a[i] < p) i++;
        while (a[j] > p) j--;
        if (i <= j) {
          var t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      if (j - lo < hi - i) {
        qsort(a, lo, j);
        lo = i;
      } else {
        qsort(a, i, hi);
        hi = j;
      }
    }
  }

  static function bsearch(a:Array<Int>, v:Int):Int {
    var lo = 0, hi = a.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (a[mid] < v) lo = mid + 1 else if (a[mid] > v) hi = mid - 1 else return mid;
    }
    return -1;
  }

  static function check(a:Array<Int>):Int {
    var h = 0;
    for (i in 0...a.length) h = (h * 31 + a[i]) & 0xFFFFFFF;
    return h;
  }

  static function main() {
    var args = Sys.args();
    var n = args.length > 0 ? Std.parseInt(args[0]) : 1000;

    var ints = [for (i in 0...n) rnd(1000000)];
    var a1 = ints.copy();
    a1.sort(function(x, y) return x - y);
    var a2 = ints.copy();
    a2.sort(function(x, y) return y < x ? -1 : y > x ? 1 : 0);
    var a3 = ints.copy();
    qsort(a3, 0, a3.length - 1);
    var found = 0;
    for (i in 0...n) if (bsearch(a3, ints[(i * 7) % n]) >= 0) found++;
    var sameAsc = true;
    for (i in 0...n) if (a1[i] != a3[i]) sameAsc = false;

    var strs = [for (i in 0...n >> 1) StringTools.hex(rnd(0xFFFFFF)) + "-" + rnd(100)];
    strs.sort(function(x, y) return x < y ? -1 : x > y ? 1 : 0);
    var sh = 0;
    for (s in strs) sh = (sh * 17 + s.length + s.charCodeAt(0)) & 0xFFFFFFF;

    var items = [for (i in 0...n >> 1) new Item(i, rnd(20), rnd(10000) / 100, "n" + rnd(500))];
    items.sort(function(x, y) {
      if (x.group != y.group) return x.group - y.group;
      if (x.score != y.score) return x.score < y.score ? 1 : -1;
      if (x.name != y.name) return x.name < y.name ? -1 : 1;
      return x.id - y.id;
    });
    var ih = 0;
    for (it in items) ih = (ih * 13 + it.id) & 0xFFFFFFF;

    Sys.println("ints " + check(a1) + " desc " + check(a2) + " qsort " + check(a3) + " same " + sameAsc + " found " + found);
    Sys.println("min " + a1[0] + " max " + a2[0] + " median " + a1[n >> 1]);
    Sys.println("strings " + strs[0] + " .. " + strs[strs.length - 1] + " hash " + sh);
    Sys.println("items " + items[0].id + " " + items[items.length - 1].id + " hash " + ih);
  }
}
