class Main {
  static function main() {
    for (t in [0.0, 86399000.0, 951782400000.0, 1700000000000.0, -1e11, 2147483647000.0]) {
      var d = Date.fromTime(t);
      Sys.println(d.getUTCFullYear() + "-" + d.getUTCMonth() + "-" + d.getUTCDate() + " " + d.getUTCHours() + ":" + d.getUTCMinutes() + ":" + d.getUTCSeconds() + " day " + d.getUTCDay() + " | " + d.toString() + " | " + DateTools.format(d, "%a %d %b %Y %H:%M:%S %Z %z %s"));
    }
    Sys.println(DateTools.format(Date.fromTime(1e12), "%C %g %G %V %U %W %u %w %j %e %k %l %I %p %y"));
    Sys.println(DateTools.format(Date.fromTime(1e12), "%c | %x | %X | %D | %F | %R | %r | %T | %n|%t|%%"));
  }
}
