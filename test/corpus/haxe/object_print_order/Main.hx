class Node {
  public var value:Int;
  public var next:Node;
  public var data:Dynamic;
  public function new(v) value = v;
}

class Main {
  static function main() {
    var o = {zeta: 1, alpha: 2, mid: 3, b: 4, a: 5, longerFieldName: 6, x1: 7, x2: 8};
    Sys.println(o);
    Sys.println(Reflect.fields(o));
    var d:Dynamic = {};
    for (n in ["q", "w", "e", "r", "t", "y", "u", "i", "o", "p"]) Reflect.setField(d, n, n.charCodeAt(0));
    Sys.println(d);
    Sys.println(Reflect.fields(d).join(""));
    var n1 = new Node(1);
    var n2 = new Node(2);
    n1.next = n2;
    n2.next = n1;
    n1.data = [n1, {self: n2}];
    Sys.println(Std.string(n1).length > 0);
    var cyc:Dynamic = {name: "cyc"};
    cyc.me = cyc;
    cyc.list = [cyc, 1];
    Sys.println(cyc);
    var deep:Dynamic = 0;
    for (i in 0...20) deep = {lvl: i, inner: deep};
    Sys.println(deep);
    var arr:Array<Dynamic> = [];
    arr.push(arr);
    arr.push(1);
    Sys.println(arr);
    var deepArr:Dynamic = 1;
    for (i in 0...12) deepArr = [deepArr];
    Sys.println(deepArr);
    Sys.println({f: function() {}, n: null, s: "str", e: haxe.ds.Option.Some(1), c: Main, arr: [1.5]});
    var emptyObj = {};
    Sys.println(emptyObj + " " + [{}] + " " + [[]]);
    Sys.println(new Node(5));
  }
}
