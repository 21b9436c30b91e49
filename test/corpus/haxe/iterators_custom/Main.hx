class Range {
  var cur:Int;
  var end:Int;
  var step:Int;
  public function new(s, e, st) {
    cur = s;
    end = e;
    step = st;
  }
  public function hasNext() return step > 0 ? cur < end : cur > end;
  public function next() {
    var v = cur;
    cur += step;
    return v;
  }
}

class Tree {
  public var kids:Array<Tree> = [];
  public var name:String;
  public function new(n, ?k:Array<Tree>) {
    name = n;
    if (k != null) kids = k;
  }
  public function iterator():Iterator<String> {
    var out = [];
    function walk(t:Tree, d:Int) {
      out.push(StringTools.lpad("", " ", d * 2) + t.name);
      for (k in t.kids) walk(k, d + 1);
    }
    walk(this, 0);
    return out.iterator();
  }
}

class Pairs {
  var a:Array<String>;
  public function new(a) this.a = a;
  public function keyValueIterator():KeyValueIterator<Int, String> return a.keyValueIterator();
}

class Main {
  static function main() {
    Sys.println([for (i in new Range(0, 10, 3)) i]);
    Sys.println([for (i in new Range(10, 0, -4)) i]);
    var t = new Tree("root", [new Tree("a", [new Tree("a1"), new Tree("a2")]), new Tree("b")]);
    for (line in t) Sys.println(line);
    for (k => v in new Pairs(["x", "y"])) Sys.println(k + "->" + v);
    var it = new IntIterator(3, 6);
    Sys.println(it.hasNext() + " " + it.next() + " " + [for (x in it) x]);
    var lo = 5, hi = 2;
    Sys.println([for (i in lo...hi) i].length + " " + [for (i in -2...2) i]);
    var m = ["b" => 2, "a" => 1];
    var keys = [for (k in m.keys()) k];
    keys.sort(Reflect.compare);
    Sys.println(keys);
    var total = 0;
    for (i in 0...10) {
      if (i % 2 == 0) continue;
      if (i > 7) break;
      total += i;
    }
    Sys.println(total);
    var gen = {
      var i = 0;
      {hasNext: function() return i < 3, next: function() return "g" + i++};
    };
    Sys.println([for (x in gen) x]);
    var iterable = {iterator: function() return [7, 8].iterator()};
    Sys.println(Lambda.array(iterable) + " " + Lambda.count(iterable));
    var nested = [[1, 2], [3], []];
    Sys.println([for (row in nested) for (x in row) x * 10]);
    var s = "";
    do s += "x" while (s.length < 3);
    Sys.println(s);
    var kvi = new haxe.iterators.ArrayKeyValueIterator(["p", "q"]);
    for (kv in kvi) Sys.println(kv.key + "=" + kv.value);
    var mi = new haxe.iterators.MapKeyValueIterator([1 => "one"]);
    for (kv in mi) Sys.println(kv.key + ":" + kv.value);
    for (c in new haxe.iterators.StringIterator("ab")) Sys.print(c + ";");
    for (kv in new haxe.iterators.StringKeyValueIterator("cd")) Sys.print(kv.key + "/" + kv.value + ";");
    Sys.println("");
  }
}
