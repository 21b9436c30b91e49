class Main {
  static function main() {
    var dates = [new Date(2024, 0, 1, 0, 0, 0), new Date(2023, 11, 31, 23, 59, 59), new Date(2021, 0, 3, 12, 0, 0), new Date(2020, 1, 29, 7, 5, 9), new Date(1999, 6, 4, 18, 30, 0)];
    var fmts = ["%a %A %b %B %h", "%d %e %j %m %y %Y %C", "%H %I %k %l %M %S %p", "%D|%F|%T|%R|%r", "%u %w %U %W %V %G %g", "%%|%n|%t|", "%s", "plain text"];
    for (d in dates) {
      for (f in fmts) Sys.println(f + " => [" + DateTools.format(d, f) + "]");
    }
    try {
      Sys.println(DateTools.format(dates[0], "%c %x %X %Z %z"));
      Sys.println("[" + DateTools.format(dates[0], "") + "]");
    } catch (e:Dynamic) {
      Sys.println("unsupported: " + e);
    }
  }
}
