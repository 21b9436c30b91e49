class Main {
  static function show(d:Date) {
    Sys.println(d.toString() + " t=" + d.getTime() + " " + d.getFullYear() + "/" + d.getMonth() + "/" + d.getDate() + " " + d.getHours() + ":" + d.getMinutes() + ":" + d.getSeconds() + " day=" + d.getDay());
    Sys.println("  utc " + d.getUTCFullYear() + "/" + d.getUTCMonth() + "/" + d.getUTCDate() + " " + d.getUTCHours() + ":" + d.getUTCMinutes() + ":" + d.getUTCSeconds() + " day=" + d.getUTCDay() + " tz=" + d.getTimezoneOffset());
  }

  static function main() {
    var d = new Date(2024, 1, 29, 13, 45, 30);
    show(d);
    show(Date.fromTime(0));
    show(Date.fromTime(1000000000000.0));
    show(Date.fromString("2000-01-01 00:00:00"));
    show(Date.fromString("1999-12-31"));
    show(Date.fromString("23:59:59"));
    show(DateTools.delta(d, DateTools.days(1)));
    show(DateTools.delta(d, -DateTools.hours(14)));
    Sys.println(DateTools.format(d, "%Y-%m-%d %H:%M:%S"));
    Sys.println(DateTools.format(d, "%d/%m/%y %I:%M %p %j %a %A %b %B %e|%D|%F|%T|%R|%%|%C|%u|%w|%s"));
    Sys.println(DateTools.format(Date.fromTime(0), "%l %k %n %t end"));
    Sys.println(DateTools.getMonthDays(new Date(2024, 1, 1, 0, 0, 0)) + " " + DateTools.getMonthDays(new Date(2023, 1, 1, 0, 0, 0)) + " " + DateTools.getMonthDays(new Date(2023, 11, 1, 0, 0, 0)));
    Sys.println(DateTools.seconds(2) + " " + DateTools.minutes(1.5) + " " + DateTools.hours(1) + " " + DateTools.days(0.5));
    var p = DateTools.parse(DateTools.days(3) + DateTools.hours(4) + DateTools.minutes(5) + DateTools.seconds(6) + 789);
    Sys.println(p.days + " " + p.hours + " " + p.minutes + " " + p.seconds + " " + p.ms);
    Sys.println(DateTools.make({days: 1, hours: 2, minutes: 3, seconds: 4, ms: 5}));
    var a = new Date(2020, 0, 31, 0, 0, 0);
    Sys.println(DateTools.format(a, "%Y-%m-%d") + " " + (a.getTime() < d.getTime()));
    show(new Date(1970, 0, 1, 0, 0, 0));
    show(new Date(2038, 0, 19, 3, 14, 8));
    Sys.println(Date.fromString("2024-02-29 13:45:30").getTime() == d.getTime());
    Sys.println(DateTools.getMonthDays(new Date(1900, 1, 1, 0, 0, 0)) + " " + DateTools.getMonthDays(new Date(2000, 1, 1, 0, 0, 0)));
  }
}
