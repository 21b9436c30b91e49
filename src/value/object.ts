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

/** Own-or-inherited field lookup (neko val_field); null when absent. */
export function getField(o: NekoObject, key: string): Value {
  return findField(o, key) ?? null;
}

/** Own-or-inherited lookup that distinguishes "absent" (undefined) from a null field. */
export function findField(o: NekoObject, key: string): Value | undefined {
  let x: NekoObject | null = o;
  do {
    const v = x.t[key];
    if (v !== undefined) return v;
    x = x.proto;
  } while (x !== null);
  return undefined;
}

export function hasOwnField(o: NekoObject, key: string): boolean {
  return o.t[key] !== undefined;
}

export function setField(o: NekoObject, key: string, v: Value): void {
  o.t[key] = v;
}

export function removeField(o: NekoObject, key: string): boolean {
  if (o.t[key] === undefined) return false;
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
  const r = new NekoObject(o.proto);
  const src = o.t;
  const dst = r.t;
  for (const k in src) dst[k] = src[k];
  return r;
}
