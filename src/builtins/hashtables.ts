// neko vm/builtins.c: hashtable builtins ($hnew, $hget, $hmem, $hset, $hadd, $hremove,
// $hresize, $hkey, $hcount, $hsize, $hiter). Same buckets and chaining as neko, so $hiter
// visits entries in neko's order.

import type { VM } from "../interp/vm.js";
import { compareValues } from "../value/compare.js";
import { valueHash } from "../value/hash.js";
import { neverWritten, sameString } from "../value/string.js";
import { Kind, NekoAbstract, NekoString, type Value } from "../value/value.js";
import { isFunctionOf, isIntArg, isKind } from "./check.js";
import type { BuiltinTable } from "./table.js";

/** neko's k_hash kind. */
export const hashKind = new Kind("hash");

interface Cell {
  hkey: number;
  key: Value;
  val: Value;
  next: Cell | null;
}

export interface HashTable {
  nitems: number;
  cells: (Cell | null)[];
}

const HASH_DEF_SIZE = 7;

function cellsOf(n: number): (Cell | null)[] {
  return new Array<Cell | null>(n).fill(null);
}

function addRec(cc: (Cell | null)[], c: Cell | null): void {
  if (c === null) return;
  addRec(cc, c.next);
  const k = c.hkey % cc.length;
  c.next = cc[k];
  cc[k] = c;
}

function resize(h: HashTable, size: number): void {
  const n = size <= 0 ? HASH_DEF_SIZE : size;
  const cc = cellsOf(n);
  for (const c of h.cells) {
    // iterative version of neko's add_rec (which re-adds a chain from its tail)
    const chain: Cell[] = [];
    for (let x = c; x !== null; x = x.next) chain.push(x);
    for (let i = chain.length - 1; i >= 0; i--) addRec(cc, (chain[i].next = null, chain[i]));
  }
  h.cells = cc;
}

/**
 * Key equality: $compare == 0, or the user's cmp returning the int 0. hkey is key's hash.
 * A cell's string key that was never written (neverWritten) still has the hash it was
 * stored with, so when the hashes differ it is not equal to a string key.
 */
function same(vm: VM, cmp: Value, key: Value, hkey: number, c: Cell): boolean {
  if (cmp !== null) {
    let r = vm.callShort(undefined, cmp, 2, key, c.key);
    if (r === undefined) r = vm.call(cmp, [key, c.key]);
    return r === 0;
  }
  const other = c.key;
  if (key instanceof NekoString && other instanceof NekoString) return (c.hkey === hkey || !neverWritten(other)) && sameString(key, other);
  return compareValues(vm, key, other) === 0;
}

function table(v: Value): HashTable | undefined {
  return isKind(v, hashKind) ? (v.data as HashTable) : undefined;
}

function cmpOk(cmp: Value): boolean {
  return cmp === null || isFunctionOf(cmp, 2);
}

function add(h: HashTable, hkey: number, key: Value, val: Value): void {
  if (h.nitems >= h.cells.length << 1) resize(h, h.cells.length << 1);
  const k = hkey % h.cells.length;
  h.cells[k] = { hkey, key, val, next: h.cells[k] };
  h.nitems++;
}

export const hashBuiltins: BuiltinTable = {
  hnew: [
    1,
    (_vm: VM, size: Value) => {
      if (!isIntArg(size)) return undefined;
      const h: HashTable = { nitems: 0, cells: cellsOf(size <= 0 ? HASH_DEF_SIZE : size) };
      return new NekoAbstract(hashKind, h);
    },
  ],
  hresize: [
    2,
    (_vm: VM, vh: Value, size: Value) => {
      const h = table(vh);
      if (!h || !isIntArg(size)) return undefined;
      resize(h, size);
      return null;
    },
  ],
  hget: [
    3,
    (vm: VM, vh: Value, key: Value, cmp: Value) => {
      if (!cmpOk(cmp)) return undefined;
      const h = table(vh);
      if (!h) return undefined;
      const hkey = valueHash(key);
      for (let c = h.cells[hkey % h.cells.length]; c !== null; c = c.next) if (same(vm, cmp, key, hkey, c)) return c.val;
      return null;
    },
  ],
  hmem: [
    3,
    (vm: VM, vh: Value, key: Value, cmp: Value) => {
      if (!cmpOk(cmp)) return undefined;
      const h = table(vh);
      if (!h) return undefined;
      const hkey = valueHash(key);
      for (let c = h.cells[hkey % h.cells.length]; c !== null; c = c.next) if (same(vm, cmp, key, hkey, c)) return true;
      return false;
    },
  ],
  hremove: [
    3,
    (vm: VM, vh: Value, key: Value, cmp: Value) => {
      if (!cmpOk(cmp)) return undefined;
      const h = table(vh);
      if (!h) return undefined;
      const hkey = valueHash(key);
      const k = hkey % h.cells.length;
      let prev: Cell | null = null;
      for (let c = h.cells[k]; c !== null; prev = c, c = c.next) {
        if (same(vm, cmp, key, hkey, c)) {
          if (prev === null) h.cells[k] = c.next;
          else prev.next = c.next;
          h.nitems--;
          return true;
        }
      }
      return false;
    },
  ],
  hset: [
    4,
    (vm: VM, vh: Value, key: Value, val: Value, cmp: Value) => {
      if (!cmpOk(cmp)) return undefined;
      const h = table(vh);
      if (!h) return undefined;
      const hkey = valueHash(key);
      for (let c = h.cells[hkey % h.cells.length]; c !== null; c = c.next)
        if (same(vm, cmp, key, hkey, c)) {
          c.val = val;
          return false;
        }
      add(h, hkey, key, val);
      return true;
    },
  ],
  hadd: [
    3,
    (_vm: VM, vh: Value, key: Value, val: Value) => {
      const h = table(vh);
      if (!h) return undefined;
      add(h, valueHash(key), key, val);
      return null;
    },
  ],
  hiter: [
    2,
    (vm: VM, vh: Value, f: Value) => {
      if (!isFunctionOf(f, 2)) return undefined;
      const h = table(vh);
      if (!h) return undefined;
      for (let i = 0; i < h.cells.length; i++) for (let c = h.cells[i]; c !== null; c = c.next) vm.call(f, [c.key, c.val]);
      return null;
    },
  ],
  hkey: [1, (_vm: VM, v: Value) => valueHash(v)],
  hcount: [1, (_vm: VM, vh: Value) => table(vh)?.nitems],
  hsize: [1, (_vm: VM, vh: Value) => table(vh)?.cells.length],
};
