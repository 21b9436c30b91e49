// The Neko value model (neko vm/neko.h: value tags, vobject, vstring, vfunction, vabstract).
//
// Representation, chosen so both tiers share it and int arithmetic never allocates:
//   null                -> JS null
//   bool                -> JS boolean
//   int (31-bit or the  -> JS number holding an int32. Neko 2.x boxes ints outside 31 bits
//        boxed int32)      (VAL_INT32); we tell them apart by range where it matters (isTaggedInt).
//   float               -> NekoFloat (a box: keeps 2.0 distinct from 2)
//   string              -> NekoString (mutable bytes, fixed length)
//   array               -> JS Array (fixed size by convention; never grown)
//   object              -> NekoObject (fields keyed by "$" + field hash, prototype link)
//   function            -> NekoFunction (bytecode or primitive)
//   abstract            -> NekoAbstract (kind + data)

/** A Neko float. Boxed so that `$typeof(2.0)` stays float. */
export class NekoFloat {
  // declared, not a class field: a field would give the constructor an initializer function
  // that TurboFan must inline too, at every float operation of translated code
  declare readonly v: number;
  constructor(v: number) {
    (this as { v: number }).v = v;
  }
}

/** A NaN parsed from text: prints "nan" where arithmetic NaNs print "-nan" (see formatFloat). */
export class PositiveNaN extends NekoFloat {
  constructor() {
    super(NaN);
  }
}

/**
 * The float result r of an operation on a and b (left, right). A NaN result takes the sign
 * x86 gives it: the first NaN operand's, or negative for a NaN made from non-NaNs.
 */
export function floatOf(r: number, a: Value, b: Value): NekoFloat {
  if (r === r) return new NekoFloat(r);
  if (a instanceof NekoFloat && a.v !== a.v) return a instanceof PositiveNaN ? new PositiveNaN() : new NekoFloat(r);
  if (b instanceof PositiveNaN) return new PositiveNaN();
  return new NekoFloat(r);
}

/**
 * A Neko string: a fixed-length, mutable byte buffer. It holds either its bytes or, until
 * something asks for them, a JS string `s` with one char (0-255) per byte: strings made by
 * concatenation, $ssub, $string and the like stay JS strings, which V8 concatenates,
 * slices and compares without allocating a typed array each. Reading `b` turns the string
 * into bytes for good (the caller may write into them); readers that only look go through
 * `length`, `at` and `text`.
 */
export class NekoString {
  private bytes: Uint8Array | null;
  /** The bytes as one char each, while the string has no byte array; null once it has one. */
  s: string | null;
  constructor(b: Uint8Array | null, s: string | null = null) {
    this.bytes = b;
    this.s = s;
  }
  /** A string of the bytes of `s` (every char below 256). */
  static of(s: string): NekoString {
    return new NekoString(null, s);
  }
  /** The bytes, made from `s` on first use (they replace it: they may be written). */
  get b(): Uint8Array {
    const b = this.bytes;
    return b !== null ? b : this.materialise();
  }
  set b(b: Uint8Array) {
    this.bytes = b;
    this.s = null;
  }
  private materialise(): Uint8Array {
    const b = textBytes(this.s!);
    this.bytes = b;
    this.s = null;
    return b;
  }
  get length(): number {
    const s = this.s;
    return s !== null ? s.length : this.bytes!.length;
  }
  /** Byte i (0 <= i < length). */
  at(i: number): number {
    const s = this.s;
    return s !== null ? s.charCodeAt(i) : this.bytes![i];
  }
  /** The bytes as a JS string of one char each, for reading. */
  text(): string {
    const s = this.s;
    return s !== null ? s : latin1(this.bytes!);
  }
}

/** The bytes of a JS string of one char (0-255) per byte. */
export function textBytes(s: string): Uint8Array {
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

/** The first n bytes of b as a JS string of one char per byte (latin1): lossless for any bytes. */
export function latin1(b: Uint8Array, n = b.length): string {
  let out = "";
  if (n <= 16) {
    // short strings (the common case): cheaper than fromCharCode.apply over a subarray
    for (let i = 0; i < n; i++) out += String.fromCharCode(b[i]);
    return out;
  }
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode.apply(null, b.subarray(i, Math.min(i + 8192, n)) as unknown as number[]);
  return out;
}

/**
 * A Neko object: a field table keyed by field id plus an optional prototype. The table of an
 * object that is another's prototype inherits, in JS, from its own prototype's table
 * (value/object.ts, prototype chains).
 */
export class NekoObject {
  /** Fields keyed by fieldKey(id): own ones as own properties (and, when shared, the prototype chain's inherited). Never holds `undefined`. */
  t: Record<string, Value>;
  proto: NekoObject | null;
  /** Whether this object is (or was) the prototype of another: its table is then linked to its prototype's. */
  shared: boolean;
  /** A new object (with the given own fields); give a prototype with object.ts setProto, which keeps the tables' chains. */
  constructor(t: Record<string, Value> = {}) {
    this.t = t;
    this.proto = null;
    this.shared = false;
  }
}

/** The kind tag of an abstract value (neko's vkind). */
export class Kind {
  constructor(public readonly name: string) {}
}

/** A Neko abstract: opaque host data tagged with a kind. */
export class NekoAbstract {
  constructor(public kind: Kind, public data: unknown) {}
}

/** Arity marker for functions taking any number of arguments (neko VAR_ARGS). */
export const VAR_ARGS = -1;

/**
 * A primitive's body. It receives the VM as `vm` and returns `undefined` to signal
 * neko_error() (the caller then throws the primitive's name, as neko does).
 */
export type PrimitiveFn = (...args: any[]) => Value | undefined;

/** A Neko function: either bytecode (module + code address) or a primitive. */
export class NekoFunction {
  /** Bytecode functions: the owning runtime module (opaque here to avoid an import cycle). */
  module: any;
  /** Bytecode functions: code address; primitives: -1. */
  addr: number;
  /** Primitive body (null for bytecode functions). */
  prim: PrimitiveFn | null;
  /** Primitive name, thrown as the exception value when the primitive fails (neko's f->module). */
  name: string;
  /** Captured environment (closure variables). */
  env: Value[];
  /** JIT tier: compiled body, filled lazily. */
  jit: any;
  constructor(public readonly nargs: number, module: any, addr: number, prim: PrimitiveFn | null, name: string, env: Value[]) {
    this.module = module;
    this.addr = addr;
    this.prim = prim;
    this.name = name;
    this.env = env;
    this.jit = null;
  }
}

export type Value = null | boolean | number | NekoFloat | NekoString | Value[] | NekoObject | NekoFunction | NekoAbstract;

/** Neko's $typeof codes. */
export const enum TypeCode {
  Null = 0,
  Int = 1,
  Float = 2,
  Bool = 3,
  String = 4,
  Object = 5,
  Array = 6,
  Function = 7,
  Abstract = 8,
}

/** True for ints that neko 2.x stores unboxed (31-bit); others are boxed VAL_INT32. */
export function isTaggedInt(n: number): boolean {
  return n >= -0x40000000 && n <= 0x3fffffff;
}

export function isInt(v: Value): v is number {
  return typeof v === "number";
}

/** neko's val_is_int: only the 31-bit tagged ints (primitives checking `int` refuse boxed int32). */
export function isSmallInt(v: Value): v is number {
  return typeof v === "number" && v >= -0x40000000 && v <= 0x3fffffff;
}

export function typeOf(v: Value): TypeCode {
  if (v === null) return TypeCode.Null;
  switch (typeof v) {
    case "number":
      return TypeCode.Int;
    case "boolean":
      return TypeCode.Bool;
  }
  if (v instanceof NekoString) return TypeCode.String;
  if (v instanceof NekoObject) return TypeCode.Object;
  if (Array.isArray(v)) return TypeCode.Array;
  if (v instanceof NekoFloat) return TypeCode.Float;
  if (v instanceof NekoFunction) return TypeCode.Function;
  return TypeCode.Abstract;
}

/** The single empty array (neko shares one static empty array, so `$array() == $array()`). */
export const EMPTY_ARRAY: Value[] = [];

/** Allocate a fixed-size array filled with null. */
export function allocArray(n: number): Value[] {
  if (n === 0) return EMPTY_ARRAY;
  const a = new Array<Value>(n);
  for (let i = 0; i < n; i++) a[i] = null;
  return a;
}

/** Wrap a number as a float value. */
export function mkFloat(v: number): NekoFloat {
  return new NekoFloat(v);
}

/** Numeric value of an int or float, or undefined for other kinds (neko val_number). */
export function numberOf(v: Value): number | undefined {
  if (typeof v === "number") return v;
  if (v instanceof NekoFloat) return v.v;
  return undefined;
}
