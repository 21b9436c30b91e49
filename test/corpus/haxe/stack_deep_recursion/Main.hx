class Main {
  static function depth(n:Int):Int return n == 0 ? 0 : 1 + depth(n - 1);
  static function sumTail(n:Int, acc:Float):Float return n == 0 ? acc : sumTail(n - 1, acc + n);
  static function ack(m:Int, n:Int):Int {
    if (m == 0) return n + 1;
    if (n == 0) return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
  }
  static function main() {
    Sys.println(depth(1000));
    Sys.println(depth(5000));
    Sys.println(sumTail(3000, 0));
    Sys.println(ack(2, 3));
    var a = [];
    function build(n:Int):Dynamic return n == 0 ? null : {v: n, next: build(n - 1)};
    var l = build(500);
    var c = 0;
    while (l != null) {
      c += l.v;
      l = l.next;
    }
    Sys.println(c);
    var s = haxe.Serializer.run(build(200));
    Sys.println(s.length);
    var back:Dynamic = haxe.Unserializer.run(s);
    Sys.println(back.v + " " + back.next.v);
    Sys.println(haxe.Json.stringify(build(50)).length);
  }
}
