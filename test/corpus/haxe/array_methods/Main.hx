class Main {
  static function main() {
    var a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    var b = a.copy();
    Sys.println(b.splice(2, 3) + " " + b);
    b = a.copy();
    Sys.println(b.splice(-3, 2) + " " + b);
    b = a.copy();
    Sys.println(b.splice(8, 10) + " " + b + " " + b.splice(3, -1) + " " + b.splice(20, 1));
    Sys.println(a.slice(2) + " " + a.slice(2, 5) + " " + a.slice(-3) + " " + a.slice(-3, -1) + " " + a.slice(5, 2) + " " + a.slice(20));
    b = [1, 2, 3];
    b.insert(0, 0);
    b.insert(100, 4);
    b.insert(-1, 99);
    b.insert(-100, -1);
    Sys.println(b);
    Sys.println(b.remove(99) + " " + b.remove(42) + " " + b);
    var dup = [1, 2, 1, 2, 1];
    dup.remove(1);
    Sys.println(dup + " " + dup.indexOf(1) + " " + dup.lastIndexOf(1) + " " + dup.indexOf(1, 3) + " " + dup.lastIndexOf(2, 1) + " " + dup.indexOf(7));
    Sys.println(dup.indexOf(1, -2) + " " + dup.lastIndexOf(1, -3) + " " + dup.indexOf(2, 100) + " " + dup.lastIndexOf(1, 100));
    Sys.println(a.filter(function(x) return x % 2 == 1) + " " + a.map(function(x) return x * x));
    Sys.println(a.join("") + " " + [].join(",") + " " + [null, 1].join("-") + " " + [[1, 2], [3]].join(";"));
    Sys.println(a.concat([10, 11]) + " " + [].concat([]) + " " + a.length);
    var s = [3, 1, 2];
    Sys.println(s.pop() + " " + s.shift() + " " + s + " " + [].pop() + " " + [].shift());
    s.unshift(9);
    s.push(8);
    Sys.println(s + " " + s.length);
    s.reverse();
    Sys.println(s + " " + s.contains(9) + " " + s.contains(5));
    var r = [1, 2, 3];
    r.resize(5);
    Sys.println(r + " " + r.length);
    r.resize(1);
    Sys.println(r);
    var h = [];
    h[5] = "x";
    Sys.println(h + " " + h.length);
    var nested:Array<Dynamic> = [1, "two", [3, [4]], {five: 5}, null, true, 1.5];
    Sys.println(nested.toString());
    var it = [10, 20].iterator();
    Sys.println(it.hasNext() + " " + it.next() + " " + it.next() + " " + it.hasNext());
    Sys.println([for (i => v in ["a", "b"]) i + v].join(","));
    var acc = [];
    for (x in [1, 2, 3]) {
      if (x == 2) continue;
      acc.push(x);
    }
    Sys.println(acc);
    var arr2 = [for (i in 0...3) for (j in 0...2) i * 10 + j];
    Sys.println(arr2);
    var spliced = [1, 2, 3, 4];
    for (x in spliced.copy()) if (x % 2 == 0) spliced.remove(x);
    Sys.println(spliced);
    Sys.println([1, 2, 3] == [1, 2, 3]);
    var same = [1];
    Sys.println(same == same);
  }
}
