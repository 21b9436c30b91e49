import sys.thread.Thread;
import sys.thread.Mutex;
import sys.thread.Lock;
import sys.thread.Deque;

class Main {
  static function main() {
    var results = new Deque<Int>();
    var lock = new Lock();
    var n = 4;
    for (i in 0...n) {
      Thread.create(function() {
        var sum = 0;
        for (k in 0...1000 * (i + 1)) sum += k;
        results.add(sum);
        lock.release();
      });
    }
    for (i in 0...n) lock.wait();
    var got = [];
    var r:Null<Int>;
    while ((r = results.pop(false)) != null) got.push(r);
    got.sort(Reflect.compare);
    Sys.println(got);
    var m = new Mutex();
    var counter = 0;
    var done = new Lock();
    for (i in 0...3) Thread.create(function() {
      for (k in 0...100) {
        m.acquire();
        counter++;
        m.release();
      }
      done.release();
    });
    for (i in 0...3) done.wait();
    Sys.println(counter);
    var main = Thread.current();
    var t = Thread.create(function() {
      var msg:String = Thread.readMessage(true);
      main.sendMessage("echo " + msg);
    });
    t.sendMessage("ping");
    Sys.println(Thread.readMessage(true));
    Sys.println(Thread.readMessage(false));
    var tls = new sys.thread.Tls<String>();
    tls.value = "main";
    var l2 = new Lock();
    var seen = null;
    Thread.create(function() {
      seen = tls.value;
      tls.value = "worker";
      l2.release();
    });
    l2.wait();
    Sys.println(seen + " " + tls.value);
    Sys.println(new Lock().wait(0.05));
  }
}
