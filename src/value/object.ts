// Object field tables (neko vm/objtable.c): fields keyed by field id, iterated in id order.
//
// Fields live in a plain JS object under the key "$" + id. The "$" prefix keeps every key
// away from JS's special names (__proto__, constructor...) and from array-index keys, so
// V8 gives objects of one shape a hidden class and the JIT tier gets inline caches.

import { NekoObject, type Value } from "./value.js";

// Keys made by fieldKey, and ids read back by keyField, are remembered: a key built anew
// for each $objset/$objget is a fresh string V8 must look up in its string table before
// the property access (measured 3-7x slower than reusing one). A pure memo: bounded, and
// shared by VMs because it holds nothing but the id <-> key correspondence.
const MEMO_LIMIT = 1 << 16;
const keyOfId = new Map<number, string>();
const idOfKey = new Map<string, number>();

/** The JS property key of a field id. */
export function fieldKey(id: number): string {
  let k = keyOfId.get(id);
  if (k === undefined) {
    k = "$" + id;
    if (keyOfId.size < MEMO_LIMIT) keyOfId.set(id, k);
  }
  return k;
}

/** The field id of a JS property key. */
export function keyField(key: string): number {
  let id = idOfKey.get(key);
  if (id === undefined) {
    id = +key.slice(1);
    if (idOfKey.size < MEMO_LIMIT) idOfKey.set(key, id);
  }
  return id;
}

// Prototype chains. An object that is the prototype of another ("shared") has its table's JS
// prototype set to its own prototype's table, so from a prototype one JS property read
// searches the rest of neko's chain (a Haxe class's prototype and its superclasses'), and V8
// caches such reads as it does for JS classes. Other objects' tables keep Object.prototype
// (or none: setDynamicField); linking every instance would cost an Object.setPrototypeOf or a
// new table per object, and their lookups need one step more (o.t, then o.proto.t). A cycle,
// which JS refuses, leaves that one link out of the JS chain and sets `chainsCut`. So each
// table's JS chain is a prefix of neko's chain from its object: a read that finds a value
// found the right one, and a miss on o.t then on o.proto.t means "absent" unless a chain was
// ever cut (findAfterMiss).
// `chainsCut` is shared by every VM in the process and never goes back to false: it decides
// only whether a miss is checked further, never a result.
let chainsCut = false;

/** Link o's table to its prototype's in JS (o's table, shared or about to be, follows neko's chain). */
function link(o: NekoObject): void {
  const t = o.t;
  const p = o.proto;
  const pt = p === null ? Object.prototype : p.t;
  if (Object.getPrototypeOf(t) === pt) return;
  if (p !== null && (pt === t || Object.prototype.isPrototypeOf.call(t, pt))) {
    chainsCut = true;
    if (Object.getPrototypeOf(t) !== Object.prototype) Object.setPrototypeOf(t, Object.prototype);
  } else Object.setPrototypeOf(t, pt);
}

/** p becomes (or already is) the prototype of some object. */
function share(p: NekoObject): void {
  if (p.shared) return;
  p.shared = true;
  link(p);
}

/** $objsetproto: o's prototype becomes p, or none. */
export function setProto(o: NekoObject, p: NekoObject | null): void {
  o.proto = p;
  if (p !== null && !p.shared) share(p);
  if (o.shared) link(o);
}

/** After o.t[key] gave undefined: the field on the rest of neko's chain. */
export function findAfterMiss(o: NekoObject, key: string): Value | undefined {
  const p = o.proto;
  if (p === null) return undefined;
  const v = p.t[key];
  return v !== undefined ? v : missBeyond(p, key);
}

/** After p.t[key] gave undefined for a shared p: the field beyond p's JS chain (only a cut chain has one). */
export function missBeyond(p: NekoObject, key: string): Value | undefined {
  if (!chainsCut) return undefined;
  for (let x = p.proto; x !== null; x = x.proto) {
    const v = x.t[key];
    if (v !== undefined) return v;
  }
  return undefined;
}

/** Own-or-inherited field lookup (neko val_field); null when absent. */
export function getField(o: NekoObject, key: string): Value {
  return findField(o, key) ?? null;
}

/** Own-or-inherited lookup that distinguishes "absent" (undefined) from a null field. */
export function findField(o: NekoObject, key: string): Value | undefined {
  const v = o.t[key];
  return v !== undefined ? v : findAfterMiss(o, key);
}

/** The object's own field (its own table only, neko otable_find); undefined when absent. */
export function ownField(o: NekoObject, key: string): Value | undefined {
  return Object.hasOwn(o.t, key) ? o.t[key] : undefined;
}

export function hasOwnField(o: NekoObject, key: string): boolean {
  return Object.hasOwn(o.t, key);
}

export function setField(o: NekoObject, key: string, v: Value): void {
  o.t[key] = v;
}

/**
 * $objset: a field named at run time (Haxe's Reflect.setField, its JSON parser). Objects
 * built so take their fields in any order and any number, and V8 would give each order a
 * hidden class of its own, made on the first store that adds it (json: 4 % of the time in
 * the store, more in the collector). So such an object's table becomes a dictionary on its
 * first such store: an object without a JS prototype, which V8 keeps in dictionary mode
 * (no field key is found on Object.prototype, so a miss means the same). A prototype keeps its
 * table, which its heirs' tables inherit from in JS.
 */
export function setDynamicField(o: NekoObject, key: string, v: Value): void {
  let t = o.t;
  if (!o.shared && Object.getPrototypeOf(t) !== null) {
    const d: Record<string, Value> = Object.create(null);
    for (const k in t) d[k] = t[k];
    o.t = t = d;
  }
  t[key] = v;
}

export function removeField(o: NekoObject, key: string): boolean {
  if (!Object.hasOwn(o.t, key)) return false;
  delete o.t[key];
  return true;
}

/** Own field ids in neko's table order (ascending signed id). */
export function sortedFieldIds(o: NekoObject): number[] {
  const keys = Object.keys(o.t);
  const n = keys.length;
  const ids = new Array<number>(n);
  if (n > 16) {
    for (let i = 0; i < n; i++) ids[i] = keyField(keys[i]);
    return ids.sort((a, b) => a - b);
  }
  // insertion sort: most objects have few fields, and Array.prototype.sort with a
  // comparator costs more than the sorting for them (Reflect.fields, $objfields, printing)
  for (let i = 0; i < n; i++) {
    const id = keyField(keys[i]);
    let k = i;
    for (; k > 0 && ids[k - 1] > id; k--) ids[k] = ids[k - 1];
    ids[k] = id;
  }
  return ids;
}

export function fieldCount(o: NekoObject): number {
  return Object.keys(o.t).length;
}

/** $new(o): a new object with a copy of o's own fields and the same prototype. */
export function copyObject(o: NekoObject): NekoObject {
  // a spread copies the own fields, and V8 copies a fast table's hidden class with them (3x
  // faster than adding them one by one)
  const r = new NekoObject({ ...o.t });
  if (o.proto !== null) setProto(r, o.proto);
  return r;
}
