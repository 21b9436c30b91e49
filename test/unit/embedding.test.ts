// The embedding API (src/api): run, NekoVM options, modules, conversions, calls, errors in
// both directions, primitives defined in JS, loader hooks, and isolation between VMs.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import {
  NekoVM,
  NekoError,
  NekoModule,
  MemoryHost,
  compile,
  run,
  str,
  NekoFloat,
  NekoString,
  NekoObject,
  NekoFunction,
  NekoAbstract,
  Kind,
  isInt,
  isNull,
  isBool,
  isFloat,
  isNumber,
  isString,
  isArray,
  isObject,
  isFunction,
  isAbstract,
  isKind,
  isNekoValue,
  funNargs,
  numberValue,
  stringValue,
  NekoCompileError,
  NekoExit,
  type Value,
} from "../../src/index.js";

const MYMODULE = "$exports.x = 33;\n$exports.f = function(x) { return x * 2 + 1; }\n";

// ---- run ----

test("run returns the value of the program's last expression", () => {
  assert.equal(run("1 + 2"), 3);
  assert.equal(run('"a" + 1'), "a1");
  assert.deepEqual(run("$array(1, 2.5, true, null)"), [1, 2.5, true, null]);
  assert.equal(run("var x = 2; if x > 1 x * 10 else 0"), 20);
});

test("run: globals give values to the program's free identifiers", () => {
  assert.equal(run("x * 2 + 1", { globals: { x: 33 } }), 67);
  assert.equal(run("greeting + \" world\"", { globals: { greeting: "hello" } }), "hello world");
  assert.deepEqual(run("$array(a[1], o.k, $typeof(o))", { globals: { a: [1, 2], o: { k: "v" } } }), [2, "v", 5]);
  // a global the program assigns before reading, and an unknown name, are fine
  assert.equal(run("y = 5; y", { globals: { y: 1, unused: 3 } }), 5);
  // an unset global is null
  assert.equal(run("$typeof(z)"), 0);
});

test("run: a JS function as a global is callable from Neko (arguments and result converted)", () => {
  const seen: unknown[] = [];
  const r = run("log(1, \"two\", $array(3)); add(2, 3)", {
    globals: { log: (...a: unknown[]) => seen.push(a), add: (a: number, b: number) => a + b },
  });
  assert.equal(r, 5);
  assert.deepEqual(seen, [[1, "two", [3]]]);
});

test("run: args, fileName, raw, and a loader given as hooks", () => {
  assert.deepEqual(run("$loader.args", { args: ["a", "b"] }), ["a", "b"]);
  const raw = run("2.0", { raw: true });
  assert.ok(raw instanceof NekoFloat && raw.v === 2);
  assert.throws(() => run("$throw(1)", { fileName: "where.neko" }), (e: any) => e instanceof NekoError && e.nekoStack === "Called from where.neko line 1\n");
  const r = run('$loader.loadmodule("lib", $loader).v', { loader: { loadModule: (name) => (name === "lib" ? "$exports.v = 42" : null) } });
  assert.equal(r, 42);
});

test("run: compile errors throw NekoCompileError", () => {
  assert.throws(() => run("var = ;"), NekoCompileError);
});

test("vm.run keeps state between runs of one VM (loader, module cache), and uses options of the VM", () => {
  const out: string[] = [];
  const vm = new NekoVM({ stdout: (s) => out.push(s) });
  vm.run('$print("a")');
  vm.run('$print("b", 1, "\\n")');
  assert.equal(out.join(""), "ab1\n");
  assert.equal(vm.run("x + 1", { globals: { x: 1 } }), 2);
});

// ---- NekoVM options ----

test("stdout and stderr sinks receive strings (utf8, split characters reassembled) or bytes", () => {
  const out: string[] = [];
  const vm = new NekoVM({ stdout: (s) => out.push(s) });
  vm.run('$print("h\\195"); $print("\\169llo")');
  assert.equal(out.join(""), "héllo");
  const bytes: Uint8Array[] = [];
  const err: Uint8Array[] = [];
  const host = new MemoryHost();
  host.files.set("boom.n", compile("$throw(\"bad\")", "boom.neko"));
  const vm2 = new NekoVM({ host, stdout: (b) => bytes.push(b), stderr: (b) => err.push(b), encoding: "bytes" });
  vm2.run('$print("\\255")');
  assert.deepEqual([...bytes[0]], [0xff]);
  assert.equal(vm2.runMain("boom.n").exitCode, 1);
  assert.equal(Buffer.concat(err).toString(), "Called from boom.neko line 1\nUncaught exception - bad\n");
  assert.equal(host.stderr.length, 0);
});

test("without sinks, output goes to the host", () => {
  const host = new MemoryHost();
  new NekoVM({ host }).run('$print("x")');
  assert.equal(Buffer.from(host.stdoutBytes()).toString(), "x");
});

test("tier option is stored on the VM (default jit)", () => {
  assert.equal(new NekoVM().tier, "jit");
  assert.equal(new NekoVM({ tier: "interp" }).tier, "interp");
});

test("path option: modules are searched along it (list or NEKOPATH string)", () => {
  const host = new MemoryHost();
  host.files.set("/lib/a/m1.n", compile("$exports.v = 1", "m1.neko"));
  host.files.set("/lib/b/m2.n", compile("$exports.v = 2", "m2.neko"));
  const vm = new NekoVM({ host, path: ["/lib/a", "/lib/b/"] });
  assert.equal(vm.loadModule("m1").get("v"), 1);
  assert.equal(vm.loadModule("m2").get("v"), 2);
  const vm2 = new NekoVM({ host, path: "/lib/b:/lib/a" });
  assert.equal(vm2.run('$loader.loadmodule("m1", $loader).v + $loader.loadmodule("m2", $loader).v'), 3);
  const vm3 = new NekoVM({ host, path: "/nowhere" });
  assert.throws(() => vm3.loadModule("m1"), (e: any) => e instanceof NekoError && /Module not found : m1/.test(e.message));
});

// ---- modules ----

test("the C embedding example: load mymodule, read x, check int, call f(x) = 67", () => {
  const host = new MemoryHost();
  host.files.set("mymodule.n", compile(MYMODULE, "mymodule.neko"));
  const vm = new NekoVM({ host });
  const m = vm.loadModule("mymodule.n");
  const x = m.get("x");
  const f = m.get("f");
  assert.ok(isInt(x));
  assert.equal(x, 33);
  assert.ok(isFunction(f) && funNargs(f) === 1);
  const ret = vm.call(f, [x]);
  assert.ok(isInt(ret));
  assert.equal(ret, 67);
});

test("loadModule caches by name (module code runs once), like $loader.loadmodule", () => {
  const host = new MemoryHost();
  host.files.set("counter.n", compile("$exports.n = 0; $exports.inc = function() { this.n = this.n + 1 }", "counter.neko"));
  const vm = new NekoVM({ host });
  const a = vm.loadModule("counter");
  a.call("inc");
  const b = vm.loadModule("counter");
  assert.equal(a.exports, b.exports);
  assert.equal(b.get("n"), 1);
  // the program's $loader is the same loader: it sees the cached module
  assert.equal(vm.run('$loader.loadmodule("counter", $loader).n'), 1);
});

test("loadModule from bytes and compileAndLoad; module handle get/getJS/set/has/fields/call", () => {
  const vm = new NekoVM();
  const m = vm.loadModule(compile(MYMODULE, "mymodule.neko"), "mymodule");
  assert.ok(m instanceof NekoModule);
  assert.equal(m.name, "mymodule");
  assert.equal(m.call("f", 10), 21);
  const c = vm.compileAndLoad("$exports.name = \"neko\"; $exports.hello = function(w) { this.name + \" says hi to \" + w }", "greeter.neko");
  assert.equal(c.name, "greeter");
  assert.equal(c.getJS("name"), "neko");
  assert.equal(c.getJS("hello")("you"), "neko says hi to you");
  assert.ok(c.has("hello") && !c.has("nothing"));
  assert.deepEqual(c.fields().sort(), ["__module", "hello", "name"]);
  c.set("name", "NEKO");
  assert.equal(vm.fromNeko(c.call("hello", "me")), "NEKO says hi to me");
  // the module is in the VM loader's cache under its name
  assert.equal(vm.run('$loader.loadmodule("greeter", $loader).name'), "NEKO");
});

test("a module that throws while loading gives a NekoError", () => {
  const vm = new NekoVM();
  assert.throws(() => vm.compileAndLoad('$throw("init failed")', "bad.neko"), (e: any) => e instanceof NekoError && e.message === "init failed" && e.nekoStack === "Called from bad.neko line 1\n");
  assert.throws(() => vm.loadModule(new Uint8Array([1, 2, 3]), "junk"), (e: any) => e instanceof NekoError && /Invalid module : junk/.test(e.message));
});

// ---- conversions ----

test("toNeko: numbers, strings, bytes, arrays, objects, null/undefined", () => {
  const vm = new NekoVM();
  assert.equal(vm.toNeko(5), 5);
  assert.equal(vm.toNeko(-2147483648), -2147483648);
  for (const x of [2147483648, 1.5, -0, NaN, Infinity]) {
    const v = vm.toNeko(x);
    assert.ok(v instanceof NekoFloat && Object.is(v.v, x), String(x));
  }
  assert.equal(vm.toNeko(null), null);
  assert.equal(vm.toNeko(undefined), null);
  assert.equal(vm.toNeko(true), true);
  const s = vm.toNeko("é") as NekoString;
  assert.deepEqual([...s.b], [0xc3, 0xa9]);
  const b = new Uint8Array([0, 255]);
  const sb = vm.toNeko(b) as NekoString;
  assert.deepEqual([...sb.b], [0, 255]);
  assert.notEqual(sb.b, b);
  const cyc: any = { n: 1 };
  cyc.self = cyc;
  const o = vm.toNeko(cyc) as NekoObject;
  assert.equal(vm.field(o, "self"), o);
  assert.equal(vm.run("o.n + $asize(a)", { globals: { o: cyc, a: [1, [2], "x"] } }), 4);
  assert.throws(() => vm.toNeko(new Date()), TypeError);
  assert.throws(() => vm.toNeko(10n), TypeError);
  assert.throws(() => vm.toNeko(new Map()), TypeError);
  // Neko values pass through
  const f = new NekoFloat(1);
  assert.equal(vm.toNeko(f), f);
});

test("toNeko keeps Neko arrays (and JS arrays that are valid Neko arrays) as they are", () => {
  const vm = new NekoVM();
  const a = vm.run("$array(1, $array(2), \"s\")", { raw: true }) as Value[];
  assert.equal(vm.toNeko(a), a);
  const setter = vm.run("function(arr) { arr[0] = 99 }", { raw: true });
  vm.call(setter, [a]);
  assert.equal(a[0], 99);
  const js = [1, 2, 3];
  vm.call(setter, [js]);
  assert.deepEqual(js, [99, 2, 3]);
  // an array holding a non-Neko value (a float, a JS string, undefined...) is copied
  const mixed = [1.5, [2]];
  const conv = vm.toNeko(mixed) as Value[];
  assert.notEqual(conv, mixed);
  assert.ok(conv[0] instanceof NekoFloat);
  const nested = [[0.5]];
  assert.ok(((vm.toNeko(nested) as Value[][])[0][0] as unknown) instanceof NekoFloat);
  assert.equal(vm.toNeko({ k: a }) instanceof NekoObject && vm.field(vm.toNeko({ k: a }) as NekoObject, "k"), a);
});

test("sys_exit ends an API call with NekoExit (its code); the VM stays usable", () => {
  const vm = new NekoVM();
  assert.throws(() => vm.run('$print("x"); $loader.loadprim("std@sys_exit", 1)(3); 1'), (e: any) => e instanceof NekoExit && e.code === 3);
  assert.equal(vm.run("try { $throw(1) } catch e { e + 1 }"), 2);
});

test("fromNeko: values, strings as text or bytes, cycles, objects with bound methods, abstracts", () => {
  const vm = new NekoVM();
  const v = vm.run(
    'var o = $new(null); o.a = 1; o.f = 2.5; o.s = "h\\195\\169"; o.arr = $array(o); o.get = function() { this.a }; o',
    { raw: true },
  );
  const js = vm.fromNeko(v);
  assert.equal(js.a, 1);
  assert.equal(js.f, 2.5);
  assert.equal(js.s, "hé");
  assert.equal(js.arr[0], js);
  assert.equal(js.get(), 1);
  const bytes = vm.fromNeko(vm.run('"\\255\\000"', { raw: true }), { bytes: true });
  assert.deepEqual([...bytes], [255, 0]);
  // a prototype's fields are included (own fields first)
  assert.deepEqual(vm.run("var p = $new(null); p.x = 1; p.y = 2; var o = $new(null); o.x = 3; $objsetproto(o, p); o"), { x: 3, y: 2 });
  // a field named __proto__ stays an ordinary property
  const pr = vm.run("var o = $new(null); o.__proto__ = 7; o");
  assert.equal(Object.getPrototypeOf(pr), Object.prototype);
  assert.equal(Object.getOwnPropertyDescriptor(pr, "__proto__")?.value, 7);
  const k = new Kind("mine");
  const ab = new NekoAbstract(k, { secret: 1 });
  assert.equal(vm.fromNeko(ab), ab);
});

test("functions round-trip: JS -> Neko -> JS gives the original; Neko -> JS -> Neko calls through", () => {
  const vm = new NekoVM();
  const jsf = (a: number) => a * 2;
  const nf = vm.toNeko(jsf) as NekoFunction;
  assert.ok(isFunction(nf));
  assert.equal(funNargs(nf), -1);
  assert.equal(vm.fromNeko(nf), jsf);
  const neko = vm.run("function(a, b) { a + b }");
  assert.equal(typeof neko, "function");
  assert.equal(neko(1, 2), 3);
  assert.equal(neko("a", "b"), "ab");
  assert.equal(vm.run("f(20)", { globals: { f: neko.bind(null, 1) } }), 21);
});

test("type guards and accessors", () => {
  const vm = new NekoVM();
  const vals = vm.run('$array(null, true, 1, 1.5, "s", $array(), $new(null), function(x) { x }, $loader.__libs)', { raw: true }) as Value[];
  const guards = [isNull, isBool, isInt, isFloat, isString, isArray, isObject, isFunction, isAbstract];
  guards.forEach((g, i) => vals.forEach((v, j) => assert.equal(g(v), i === j, `${g.name}(${j})`)));
  assert.ok(isNumber(1) && isNumber(new NekoFloat(1)) && !isNumber(str("1")));
  assert.equal(funNargs(vals[7]), 1);
  assert.throws(() => funNargs(1), TypeError);
  assert.equal(numberValue(new NekoFloat(2.5)), 2.5);
  assert.equal(stringValue(str("é")), "é");
  assert.throws(() => stringValue(1), TypeError);
  const k = new Kind("k");
  assert.ok(isKind(new NekoAbstract(k, 1), k) && !isKind(new NekoAbstract(new Kind("k"), 1), k));
  assert.ok(isNekoValue(null) && isNekoValue(3) && !isNekoValue(1.5) && !isNekoValue({}) && !isNekoValue(undefined));
});

// ---- calls and errors across the boundary ----

test("call with this control; callMethod uses the object as this", () => {
  const vm = new NekoVM();
  const f = vm.run("function() { this }", { raw: true });
  assert.equal(vm.call(f), null);
  const o = vm.toNeko({ tag: 1 }) as NekoObject;
  assert.equal(vm.call(f, [], o), o);
  assert.equal(vm.call(f, [], 5), 5);
  const obj = vm.run("var o = $new(null); o.v = 4; o.get = function(k) { this.v * k }; o", { raw: true }) as NekoObject;
  assert.equal(vm.callMethod(obj, "get", [3]), 12);
  assert.throws(() => vm.call(f, [1]), (e: any) => e instanceof NekoError && e.message === "Invalid call");
  assert.throws(() => vm.call(3), (e: any) => e instanceof NekoError && e.message === "Invalid call");
});

test("a Neko exception reaches JS as a NekoError with the value and neko's trace", () => {
  const vm = new NekoVM();
  const src = "var g = function(x) {\n  $throw(x)\n};\nvar f = function() {\n  g($array(1, 2));\n  2\n};\nf();\n";
  let err: any;
  try {
    vm.run(src, { fileName: "t.neko" });
  } catch (e) {
    err = e;
  }
  assert.ok(err instanceof NekoError && err instanceof Error);
  assert.equal(err.name, "NekoError");
  assert.deepEqual(vm.fromNeko(err.value), [1, 2]);
  assert.equal(err.nekoStack, "Called from t.neko line 8\nCalled from t.neko line 5\n"); // as neko 2.3 prints it
  assert.equal(err.message, "[1,2]");
  // neko failures print as file(line) : msg
  assert.throws(() => vm.run("$loader.loadprim(\"std@nothing\", 0)"), (e: any) => e.message === "load.c(357) : Primitive not found : std@nothing(0)");
  // an object with __string prints through it
  assert.throws(() => vm.run('var o = $new(null); o.__string = function() { "custom" }; $throw(o)'), (e: any) => e.message === "custom");
  // the VM is usable afterwards
  assert.equal(vm.run("1"), 1);
});

test("JS exceptions thrown by host functions become Neko exceptions the program can catch", () => {
  const vm = new NekoVM();
  vm.definePrimitive("t@fail", 1, (m: string) => {
    throw new Error(m);
  });
  vm.definePrimitive("t@failraw", 0, () => {
    throw "plain";
  });
  vm.definePrimitive("t@rethrow", 1, (f: () => unknown) => f());
  assert.equal(vm.run('try $loader.loadprim("t@fail", 1)("oops") catch e "caught " + e'), "caught oops");
  assert.equal(vm.run('try $loader.loadprim("t@failraw", 0)() catch e e'), "plain");
  // a Neko exception thrown through a host function keeps its Neko value
  assert.deepEqual(vm.run('try $loader.loadprim("t@rethrow", 1)(function() { $throw($array(7)) }) catch e e'), [7]);
  // uncaught: a NekoError whose value is the message
  assert.throws(() => vm.run('$loader.loadprim("t@fail", 1)("bad")'), (e: any) => e instanceof NekoError && e.message === "bad");
  // a JS error escaping a JS function given as a global
  assert.equal(vm.run("try f() catch e e", { globals: { f: () => { throw new TypeError("typed"); } } }), "typed");
});

test("host functions calling back into Neko: nested errors and values", () => {
  const vm = new NekoVM();
  const r = vm.run("apply(function(x) { x + 1 }, 41)", { globals: { apply: (f: (x: number) => number, x: number) => f(x) } });
  assert.equal(r, 42);
  // a Neko exception inside the callback reaches the JS function as a NekoError it may catch
  const r2 = vm.run('safe(function() { $throw("inner") })', {
    globals: {
      safe: (f: () => unknown) => {
        try {
          return f();
        } catch (e) {
          return e instanceof NekoError ? "js caught " + e.message : "?";
        }
      },
    },
  });
  assert.equal(r2, "js caught inner");
});

// ---- primitives ----

test("definePrimitive: loadprim checks nargs as neko does; -1 takes any number; raw mode", () => {
  const vm = new NekoVM();
  vm.definePrimitive("mylib@add", 2, (a: number, b: number) => a + b);
  vm.definePrimitive("mylib@count", -1, (...xs: unknown[]) => xs.length);
  vm.definePrimitive("mylib@first", 1, function (this: Value, s: Value) {
    return s instanceof NekoString ? s.b[0] : null;
  }, { raw: true });
  vm.definePrimitive("mylib@self", 0, function (this: Value) {
    return this;
  }, { raw: true });
  assert.equal(vm.run('$loader.loadprim("mylib@add", 2)(2, 3)'), 5);
  assert.equal(vm.run('$loader.loadprim("mylib@count", -1)(1, 2, 3)'), 3);
  assert.equal(vm.run('$loader.loadprim("mylib@first", 1)("A")'), 65);
  assert.equal(vm.run('var o = $new(null); o.p = $loader.loadprim("mylib@self", 0); o.p() == o'), true);
  assert.equal(vm.run('$nargs($loader.loadprim("mylib@add", 2))'), 2);
  for (const [name, n] of [["mylib@add", 3], ["mylib@add", -1], ["mylib@count", 2], ["mylib@nothing", 1]] as const)
    assert.throws(() => vm.run(`$loader.loadprim("${name}", ${n})`), (e: any) => e.message === `load.c(357) : Primitive not found : ${name}(${n})`);
  assert.throws(() => vm.run('$loader.loadprim("mylib@add", 2)(1)'), (e: any) => e.message === "Invalid call");
  assert.throws(() => vm.run('$loader.loadprim("nolib@f", 0)'), (e: any) => /Failed to load library : nolib.ndll/.test(e.message));
  assert.throws(() => vm.definePrimitive("nolib", 0, () => 0), RangeError);
  // a raw primitive returning a non-Neko value raises a Neko exception instead of leaking it
  vm.definePrimitive("mylib@bad", 0, () => ({}) as any, { raw: true });
  assert.throws(() => vm.run('$loader.loadprim("mylib@bad", 0)()'), (e: any) => e instanceof NekoError && /not a Neko value/.test(e.message));
});

test("vm.function makes a fixed-arity Neko function", () => {
  const vm = new NekoVM();
  const f = vm.function(2, (a: number, b: number) => a - b, { name: "minus" });
  assert.equal(funNargs(f), 2);
  assert.equal(vm.run("f(5, 3)", { globals: { f } }), 2);
  assert.throws(() => vm.run("f(5)", { globals: { f } }), (e: any) => e.message === "Invalid call");
  assert.throws(() => vm.function(-2, () => 0), RangeError);
});

// ---- loader hooks ----

test("loader hooks supply modules from memory (bytes, source, exports), rename, refuse, and fall back", () => {
  const host = new MemoryHost();
  host.files.set("ondisk.n", compile("$exports.where = \"disk\"", "ondisk.neko"));
  const calls: string[] = [];
  const vm: NekoVM = new NekoVM({
    host,
    loader: {
      loadModule(name: string, next: (name: string) => NekoObject) {
        calls.push(name);
        if (name === "bytes") return compile("$exports.where = \"bytes\"", "bytes.neko");
        if (name === "src") return { source: "$exports.where = \"source\"; $exports.me = $loader", fileName: "src.neko" };
        if (name === "text") return "$exports.where = \"text\"";
        if (name === "obj") return vm.toNeko({ where: "object" }) as NekoObject;
        if (name === "alias") return next("ondisk") as NekoObject;
        if (name === "secret") return null;
        return undefined;
      },
    },
  });
  const where = (n: string) => vm.run(`$loader.loadmodule("${n}", $loader).where`);
  assert.equal(where("bytes"), "bytes");
  assert.equal(where("src"), "source");
  assert.equal(where("text"), "text");
  assert.equal(where("obj"), "object");
  assert.equal(where("alias"), "disk");
  assert.equal(where("ondisk"), "disk");
  assert.throws(() => where("secret"), (e: any) => e.message === "load.c(181) : Module not found : secret");
  // a hook-supplied module is cached: its code runs once, the hook is asked once
  const before = calls.length;
  assert.equal(where("src"), "source");
  assert.equal(calls.length, before);
  // the module's $loader is the loader it was loaded with
  assert.equal(vm.run('$loader.loadmodule("src", $loader).me == $loader'), true);
  // a hook that throws: a Neko exception
  const vm2 = new NekoVM({ loader: { loadModule: () => { throw new Error("no modules today"); } } });
  assert.throws(() => vm2.run('$loader.loadmodule("x", $loader)'), (e: any) => e.message === "no modules today");
  // a source with a syntax error: a Neko exception naming the error
  const vm3 = new NekoVM({ loader: { loadModule: () => "var = ;" } });
  assert.throws(() => vm3.run('$loader.loadmodule("x", $loader)'), NekoError);
});

test("loader hooks supply, rename and refuse primitives", () => {
  const vm = new NekoVM();
  const loader = vm.createLoader({
    args: ["z"],
    hooks: {
      loadPrimitive(name, nargs, next) {
        if (name === "mem@twice") return (x: number) => x * 2;
        if (name === "mem@neko") return vm.function(1, (x: number) => -x);
        if (name === "old@sqrt") return next("std@math_sqrt", nargs);
        if (name.startsWith("std@file_")) return null;
        return undefined;
      },
    },
  });
  const r = (src: string) => vm.run(src, { loader });
  assert.equal(r('$loader.loadprim("mem@twice", 1)(21)'), 42);
  assert.equal(r('$loader.loadprim("mem@neko", 1)(5)'), -5);
  assert.equal(r('$loader.loadprim("old@sqrt", 1)(9.0)'), 3);
  assert.equal(r('$loader.loadprim("std@math_abs", 1)(-2)'), 2);
  assert.equal(r("$loader.args[0]"), "z");
  assert.throws(() => r('$loader.loadprim("std@file_open", 2)'), (e: any) => e.message === "load.c(357) : Primitive not found : std@file_open(2)");
});

// ---- isolation ----

test("two VMs share nothing: field tables, primitives, loaders and caches, output, globals", () => {
  const outA: string[] = [];
  const outB: string[] = [];
  const hostA = new MemoryHost();
  const hostB = new MemoryHost();
  hostA.files.set("m.n", compile("$exports.v = \"A\"", "m.neko"));
  hostB.files.set("m.n", compile("$exports.v = \"B\"", "m.neko"));
  const a = new NekoVM({ host: hostA, stdout: (s) => outA.push(s) });
  const b = new NekoVM({ host: hostB, stdout: (s) => outB.push(s) });
  // field names registered in one VM are unknown to the other ($field reads the VM's table)
  a.run("var o = $new(null); o.onlyInVmA = 1");
  assert.equal(a.run('$field($hash("onlyInVmA"))'), "onlyInVmA");
  assert.equal(b.run("$field(" + a.id("onlyInVmA") + ")"), null);
  // primitives defined in one VM only
  a.definePrimitive("p@f", 0, () => 1);
  assert.equal(a.run('$loader.loadprim("p@f", 0)()'), 1);
  assert.throws(() => b.run('$loader.loadprim("p@f", 0)()'), NekoError);
  // module caches and hosts
  assert.equal(a.loadModule("m").get("v") instanceof NekoString, true);
  assert.equal(a.loadModule("m").getJS("v"), "A");
  assert.equal(b.loadModule("m").getJS("v"), "B");
  // output
  a.run('$print("a")');
  b.run('$print("b")');
  assert.deepEqual([outA.join(""), outB.join("")], ["a", "b"]);
  // int32_address numbering is per VM
  const addr = (vm: NekoVM) => vm.run('var f = $loader.loadprim("std@int32_address", 1); f($new(null))');
  const a1 = addr(a);
  addr(a);
  assert.equal(addr(b), a1);
  // an exception or a limit in one VM leaves the other untouched, interleaved calls work
  const fa = a.run("function(x) { x + 1 }");
  const fb = b.run("function(x) { x * 10 }");
  assert.throws(() => a.run("$throw(1)"));
  assert.equal(fa(fb(2)), 21);
});

test("a Neko function of one VM is called in its own VM", () => {
  const a = new NekoVM();
  const b = new NekoVM();
  const counter = a.run("var n = 0; function() { n = n + 1; n }");
  assert.equal(b.run("f() + f()", { globals: { f: counter } }), 3);
});
