using Lambda;

class Main {
  static function main() {
    var a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
    Sys.println(a.filter(x -> x % 2 == 1) + " " + a.map(x -> x * x));
    Sys.println(a.exists(x -> x > 8) + " " + a.foreach(x -> x > 0) + " " + a.count(x -> x == 5) + " " + a.has(9) + " " + a.indexOf(5) + " " + a.lastIndexOf(5));
    Sys.println(a.fold((x, acc) -> x + acc, 0) + " " + Lambda.find(a, x -> x > 4) + " " + a.empty() + " " + Lambda.array(a.list()).length);
    var b = a.copy();
    b.reverse();
    Sys.println(b + " " + a.slice(2, 5) + " " + a.slice(-3) + " " + a.concat([7, 7]));
    var c = a.copy();
    Sys.println(c.splice(2, 3) + " " + c);
    c.insert(1, 100);
    c.insert(-1, 200);
    c.unshift(-1);
    Sys.println(c + " " + c.shift() + " " + c.pop() + " " + c.remove(100) + " " + c.remove(999) + " " + c);
    var s = ["pear", "apple", "fig", "banana"];
    s.sort((x, y) -> x < y ? -1 : x > y ? 1 : 0);
    Sys.println(s.join(",") + " " + s.contains("fig"));
    var nested = [[1, 2], [3], []];
    Sys.println(nested.flatten() + " " + [for (x in nested) x.length]);
    var arr2 = new Array<Int>();
    arr2[5] = 1;
    Sys.println(arr2.length + " " + arr2);
    Sys.println([for (i in 0...10) if (i % 3 == 0) i] + " " + [for (k => v in ["x", "y"]) '$k$v']);
    var it = a.iterator();
    var sum = 0;
    while (it.hasNext()) sum += it.next();
    Sys.println(sum);
    Sys.println(a.toString() + " " + Std.string([null, 1.5, "s", [true]]));
    var resized = [1, 2, 3];
    resized.resize(5);
    Sys.println(resized);
    resized.resize(1);
    Sys.println(resized);
    Sys.println([1, 2, 3].join(""));
    Sys.println(Lambda.mapi(["a", "b"], (i, x) -> i + x));
    var grouped = new Map<Int, Array<String>>();
    for (w in ["aa", "b", "cc", "ddd", "e"]) {
      if (!grouped.exists(w.length)) grouped[w.length] = [];
      grouped[w.length].push(w);
    }
    Sys.println([for (k in [1, 2, 3]) k + ":" + grouped[k].join("/")].join(" "));
  }
}
