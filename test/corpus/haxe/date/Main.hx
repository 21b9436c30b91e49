class Main {
  static function main() {
    var d = Date.fromString("2021-03-04 05:06:07");
    Sys.println(d.toString() + " " + d.getFullYear() + " " + d.getMonth() + " " + d.getDate() + " " + d.getDay() + " " + d.getHours() + " " + d.getMinutes() + " " + d.getSeconds());
    Sys.println(d.getTime());
    var d2 = Date.fromString("1999-12-31");
    Sys.println(d2.toString() + " " + d2.getDay());
    var t = Date.fromString("10:20:30");
    Sys.println(t.getTime());
    var d3 = new Date(2000, 1, 29, 23, 59, 59);
    Sys.println(d3.toString() + " " + d3.getTime());
    var d4 = new Date(2001, 12, 32, 25, 61, 61);
    Sys.println(d4.toString());
    var e = Date.fromTime(0);
    Sys.println(e.toString() + " " + e.getUTCFullYear() + " " + e.getUTCHours() + " " + e.getTimezoneOffset());
    Sys.println(Date.fromTime(1e12).toString() + " " + Date.fromTime(-1e9).toString());
    Sys.println(DateTools.format(d, "%Y/%m/%d %H:%M:%S %j %a %A %b %B %p %I %y %e|%%"));
    Sys.println(DateTools.format(d3, "%D %T %F %R %r"));
    Sys.println(DateTools.delta(d, DateTools.days(1.5)).toString());
    Sys.println(DateTools.getMonthDays(d3) + " " + DateTools.getMonthDays(d2));
    Sys.println(DateTools.seconds(3) + " " + DateTools.minutes(2) + " " + DateTools.hours(1));
    var parts = DateTools.parse(DateTools.days(3) + DateTools.hours(4) + 5000);
    Sys.println(parts.days + " " + parts.hours + " " + parts.minutes + " " + parts.seconds + " " + parts.ms);
    Sys.println(Date.now().getTime() > 1.5e12);
    try {
      Date.fromString("bad date");
    } catch (e:Dynamic) {
      Sys.println("error: " + e);
    }
  }
}
