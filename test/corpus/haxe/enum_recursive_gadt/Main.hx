enum Json {
  JNull;
  JBool(b:Bool);
  JNum(n:Float);
  JStr(s:String);
  JArr(items:Array<Json>);
  JObj(fields:Array<{k:String, v:Json}>);
}

enum List2<T> {
  Nil;
  Cons(head:T, tail:List2<T>);
}

class Main {
  static function render(j:Json):String {
    return switch j {
      case JNull: "null";
      case JBool(b): b ? "true" : "false";
      case JNum(n): Std.string(n);
      case JStr(s): '"' + s + '"';
      case JArr(items): "[" + items.map(render).join(",") + "]";
      case JObj(fields): "{" + fields.map(f -> '"${f.k}":' + render(f.v)).join(",") + "}";
    }
  }

  static function fromList<T>(a:Array<T>):List2<T> {
    var l = Nil;
    var i = a.length - 1;
    while (i >= 0) l = Cons(a[i--], l);
    return l;
  }

  static function len<T>(l:List2<T>):Int return switch l {
    case Nil: 0;
    case Cons(_, t): 1 + len(t);
  }

  static function mapL<A, B>(l:List2<A>, f:A->B):List2<B> return switch l {
    case Nil: Nil;
    case Cons(h, t): Cons(f(h), mapL(t, f));
  }

  static function main() {
    var doc = JObj([{k: "a", v: JArr([JNum(1), JNum(2.5), JNull])}, {k: "b", v: JObj([{k: "c", v: JBool(true)}])}, {k: "s", v: JStr("x")}]);
    Sys.println(render(doc));
    Sys.println(doc);
    var l = fromList([1, 2, 3, 4]);
    Sys.println(l + " " + len(l));
    Sys.println(mapL(l, x -> x * 10));
    Sys.println(Type.enumEq(fromList([1, 2]), fromList([1, 2])) + " " + Type.enumEq(fromList([1, 2]), fromList([1, 3])));
    var ser = haxe.Serializer.run(doc);
    Sys.println(ser);
    var back:Json = haxe.Unserializer.run(ser);
    Sys.println(render(back) == render(doc));
    var deep = Nil;
    for (i in 0...1000) deep = Cons(i, deep);
    Sys.println(len(deep));
  }
}
