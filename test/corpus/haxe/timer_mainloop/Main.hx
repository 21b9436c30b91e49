class Main {
  static function main() {
    Sys.println("main start");
    haxe.Timer.delay(function() Sys.println("delayed 300"), 300);
    haxe.Timer.delay(function() Sys.println("delayed 50"), 50);
    var count = 0;
    var t = new haxe.Timer(120);
    t.run = function() {
      count++;
      Sys.println("tick " + count);
      if (count == 3) t.stop();
    };
    haxe.MainLoop.runInMainThread(function() Sys.println("runInMainThread"));
    var ev = haxe.MainLoop.add(function() {});
    ev.stop();
    Sys.println("main end");
  }
}
