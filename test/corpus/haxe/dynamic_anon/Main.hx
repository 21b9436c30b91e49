typedef Person = {name:String, age:Int, ?email:String};

class Main {
  static function describe(p:Person) return p.name + " (" + p.age + ")" + (p.email != null ? " <" + p.email + ">" : "");

  static function main() {
    var people:Array<Person> = [{name: "Ann", age: 31}, {name: "Bob", age: 25, email: "bob@example.com"}, {name: "Cy", age: 40}];
    people.sort((a, b) -> a.age - b.age);
    for (p in people) Sys.println(describe(p));
    var d:Dynamic = {};
    d.count = 0;
    d.inc = function() d.count++;
    d.inc();
    d.inc();
    Sys.println(d.count);
    var fn:Dynamic = function(a, b) return a + b;
    Sys.println(fn(1, 2) + " " + fn("a", "b") + " " + Reflect.callMethod(null, fn, [3, 4]));
    var obj:Dynamic = {x: 1};
    Sys.println(obj.missing == null);
    Sys.println(Reflect.field(obj, "x") + " " + Reflect.field(obj, "y"));
    var arr:Dynamic = [1, 2, 3];
    Sys.println(arr.length + " " + arr[1] + " " + arr.join("-"));
    var s:Dynamic = "dynamic string";
    Sys.println(s.length + " " + s.toUpperCase() + " " + s.split(" "));
    var inner:Array<Dynamic> = [10, 20, {d: "deep"}];
    var nested:Dynamic = {a: {b: {c: inner}}};
    Sys.println(nested.a.b.c[2].d);
    try {
      var n:Dynamic = null;
      n.field = 1;
    } catch (e:Dynamic) {
      Sys.println("null access: " + e);
    }
    try {
      var notFn:Dynamic = 5;
      notFn();
    } catch (e:Dynamic) {
      Sys.println("call error: " + e);
    }
    var count = 0;
    var it:Iterator<Int> = {hasNext: () -> count < 3, next: () -> count++};
    Sys.println([for (x in it) x]);
  }
}
