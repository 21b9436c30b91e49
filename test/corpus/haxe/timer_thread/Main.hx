class Main {
  static function main() {
    var ts = haxe.Timer.stamp();
    Sys.println(ts > 0);
    var tls = new sys.thread.Tls<Int>();
    tls.value = 5;
    Sys.println(tls.value);
    var m = new sys.thread.Mutex();
    m.acquire();
    Sys.println(m.tryAcquire());
    m.release();
    m.release();
    var d = new sys.thread.Deque<String>();
    d.add("a");
    d.push("b");
    d.add("c");
    Sys.println(d.pop(false) + d.pop(false) + d.pop(false) + " " + d.pop(false));
    var l = new sys.thread.Lock();
    l.release();
    Sys.println(l.wait(0.01) + " " + l.wait(0.01));
    Sys.println(sys.thread.Thread.current() == sys.thread.Thread.current());
  }
}
