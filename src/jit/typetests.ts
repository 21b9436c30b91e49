// The type tests of translated code, as JS expressions over an expression x. They tell values
// apart by a property only one class has among neko's values (null, booleans and numbers
// included: x?.p is undefined for them), which a unit test checks against every kind of
// value (test/unit/jit.test.ts). Optimised, each is the map check an `instanceof` would be;
// in V8's baseline code, where a big module's functions run for their first few hundred
// milliseconds, an `instanceof` is a builtin call that looks Symbol.hasInstance up on the
// class at every test (7 % of json's first 300 documents).

/** x is a NekoObject, its field table left in `v`. */
export function isObject(x: string): string {
  return `(v = ${x}?.t) !== undefined`;
}

/** x is a NekoFloat (PositiveNaN included). */
export function isFloat(x: string): string {
  return `${x}?.v !== undefined`;
}

/** x is a NekoString (`s` is its JS string, or null). */
export function isString(x: string): string {
  return `${x}?.s !== undefined`;
}

/**
 * x is a translated NekoFunction, its JS function left in `j` (`jit` is null before
 * translation and for primitives). Only NekoFunction has a property `module` either: the
 * self tail call tests `x?.module === M`.
 */
export function isTranslated(x: string): string {
  return `typeof (j = ${x}?.jit) === "function"`;
}
