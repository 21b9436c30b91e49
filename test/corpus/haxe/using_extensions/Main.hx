using Main.IntExt;
using Main.ArrayExt;
using StringTools;
using Lambda;

class IntExt {
  public static function times(n:Int, f:Int->Void) for (i in 0...n) f(i);
  public static function squared(n:Int) return n * n;
  public static function clamp(n:Int, lo:Int, hi:Int) return n < lo ? lo : n > hi ? hi : n;
}

class ArrayExt {
  public static function sum(a:Array<Int>) {
    var s = 0;
    for (x in a) s += x;
    return s;
  }
  public static function chunk<T>(a:Array<T>, n:Int):Array<Array<T>> {
    return [for (i in 0...Math.ceil(a.length / n)) a.slice(i * n, i * n + n)];
  }
  public static function last<T>(a:Array<T>):Null<T> return a.length == 0 ? null : a[a.length - 1];
}

class Main {
  static function main() {
    var acc = [];
    4.times(i -> acc.push(i.squared()));
    Sys.println(acc + " " + acc.sum() + " " + 15.clamp(0, 10) + " " + (-3).clamp(0, 10));
    Sys.println([1, 2, 3, 4, 5, 6, 7].chunk(3) + " " + [].last() + " " + ["a", "b"].last());
    Sys.println("  padded ".trim().lpad("*", 10) + " " + "x,y".replace(",", ";") + " " + "abc".startsWith("ab"));
    Sys.println([3, 1, 2].has(2) + " " + [1, 2, 3].fold((x, a) -> a * x, 1));
  }
}
