enum Expr {
  Num(v:Int);
  Add(a:Expr, b:Expr);
  Mul(a:Expr, b:Expr);
  Neg(e:Expr);
  Var(name:String);
}

typedef Person = {name:String, age:Int, ?tags:Array<String>};

class Main {
  static function eval(e:Expr, env:Map<String, Int>):Int {
    return switch (e) {
      case Num(v): v;
      case Add(Num(0), b) | Add(b, Num(0)): eval(b, env);
      case Add(a, b): eval(a, env) + eval(b, env);
      case Mul(Num(0), _) | Mul(_, Num(0)): 0;
      case Mul(a, b): eval(a, env) * eval(b, env);
      case Neg(Neg(inner)): eval(inner, env);
      case Neg(x): -eval(x, env);
      case Var(n) if (env.exists(n)): env.get(n);
      case Var(_): throw "unbound";
    }
  }

  static function show(e:Expr):String {
    return switch e {
      case Num(v) if (v < 0): '($v)';
      case Num(v): '$v';
      case Add(a, b): '(${show(a)} + ${show(b)})';
      case Mul(a, b): '${show(a)} * ${show(b)}';
      case Neg(x): '-${show(x)}';
      case Var(n): n;
    }
  }

  static function classify(v:Dynamic):String {
    return switch (v) {
      case 0: "zero";
      case 1 | 2 | 3: "small";
      case "hello": "greeting";
      case null: "null";
      case true: "true";
      case x if (Std.isOfType(x, Float)): "number " + Std.string(x);
      case _: "other";
    }
  }

  static function arr(a:Array<Int>):String {
    return switch (a) {
      case []: "empty";
      case [x]: "one " + x;
      case [x, y] if (x == y): "same pair";
      case [x, _, z]: "ends " + x + z;
      default: "len " + a.length;
    }
  }

  static function main() {
    var env = ["x" => 5, "y" => -2];
    var es = [Num(3), Add(Num(0), Var("x")), Mul(Add(Num(1), Num(2)), Neg(Neg(Var("y")))), Mul(Var("zz"), Num(0)), Add(Num(-4), Mul(Var("x"), Var("y")))];
    for (e in es) Sys.println(show(e) + " = " + eval(e, env));
    try eval(Var("q"), env) catch (e:String) Sys.println(e);
    var things:Array<Dynamic> = [0, 2, "hello", null, true, 2.5, "other", false];
    for (t in things) Sys.println(classify(t));
    for (a in [[], [7], [4, 4], [4, 5], [1, 2, 3], [1, 2, 3, 4]]) Sys.println(arr(a));
    var tuple = {a: 1, b: "x"};
    switch (tuple) {
      case {a: 1, b: "y"}: Sys.println("no");
      case {a: 1, b: s}: Sys.println("yes " + s);
      case _: Sys.println("other");
    }
    var s = "abc";
    var r = switch (s.length) {
      case n if (n > 5): "long";
      case 3: "three";
      default: "?";
    };
    Sys.println(r);
    var opt:haxe.ds.Option<Int> = Some(5);
    switch (opt) {
      case Some(v) if (v > 3): Sys.println("big some " + v);
      case Some(v): Sys.println("some " + v);
      case None: Sys.println("none");
    }
    var e = Add(Num(1), Num(2));
    if (e.match(Add(Num(1), _))) Sys.println("matched");
    Sys.println(switch [1, "x"] {
      case [1, "y"]: "a";
      case [1, _]: "b";
      case _: "c";
    });
    var p:Person = {name: "Z", age: 3, tags: ["t"]};
    switch p {
      case {tags: [first]}: Sys.println("single tag " + first);
      default: Sys.println("other tags");
    }
  }
}
