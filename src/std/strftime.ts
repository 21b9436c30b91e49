// C's broken-down time and strftime as glibc 2.36 does them in the C locale (what neko's
// date_format calls): conversions, the GNU flags _ - 0 ^ #, field widths, E/O modifiers,
// and the literal copy of unknown conversions. Local time comes from the JS Date.

/** struct tm (year since 1900, month 0..11), plus tm_gmtoff (seconds east) and tm_zone. */
export interface Tm {
  sec: number;
  min: number;
  hour: number;
  mday: number;
  mon: number;
  year: number;
  wday: number;
  yday: number;
  isdst: number;
  gmtoff: number;
  zone: string;
}

const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
}

function dayOfYear(y: number, m: number, d: number): number {
  const start = Date.UTC(2000, 0, 1);
  const dt = new Date(start);
  dt.setUTCFullYear(y, m, d);
  const jan1 = new Date(start);
  jan1.setUTCFullYear(y, 0, 1);
  return Math.round((dt.getTime() - jan1.getTime()) / 86400000);
}

/** Milliseconds of a UTC date and time, years 0..99 included (Date.UTC maps those to 19xx). */
function utcMs(y: number, mon: number, d: number, h: number, mi: number, s: number): number {
  const r = new Date(Date.UTC(2000, 0, 1));
  r.setUTCFullYear(y, mon, d);
  r.setUTCHours(h, mi, s, 0);
  return r.getTime();
}

/**
 * UTC offset in seconds east at the instant ms, to the second (old local mean times are
 * not whole minutes; getTimezoneOffset rounds them, the local getters do not).
 */
function offsetAt(ms: number): number {
  const d = new Date(ms);
  const wall = utcMs(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds());
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 1000);
}

/** The standard and daylight offsets of the year around instant ms (equal without DST). */
function yearOffsets(ms: number): [number, number] {
  const y = new Date(ms).getFullYear();
  const jan = new Date(ms), jul = new Date(ms);
  jan.setFullYear(y, 0, 1);
  jul.setFullYear(y, 6, 1);
  const a = offsetAt(jan.getTime()), b = offsetAt(jul.getTime());
  return a < b ? [a, b] : [b, a];
}

const zoneNames = new Map<string, string>();

/** A short zone name from the JS runtime (ICU) for the instant ms, unless it is only "GMT+h". */
function intlZoneName(ms: number): string {
  for (const locale of ["en-US", "en-GB", "en-AU", "en-IN"]) {
    try {
      const parts = new Intl.DateTimeFormat(locale, { timeZoneName: "short" }).formatToParts(new Date(ms));
      const name = parts.find((p) => p.type === "timeZoneName")?.value ?? "";
      if (name && !/^(GMT|UTC)[+-]/.test(name)) return name;
    } catch {
      return "";
    }
  }
  return "";
}

/**
 * The zone abbreviation (tm_zone) for an offset: ICU's short name, looked up at the instant
 * or at a recent date with the same offset (ICU knows fewer names for old dates); else the
 * numeric form tzdata uses for zones without a name ("+04", "+0530").
 */
function zoneName(ms: number, gmtoff: number): string {
  const key = gmtoff + ":" + Math.floor(ms / 86400000 / 30);
  let z = zoneNames.get(key);
  if (z !== undefined) return z;
  z = "";
  for (const at of [ms, Date.UTC(2020, 0, 15), Date.UTC(2020, 6, 15)]) {
    if (offsetAt(at) !== gmtoff) continue;
    z = intlZoneName(at);
    if (z) break;
  }
  if (!z) {
    const a = Math.abs(gmtoff);
    const hh = String(Math.floor(a / 3600)).padStart(2, "0");
    const mm = Math.floor(a / 60) % 60;
    z = (gmtoff < 0 ? "-" : "+") + hh + (mm ? String(mm).padStart(2, "0") : "");
  }
  zoneNames.set(key, z);
  return z;
}

/** localtime_r. */
export function localTm(t: number): Tm {
  const ms = t * 1000;
  const d = new Date(ms);
  const gmtoff = offsetAt(ms);
  const [std] = yearOffsets(ms);
  const year = d.getFullYear();
  return {
    sec: d.getSeconds(),
    min: d.getMinutes(),
    hour: d.getHours(),
    mday: d.getDate(),
    mon: d.getMonth(),
    year: year - 1900,
    wday: d.getDay(),
    yday: dayOfYear(year, d.getMonth(), d.getDate()),
    isdst: gmtoff > std ? 1 : 0,
    gmtoff,
    zone: zoneName(ms, gmtoff),
  };
}

/** gmtime_r. */
export function utcTm(t: number): Tm {
  const d = new Date(t * 1000);
  const year = d.getUTCFullYear();
  return {
    sec: d.getUTCSeconds(),
    min: d.getUTCMinutes(),
    hour: d.getUTCHours(),
    mday: d.getUTCDate(),
    mon: d.getUTCMonth(),
    year: year - 1900,
    wday: d.getUTCDay(),
    yday: dayOfYear(year, d.getUTCMonth(), d.getUTCDate()),
    isdst: 0,
    gmtoff: 0,
    zone: "GMT",
  };
}

/**
 * mktime: the broken-down local time (fields may be out of range) as seconds since the
 * epoch, honouring tm_isdst (-1: find out). NaN when out of what a JS Date can hold.
 */
export function mktime(tm: Pick<Tm, "sec" | "min" | "hour" | "mday" | "mon" | "year" | "isdst">): number {
  const wall = utcMs(tm.year + 1900, tm.mon, tm.mday, tm.hour, tm.min, tm.sec);
  if (wall !== wall) return NaN;
  // a gap (clocks moved forward) keeps the offset in force before it
  let off = offsetAt(wall - offsetAt(wall) * 1000);
  if (tm.isdst < 0) {
    // a repeated wall time (clocks moved back) is its first occurrence
    for (const o of [offsetAt(wall - 86400000), offsetAt(wall + 86400000)])
      if (o > off && offsetAt(wall - o * 1000) === o) off = o;
  } else {
    const [std, dst] = yearOffsets(wall - off * 1000);
    if (std !== dst) off = tm.isdst > 0 ? dst : std;
  }
  return Math.floor((wall - off * 1000) / 1000);
}

/** Days from the start of the ISO week-numbering year (negative: it belongs to the previous one). */
function isoWeekDays(yday: number, wday: number): number {
  const big = (Math.trunc(366 / 7) + 2) * 7;
  return yday - ((yday - wday + 4 + big) % 7) + 4 - 1;
}

/** Widths beyond any buffer neko gives strftime: they only make it fail, as this one does. */
const MAX_WIDTH = 100000;

interface Spec {
  pad: number; // 0 or the flag char code: _ - 0
  width: number; // -1 when absent
  upper: boolean;
  lower: boolean;
}

function applyCase(s: string, spec: Spec): string {
  if (spec.lower) return s.toLowerCase();
  if (spec.upper) return s.toUpperCase();
  return s;
}

/** glibc's add(): pad s on the left up to the width (zeros for the 0 flag, else spaces). */
function widthPad(s: string, spec: Spec): string {
  const delta = spec.width - s.length;
  if (delta <= 0) return s;
  return (spec.pad === 48 ? "0" : " ").repeat(delta) + s;
}

/** A number with at least `d` digits (or the width), padded per the flags. */
function num(v: number, d: number, spec: Spec, spacePad = false): string {
  if (spacePad && spec.pad === 0) spec.pad = 95; // '_'
  const digits = d > spec.width ? d : spec.width;
  const neg = v < 0;
  let body = String(Math.abs(v));
  if (neg) body = "-" + body;
  return numberPadding(body, neg, digits, spec);
}

function numberPadding(body: string, neg: boolean, digits: number, spec: Spec): string {
  let out = "";
  if (spec.pad !== 45 /* - */) {
    const padding = digits - body.length;
    if (padding > 0) {
      if (spec.pad === 95) out = " ".repeat(padding);
      else {
        if (neg) {
          out = "-";
          body = body.slice(1);
        }
        out += "0".repeat(padding);
      }
      spec.width = spec.width > padding ? spec.width - padding : 0;
    }
  }
  return out + widthPad(body, spec);
}

/**
 * strftime(fmt, tm) without the size limit: the formatted bytes as a latin1 JS string
 * (the caller applies C's buffer size). `upper` is the inherited ^ of a sub-format.
 */
export function strftime(fmt: string, tm: Tm, upper = false): string {
  let out = "";
  const n = fmt.length;
  const hour12 = tm.hour > 12 ? tm.hour - 12 : tm.hour === 0 ? 12 : tm.hour;
  const year = tm.year + 1900;
  for (let i = 0; i < n; i++) {
    if (fmt[i] !== "%") {
      out += fmt[i];
      continue;
    }
    const start = i;
    const spec: Spec = { pad: 0, width: -1, upper, lower: false };
    let changeCase = false;
    for (;;) {
      const c = fmt[++i];
      if (c === "_" || c === "-" || c === "0") spec.pad = c.charCodeAt(0);
      else if (c === "^") spec.upper = true;
      else if (c === "#") changeCase = true;
      else break;
    }
    if (i < n && fmt[i] >= "0" && fmt[i] <= "9") {
      spec.width = 0;
      while (i < n && fmt[i] >= "0" && fmt[i] <= "9") spec.width = Math.min(spec.width * 10 + (fmt.charCodeAt(i++) - 48), MAX_WIDTH);
    }
    let modifier = "";
    if (fmt[i] === "E" || fmt[i] === "O") modifier = fmt[i++];
    const c = i < n ? fmt[i] : "";
    const sub = (f: string) => widthPad(spec.upper ? strftime(f, tm, spec.upper).toUpperCase() : strftime(f, tm, false), spec);
    const text = (s: string) => widthPad(applyCase(s, spec), spec);
    let r: string | null = null;
    switch (c) {
      case "%":
        r = widthPad("%", spec);
        break;
      case "a":
      case "A":
        if (modifier !== "") break;
        if (changeCase) spec.upper = true;
        r = text(c === "a" ? DAYS[tm.wday].slice(0, 3) : DAYS[tm.wday]);
        break;
      case "b":
      case "h":
      case "B":
        if (modifier === "E") break;
        if (changeCase) spec.upper = true;
        r = text(c === "B" ? MONTHS[tm.mon] : MONTHS[tm.mon].slice(0, 3));
        break;
      case "c":
        if (modifier !== "O") r = sub("%a %b %e %H:%M:%S %Y");
        break;
      case "C":
        r = num(Math.floor(year / 100), 1, spec);
        break;
      case "x":
        if (modifier !== "O") r = sub("%m/%d/%y");
        break;
      case "D":
        if (modifier === "") r = sub("%m/%d/%y");
        break;
      case "F":
        if (modifier === "") r = sub("%Y-%m-%d");
        break;
      case "R":
        r = sub("%H:%M");
        break;
      case "r":
        r = sub("%I:%M:%S %p");
        break;
      case "X":
        if (modifier !== "O") r = sub("%H:%M:%S");
        break;
      case "T":
        r = sub("%H:%M:%S");
        break;
      case "n":
        r = widthPad("\n", spec);
        break;
      case "t":
        r = widthPad("\t", spec);
        break;
      case "P":
      case "p":
        if (c === "P" || changeCase) {
          spec.lower = true;
        }
        r = text(tm.hour > 11 ? "PM" : "AM");
        break;
      case "Z":
        if (changeCase) spec.lower = true;
        r = text(tm.zone);
        break;
      case "z": {
        if (tm.isdst < 0) {
          r = "";
          break;
        }
        let diff = tm.gmtoff;
        const sign = widthPad(diff < 0 ? "-" : "+", spec);
        diff = Math.trunc(Math.abs(diff) / 60);
        r = sign + num(Math.trunc(diff / 60) * 100 + (diff % 60), 4, spec);
        break;
      }
      case "s": {
        const t = mktime(tm);
        r = numberPadding(String(t), t < 0, 1, spec);
        break;
      }
      default:
        if (modifier === "E" && "dekHIlmMjSUVgGWwu".includes(c) && c !== "") break;
        r = numeric(c, spec, tm, hour12, year, modifier);
    }
    if (r === null) {
      // unknown or refused: copy the conversion as written (a lone trailing % included)
      if (c === "") i--;
      r = text(fmt.slice(start, i + 1));
    }
    out += r;
  }
  return out;
}

function numeric(c: string, spec: Spec, tm: Tm, hour12: number, year: number, modifier: string): string | null {
  switch (c) {
    case "d":
      return num(tm.mday, 2, spec);
    case "e":
      return num(tm.mday, 2, spec, true);
    case "H":
      return num(tm.hour, 2, spec);
    case "I":
      return num(hour12, 2, spec);
    case "k":
      return num(tm.hour, 2, spec, true);
    case "l":
      return num(hour12, 2, spec, true);
    case "j":
      return num(tm.yday + 1, 3, spec);
    case "M":
      return num(tm.min, 2, spec);
    case "m":
      return num(tm.mon + 1, 2, spec);
    case "S":
      return num(tm.sec, 2, spec);
    case "u":
      return num(((tm.wday + 6) % 7) + 1, 1, spec);
    case "U":
      return num(Math.trunc((tm.yday - tm.wday + 7) / 7), 2, spec);
    case "W":
      return num(Math.trunc((tm.yday - ((tm.wday + 6) % 7) + 7) / 7), 2, spec);
    case "w":
      return num(tm.wday, 1, spec);
    case "Y":
      return modifier === "O" ? null : num(year, 1, spec);
    case "y":
      return num(((tm.year % 100) + 100) % 100, 2, spec);
    case "V":
    case "g":
    case "G": {
      let y = year;
      let days = isoWeekDays(tm.yday, tm.wday);
      if (days < 0) {
        y--;
        days = isoWeekDays(tm.yday + (isLeap(y) ? 366 : 365), tm.wday);
      } else {
        const d = isoWeekDays(tm.yday - (isLeap(y) ? 366 : 365), tm.wday);
        if (d >= 0) {
          y++;
          days = d;
        }
      }
      if (c === "g") return num(((y % 100) + 100) % 100, 2, spec);
      if (c === "G") return num(y, 1, spec);
      return num(Math.trunc(days / 7) + 1, 2, spec);
    }
  }
  return null;
}
