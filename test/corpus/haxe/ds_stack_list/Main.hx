import haxe.ds.GenericStack;

class Main {
  static function main() {
    var s = new GenericStack<Int>();
    Sys.println(s.isEmpty() + " " + s.first() + " " + s.pop());
    for (i in 1...6) s.add(i * i);
    Sys.println(s.toString() + " " + s.first());
    Sys.println(s.pop() + " " + s.pop() + " " + s.toString());
    Sys.println(s.remove(4) + " " + s.remove(42) + " " + s.toString());
    Sys.println([for (x in s) x * 2].join(","));
    var l = new List<String>();
    l.add("b");
    l.push("a");
    l.add("c");
    l.add("b");
    Sys.println(l.toString() + " " + l.length + " " + l.first() + " " + l.last());
    Sys.println(l.remove("b") + " " + l.toString() + " " + l.remove("z"));
    Sys.println(l.join("-") + " " + l.pop() + " " + l.length);
    var m = l.map(function(x) return x.toUpperCase());
    Sys.println(m.toString());
    var nums = new List<Int>();
    for (i in 0...10) nums.add(i);
    Sys.println(nums.filter(function(x) return x % 3 == 0).toString());
    Sys.println(nums.isEmpty() + " " + new List<Int>().isEmpty() + " " + new List<Int>().first() + " " + new List<Int>().pop());
    var kv = [for (k => v in nums) k + "" + v].slice(0, 3);
    Sys.println(kv.join(" "));
    nums.clear();
    Sys.println(nums.length + " " + nums.toString());
    var it = l.iterator();
    Sys.println(it.hasNext() + " " + it.next() + " " + it.hasNext());
    var fl = Lambda.list([3, 1, 2]);
    Sys.println(fl.toString());
  }
}
