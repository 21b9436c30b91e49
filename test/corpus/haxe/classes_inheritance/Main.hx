class Animal {
  public var name:String;
  static var count = 0;
  public function new(name:String) {
    this.name = name;
    count++;
  }
  public function speak():String return "...";
  public function describe():String return name + " says " + speak();
  public static function total() return count;
  public function toString() return "Animal(" + name + ")";
}

class Dog extends Animal {
  public var tricks:Array<String> = [];
  public function new(name) {
    super(name);
    tricks.push("sit");
  }
  override public function speak() return "woof";
}

class Puppy extends Dog {
  override public function speak() return super.speak() + " (squeaky)";
  override public function toString() return "Puppy:" + super.toString();
}

class Cat extends Animal {
  override public function speak() return "meow";
  override public function describe() return "the cat " + super.describe();
}

interface Named {
  var label(get, never):String;
}

class Thing implements Named {
  public var label(get, never):String;
  public function new() {}
  function get_label() return "thing";
}

class Main {
  static function main() {
    var zoo:Array<Animal> = [new Animal("generic"), new Dog("rex"), new Puppy("bit"), new Cat("tom")];
    for (a in zoo) Sys.println(a.describe() + " / " + a + " / " + Type.getClassName(Type.getClass(a)));
    Sys.println(Animal.total());
    var p:Dog = cast zoo[2];
    Sys.println(p.tricks + " " + Std.isOfType(p, Dog) + " " + Std.isOfType(p, Puppy) + " " + Std.isOfType(zoo[3], Dog));
    Sys.println(Std.string(zoo));
    var n:Named = new Thing();
    Sys.println(n.label + " " + Std.isOfType(n, Named));
    try {
      var c:Cat = cast(zoo[1], Cat);
      Sys.println("cast ok " + c);
    } catch (e:Dynamic) {
      Sys.println("cast failed: " + e);
    }
    var d:Dynamic = zoo[1];
    Sys.println(d.speak() + " " + d.name + " " + d.tricks.length);
  }
}
