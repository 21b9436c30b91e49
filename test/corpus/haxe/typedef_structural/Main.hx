typedef Named = {name:String};
typedef Aged = {age:Int};
typedef Person = Named & Aged & {?email:String};
typedef Visitor<T> = {visit:T->String, ?done:Void->Void};

class Dog {
  public var name:String;
  public var age:Int;
  public function new(n, a) {
    name = n;
    age = a;
  }
}

class Main {
  static function greet(n:Named) return "hi " + n.name;
  static function info(p:Person) return p.name + "(" + p.age + ")" + (p.email == null ? "" : " <" + p.email + ">");
  static function run<T>(xs:Array<T>, v:Visitor<T>) {
    var out = [for (x in xs) v.visit(x)];
    if (v.done != null) v.done();
    return out.join(";");
  }

  static function main() {
    var p:Person = {name: "ann", age: 30};
    var q:Person = {name: "bob", age: 40, email: "b@x"};
    Sys.println(info(p) + " " + info(q) + " " + greet(p) + " " + greet(new Dog("rex", 3)));
    Sys.println(info(cast new Dog("fido", 5)));
    Sys.println(run([1, 2], {visit: x -> "n" + x}));
    Sys.println(run(["a"], {visit: x -> x.toUpperCase(), done: () -> Sys.println("done called")}));
    var anon = {x: 1, y: {z: [1, 2]}, f: (a:Int) -> a + 1};
    Sys.println(anon.f(anon.y.z[1]) + " " + anon.x);
    var opt:{?a:Int, b:String} = {b: "bee"};
    Sys.println(opt.a + " " + opt.b + " " + Reflect.hasField(opt, "a"));
  }
}
