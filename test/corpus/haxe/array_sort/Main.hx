import haxe.ds.ArraySort;

typedef Rec = {key:Int, id:Int};

class Main {
  static function main() {
    var a = [5, 3, 9, 1, 5, 7, -2, 0, 3, 8, 100, -50];
    var b = a.copy();
    b.sort(function(x, y) return x - y);
    Sys.println(b);
    b.sort(function(x, y) return y - x);
    Sys.println(b);
    var recs:Array<Rec> = [];
    for (i in 0...40) recs.push({key: (i * 7) % 5, id: i});
    var r1 = recs.copy();
    ArraySort.sort(r1, function(x, y) return x.key - y.key);
    Sys.println([for (r in r1) r.key + ":" + r.id].join(" "));
    var r2 = recs.copy();
    r2.sort(function(x, y) return x.key - y.key);
    Sys.println([for (r in r2) r.key + ":" + r.id].join(" "));
    var words = ["pear", "Apple", "fig", "banana", "apple", "Fig", "", "cherry"];
    words.sort(Reflect.compare);
    Sys.println(words);
    words.sort(function(x, y) return x.length - y.length);
    Sys.println(words);
    var fl = [3.5, -1.25, Math.POSITIVE_INFINITY, 0.0, -0.0, 2.0, Math.NEGATIVE_INFINITY];
    fl.sort(Reflect.compare);
    Sys.println(fl);
    var empty:Array<Int> = [];
    empty.sort(function(x, y) return x - y);
    Sys.println(empty + " " + [1].length);
    var big = [for (i in 0...2000) (i * 7919) % 2003];
    big.sort(function(x, y) return x - y);
    var ok = true;
    for (i in 1...big.length) if (big[i - 1] > big[i]) ok = false;
    Sys.println(ok + " " + big[0] + " " + big[1999]);
    var calls = 0;
    var c = [4, 2, 3, 1];
    c.sort(function(x, y) {
      calls++;
      return x < y ? -1 : (x > y ? 1 : 0);
    });
    Sys.println(c + " " + (calls > 0));
    var bools = [true, false, true];
    bools.sort(Reflect.compare);
    Sys.println(bools);
  }
}
