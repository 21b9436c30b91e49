// The host_* primitives of neko libs/std/socket.c: IPv4 addresses as int32 values (the four
// bytes in network order, read as a little-endian int, as on x86), dotted-quad parsing as C's
// inet_addr does, and name lookups through the SysHost.

import type { VM } from "../interp/vm.js";
import { str } from "../value/string.js";
import type { Value } from "../value/value.js";
import { isString } from "../builtins/check.js";
import type { BuiltinTable } from "../builtins/table.js";
import { allocInt32, cBytes } from "./common.js";
import { hostOf, pathOf } from "./sys.js";

const isDigit = (c: number) => c >= 48 && c <= 57;
const hexValue = (c: number) => (isDigit(c) ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);
const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);

/**
 * glibc inet_aton: "a.b.c.d", "a.b.c" (c 16 bits), "a.b" (b 24 bits) or "a" (32 bits), each
 * part decimal, 0x-hex or 0-octal, optionally followed by white space and anything. The
 * address as a host-order uint32 (a is the high byte), or null.
 */
export function inetAton(s: Uint8Array): number | null {
  const parts: number[] = [];
  let i = 0;
  let c = s.length > 0 ? s[0] : 0;
  let val: number;
  for (;;) {
    if (!isDigit(c)) return null;
    let base = 10;
    if (c === 48) {
      i++;
      c = i < s.length ? s[i] : 0;
      if (c === 120 || c === 88) {
        base = 16;
        i++;
        c = i < s.length ? s[i] : 0;
      } else base = 8;
    }
    val = 0;
    let digits = base === 8; // the leading 0
    for (;;) {
      const d = base === 16 ? hexValue(c) : isDigit(c) ? c - 48 : -1;
      if (d < 0 || d >= base) {
        if (base === 8 && isDigit(c)) return null;
        break;
      }
      digits = true;
      val = val * base + d;
      if (val > 0xffffffff) return null;
      i++;
      c = i < s.length ? s[i] : 0;
    }
    if (!digits) return null;
    if (c !== 46) break;
    if (parts.length >= 3 || val > 0xff) return null;
    parts.push(val);
    i++;
    c = i < s.length ? s[i] : 0;
  }
  if (c !== 0 && !isSpace(c)) return null;
  const limits = [0xffffffff, 0xffffff, 0xffff, 0xff];
  if (val > limits[parts.length]) return null;
  let r = val;
  for (let k = 0; k < parts.length; k++) r += parts[k] * 2 ** (24 - 8 * k);
  return r >>> 0;
}

/** A host-order address as neko's int32: its network-order bytes read little-endian. */
function toNekoIp(hostOrder: number): number {
  return ((hostOrder >>> 24) | ((hostOrder >>> 8) & 0xff00) | ((hostOrder << 8) & 0xff0000) | (hostOrder << 24)) | 0;
}

/** The four network-order bytes of a neko int32 address. */
function ipBytes(ip: number): Uint8Array {
  return Uint8Array.of(ip & 255, (ip >>> 8) & 255, (ip >>> 16) & 255, (ip >>> 24) & 255);
}

/**
 * neko checks for a boxed int32 (val_is_int32); our ints are not boxed, so any int is taken
 * (host_resolve's results, boxed in neko, are often small ints here).
 */
const isInt32Arg = (v: Value): v is number => typeof v === "number";

export const hostPrimitives: BuiltinTable = {
  host_resolve: [1, (vm: VM, name: Value) => {
    if (!isString(name)) return undefined;
    const a = inetAton(cBytes(name));
    if (a !== null && a !== 0xffffffff) return allocInt32(toNekoIp(a));
    const sys = hostOf(vm).sys;
    if (!sys) return undefined;
    try {
      const b = sys.hostResolve(pathOf(name));
      return allocInt32(b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24));
    } catch {
      return undefined;
    }
  }],
  host_to_string: [1, (_vm: VM, ip: Value) => (isInt32Arg(ip) ? str(Array.from(ipBytes(ip)).join(".")) : undefined)],
  host_reverse: [1, (vm: VM, ip: Value) => {
    if (!isInt32Arg(ip)) return undefined;
    const sys = hostOf(vm).sys;
    if (!sys) return undefined;
    try {
      return str(sys.hostReverse(ipBytes(ip)));
    } catch {
      return undefined;
    }
  }],
  host_local: [0, (vm: VM) => {
    const sys = hostOf(vm).sys;
    if (!sys) return undefined;
    try {
      return str(sys.hostName());
    } catch {
      return undefined;
    }
  }],
};
