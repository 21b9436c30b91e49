/// <reference types="node" />
// strftime as glibc 2.36 formats in the C locale (expected strings produced by glibc), the
// sscanf of date_new, and the date primitives. Runs in UTC.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import { scanInts } from "../../src/std/date.js";
import { strftime, utcTm } from "../../src/std/strftime.js";
import { NekoObject } from "../../src/value/value.js";
import { Std, s } from "./helpers.js";

process.env.TZ = "UTC";

const T = 1700000000; // Tue Nov 14 22:13:20 2023 UTC

const cases: [string, string][] = [
  ["%Q", "%Q"],
  ["%5Q", "  %5Q"],
  ["%_5d", "   14"],
  ["%-d", "14"],
  ["%05e", "00014"],
  ["%^a", "TUE"],
  ["%#a", "TUE"],
  ["%#Z", "gmt"],
  ["%10A", "   Tuesday"],
  ["%-10A", "   Tuesday"],
  ["%E", "%E"],
  ["%Ey", "23"],
  ["%C", "20"],
  ["%3C", "020"],
  ["%g %G %V %U %W %u %w %j", "23 2023 46 46 46 2 2 318"],
  ["%k|%l|%P|%p|%s|%z|%Z", "22|10|pm|PM|1700000000|+0000|GMT"],
  ["%c", "Tue Nov 14 22:13:20 2023"],
  ["%^c", "TUE NOV 14 22:13:20 2023"],
  ["%x %X %D %F %r %R %T", "11/14/23 22:13:20 11/14/23 2023-11-14 10:13:20 PM 22:13 22:13:20"],
  ["%%|%5%|%+|%:z", "%|    %|%+|%:z"],
  ["%10Y|%_Y|%1Y", "0000002023|2023|2023"],
  ["%010z|%5z|%_z|%-z", "000000000+0000000000|    +00000|+   0|+0"],
  ["%_3m|%10D|%12s|%012s", " 11|  11/14/23|  1700000000|001700000000"],
  ["%5^b|%^5b", "  %5^b|  NOV"],
  ["%_-5d|%0_5d", "   14|   14"],
  ["%#p|%^P|%#b", "pm|pm|NOV"],
  ["%", "%"],
  ["abc%", "abc%"],
  ["%-", "%-"],
  ["%5", "   %5"],
  ["%n%t", "\n\t"],
];

test("strftime flags, widths and conversions match glibc", () => {
  const tm = utcTm(T);
  for (const [fmt, exp] of cases) assert.equal(strftime(fmt, tm), exp, fmt);
});

test("ISO weeks around new year", () => {
  // 2009-01-01 is a Thursday (week 1 of 2009); 2010-01-01 a Friday (week 53 of 2009)
  assert.equal(strftime("%G-%V %g", utcTm(1230768000)), "2009-01 09");
  assert.equal(strftime("%G-%V %g", utcTm(1262304000)), "2009-53 09");
  assert.equal(strftime("%G %C %y %Y", utcTm(-2000000000)), "1906 19 06 1906");
});

test("sscanf-like reading of date strings", () => {
  const b = (t: string) => new Uint8Array(Array.from(t, (c) => c.charCodeAt(0)));
  assert.deepEqual(scanInts(b("2023-01-05 01:02:03"), "%4d-%2d-%2d %2d:%2d:%2d"), [2023, 1, 5, 1, 2, 3]);
  assert.deepEqual(scanInts(b("2023-1-5 1:2:3xxx"), "%4d-%2d-%2d %2d:%2d:%2d"), [2023, 1, 5, 1, 2, 3]);
  assert.deepEqual(scanInts(b("  23-01-05"), "%4d-%2d-%2d"), [23, 1, 5]);
  assert.deepEqual(scanInts(b("abcd"), "%4d-%2d-%2d"), []);
  assert.deepEqual(scanInts(b("+999-+1-+1"), "%4d-%2d-%2d"), [999, 1, 1]);
});

test("date primitives in UTC", () => {
  const std = new Std();
  const d = std.call("date_new", s("2023-11-14 22:13:20"));
  assert.equal(d, T);
  assert.equal(std.show(std.call("date_format", d, null)), "2023-11-14 22:13:20");
  assert.equal(std.show(std.call("date_utc_format", d, s("%A %d %B %Y"))), "Tuesday 14 November 2023");
  assert.equal(std.call("date_new", s("12:34:56")), 45296);
  assert.equal(std.call("date_new", s("2023-11-14")), 1699920000);
  assert.equal(std.error("date_new", s("short")), "date.c(110) : Invalid date format : short");
  assert.equal(std.error("date_format", d, s("")), "std@date_format");
  assert.equal(std.error("date_format", d, s("%c%c%c%c%c%c")), "std@date_format");
  const day = std.call("date_get_day", d) as NekoObject;
  assert.equal(std.show(day), "{ d => 14, m => 11, y => 2023 }");
  assert.equal(std.show(std.call("date_get_hour", d)), "{ h => 22, m => 13, s => 20 }");
  assert.equal(std.call("date_set_hour", d, 1, 2, 3), 1699923723);
  assert.equal(std.call("date_set_day", d, 2024, 2, 30), 1709331200);
  assert.equal(std.call("date_get_tz", d), 0);
});
