// std.ndll dates (neko libs/std/date.c): dates are 32-bit counts of seconds since 1970,
// read with sscanf, broken down with localtime_r / gmtime_r, rebuilt with mktime and
// printed with strftime. The time zone is the host's, through the JS Date.

import { isAnyInt, isIntArg, isString } from "../builtins/check.js";
import type { BuiltinTable } from "../builtins/table.js";
import type { VM } from "../interp/vm.js";
import { latin1 } from "../value/string.js";
import { NekoObject, type Value } from "../value/value.js";
import { cBytes, latin1String, message } from "./common.js";
import { localTm, mktime, strftime, utcTm, type Tm } from "./strftime.js";

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

/**
 * A small sscanf for formats made of %Nd and literal chars: the values of the conversions
 * that matched, in order (it stops at the first mismatch, as sscanf does).
 */
export function scanInts(input: Uint8Array, fmt: string): number[] {
  const out: number[] = [];
  let p = 0;
  const at = (k: number) => (k < input.length ? input[k] : 0);
  for (let f = 0; f < fmt.length; f++) {
    const fc = fmt[f];
    if (fc === "%") {
      let width = 0;
      while (fmt[f + 1] >= "0" && fmt[f + 1] <= "9") width = width * 10 + (fmt.charCodeAt(++f) - 48);
      f++; // the 'd'
      while (isSpace(at(p))) p++;
      let used = 0, neg = false;
      if ((at(p) === 43 || at(p) === 45) && used < width) {
        neg = at(p) === 45;
        p++;
        used++;
      }
      let v = 0, nd = 0;
      while (used < width && at(p) >= 48 && at(p) <= 57) {
        v = v * 10 + (at(p++) - 48);
        used++;
        nd++;
      }
      if (nd === 0) return out;
      out.push(neg ? -v : v);
    } else if (fc === " ") {
      while (isSpace(at(p))) p++;
    } else {
      if (at(p) !== fc.charCodeAt(0)) return out;
      p++;
    }
  }
  return out;
}

function dateNew(vm: VM, s: Value): Value | undefined {
  if (s === null) return Math.floor(Date.now() / 1000) | 0;
  if (!isString(s)) return undefined;
  const text = cBytes(s);
  const tm = { sec: 0, min: 0, hour: 0, mday: 0, mon: 0, year: 0, isdst: -1 };
  switch (s.b.length) {
    case 19: {
      const v = scanInts(text, "%4d-%2d-%2d %2d:%2d:%2d");
      [tm.year = 0, tm.mon = 0, tm.mday = 0, tm.hour = 0, tm.min = 0, tm.sec = 0] = v;
      break;
    }
    case 8: {
      const [h = 0, m = 0, sec = 0] = scanInts(text, "%2d:%2d:%2d");
      return (sec + m * 60 + h * 3600) | 0;
    }
    case 10: {
      const v = scanInts(text, "%4d-%2d-%2d");
      [tm.year = 0, tm.mon = 0, tm.mday = 0] = v;
      break;
    }
    default:
      throw vm.failure(message("Invalid date format : ", s.b), "date.c", 110);
  }
  tm.year -= 1900;
  tm.mon--;
  const t = mktime(tm);
  return t !== t ? -1 : t | 0;
}

function format(o: Value, fmt: Value, breakDown: (t: number) => Tm): Value | undefined {
  if (!isAnyInt(o)) return undefined;
  const f = fmt === null ? "%Y-%m-%d %H:%M:%S" : isString(fmt) ? latin1(cBytes(fmt)) : undefined;
  if (f === undefined) return undefined;
  const r = strftime(f, breakDown(o));
  // strftime into char[128] with a limit of 127: nothing fits, or nothing was written
  if (r.length === 0 || r.length >= 127) return undefined;
  return latin1String(r);
}

/** Change some fields of the local time of o and rebuild it (date_set_hour / date_set_day). */
function change(o: Value, a: Value, b: Value, c: Value, set: (tm: Tm, a: number, b: number, c: number) => void): Value | undefined {
  if (!isAnyInt(o) || !isIntArg(a) || !isIntArg(b) || !isIntArg(c)) return undefined;
  const tm = localTm(o);
  set(tm, a, b, c);
  const t = mktime(tm);
  if (t !== t || t === -1) return undefined;
  return t | 0;
}

function fields(vm: VM, names: [string, string, string], values: [number, number, number]): NekoObject {
  const r = new NekoObject();
  for (let i = 0; i < 3; i++) vm.setNamed(r, names[i], values[i]);
  return r;
}

function day(vm: VM, o: Value, breakDown: (t: number) => Tm): Value | undefined {
  if (!isAnyInt(o)) return undefined;
  const tm = breakDown(o);
  return fields(vm, ["y", "m", "d"], [tm.year + 1900, tm.mon + 1, tm.mday]);
}

function hour(vm: VM, o: Value, breakDown: (t: number) => Tm): Value | undefined {
  if (!isAnyInt(o)) return undefined;
  const tm = breakDown(o);
  return fields(vm, ["h", "m", "s"], [tm.hour, tm.min, tm.sec]);
}

export const datePrimitives: BuiltinTable = {
  date_now: [0, () => Math.floor(Date.now() / 1000) | 0],
  date_new: [1, dateNew],
  date_format: [2, (_vm: VM, o: Value, fmt: Value) => format(o, fmt, localTm)],
  date_utc_format: [2, (_vm: VM, o: Value, fmt: Value) => format(o, fmt, utcTm)],
  date_set_hour: [
    4,
    (_vm: VM, o: Value, h: Value, m: Value, s: Value) =>
      change(o, h, m, s, (tm, a, b, c) => {
        tm.hour = a;
        tm.min = b;
        tm.sec = c;
      }),
  ],
  date_set_day: [
    4,
    (_vm: VM, o: Value, y: Value, m: Value, d: Value) =>
      change(o, y, m, d, (tm, a, b, c) => {
        tm.year = a - 1900;
        tm.mon = b - 1;
        tm.mday = c;
      }),
  ],
  date_get_hour: [1, (vm: VM, o: Value) => hour(vm, o, localTm)],
  date_get_utc_hour: [1, (vm: VM, o: Value) => hour(vm, o, utcTm)],
  date_get_day: [1, (vm: VM, o: Value) => day(vm, o, localTm)],
  date_get_utc_day: [1, (vm: VM, o: Value) => day(vm, o, utcTm)],
  date_get_tz: [
    1,
    (_vm: VM, o: Value) => {
      if (!isAnyInt(o)) return undefined;
      const local = localTm(o), gmt = utcTm(o);
      let diff = (local.hour - gmt.hour) * 60 + (local.min - gmt.min);
      // date.c's day correction, including its inverted case at a year boundary
      if (gmt.year > local.year || gmt.yday > local.yday) diff -= 24 * 60;
      else if (gmt.year < local.year || gmt.yday < local.yday) diff += 24 * 60;
      return diff;
    },
  ],
};
