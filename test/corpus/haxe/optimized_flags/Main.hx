using Lambda;

class Main {
  static function main() {
    var a = [3, 1, 4, 1, 5, 9, 2, 6];
    Sys.println(a.array() + " " + a.list());
    Sys.println(a.map(function(x) return x * 2));
    Sys.println(a.mapi(function(i, x) return i * x));
    Sys.println([[1], [2, 3], []].flatten() + " " + [1, 2].flatMap(function(x) return [x, x]));
    Sys.println(a.has(9) + " " + a.has(7) + " " + a.exists(function(x) return x > 8) + " " + a.foreach(function(x) return x > 0) + " " + [].foreach(function(x) return false));
    var log = [];
    a.iter(function(x) log.push(x));
    Sys.println(log.length);
    Sys.println(a.filter(function(x) return x % 2 == 0) + " " + a.fold(function(x, acc) return acc + x, 0) + " " + a.foldi(function(x, acc, i) return acc + x * i, 0));
    Sys.println(a.count() + " " + a.count(function(x) return x == 1) + " " + a.empty() + " " + [].empty());
    Sys.println(a.indexOf(1) + " " + a.indexOf(100) + " " + a.find(function(x) return x > 4) + " " + a.find(function(x) return x > 100) + " " + a.findIndex(function(x) return x == 5));
    Sys.println(a.concat([0]) + " " + Lambda.concat(a, [7]).length);
    var m = ["x" => 1, "y" => 2];
    Sys.println(m.count() + " " + m.fold(function(v, acc) return acc + v, 0) + " " + m.has(2) + " " + Lambda.exists(m, function(v) return v > 1));
    var l = new List<String>();
    l.add("p");
    l.add("q");
    Sys.println(l.map(function(s) return s + s) + " " + l.indexOf("q") + " " + l.array());
    Sys.println(Lambda.array({iterator: function() return 0...4}));
  }
}
