// The sandbox and the limits of the embedding API: each forbidden primitive family is
// refused, no host file/env/OS service is reachable, the budget stops runaway programs (and
// Neko code cannot catch it), call depth and allocation sizes are bounded, and untrusted
// code cannot reach a JS object of the host.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import { NekoVM, NekoError, NekoLimitError, MemoryHost, compile, primitiveFamily, SAFE_FAMILIES, isNekoValue, type SysHost, type Value } from "../../src/index.js";
import { STD_PRIMITIVES } from "../../src/std/manifest.js";
import { buildModule } from "../bytecode/builder.js";
import { hashName } from "../../src/value/hash.js";

const refused = (full: string, n: number) => `Primitive not allowed in the sandbox : ${full}(${n})`;

function sandboxedFor(tier: "jit" | "interp", extra: ConstructorParameters<typeof NekoVM>[0] = {}): NekoVM {
  return new NekoVM({ sandbox: true, tier, ...extra });
}
const sandboxed = (extra: ConstructorParameters<typeof NekoVM>[0] = {}) => sandboxedFor("jit", extra);

// ---- primitive families ----

const FORBIDDEN: [string, string, number][] = [
  ["file", "std@file_open", 2],
  ["file", "std@file_contents", 1],
  ["file", "std@file_write", 4],
  ["file", "std@file_stdout", 0],
  ["file", "std@elf_update_section_header_for_bytecode", 3],
  ["process", "std@process_run", 2],
  ["process", "std@sys_command", 1],
  ["socket", "std@socket_new", 1],
  ["socket", "std@socket_connect", 3],
  ["socket", "std@host_resolve", 1],
  ["sys", "std@get_env", 1],
  ["sys", "std@put_env", 2],
  ["sys", "std@sys_env", 0],
  ["sys", "std@sys_exit", 1],
  ["sys", "std@get_cwd", 0],
  ["sys", "std@set_cwd", 1],
  ["sys", "std@sys_read_dir", 1],
  ["sys", "std@sys_exists", 1],
  ["sys", "std@sys_get_pid", 0],
  ["thread", "std@thread_create", 2],
  ["thread", "std@mutex_create", 0],
  ["module", "std@module_read_path", 3],
  ["module", "std@module_exec", 1],
  ["module", "std@module_global_set", 3],
  ["vm", "std@print_redirect", 1],
  ["vm", "std@set_trusted", 1],
];

for (const [family, full, n] of FORBIDDEN)
  test(`sandbox refuses the ${family} family: ${full}`, () => {
    assert.equal(primitiveFamily("std", full.slice(4)), family);
    const vm = sandboxed();
    assert.throws(() => vm.run(`$loader.loadprim("${full}", ${n})`), (e: any) => e instanceof NekoError && !(e instanceof NekoLimitError) && e.message === refused(full, n));
    // the refusal is an ordinary Neko exception: the program may catch it
    assert.equal(vm.run(`try $loader.loadprim("${full}", ${n}) catch e "no"`), "no");
  });

// every test below runs on both tiers
for (const TIER of ["jit", "interp"] as const) {
  const sandboxed = (extra: ConstructorParameters<typeof NekoVM>[0] = {}) => sandboxedFor(TIER, extra);
  test(TIER + ": every std primitive has a family; the safe families are computation only", () => {
    const families = new Set(Object.keys(STD_PRIMITIVES).map((p) => primitiveFamily("std", p)));
    for (const f of families) assert.ok(["file", "process", "socket", "sys", "thread", "module", "vm", "time", "math", "string", "serialize", "random", "misc"].includes(f), f);
    for (const f of ["file", "process", "socket", "sys", "thread", "module", "vm"]) assert.ok(!SAFE_FAMILIES.includes(f), f);
    for (const p of Object.keys(STD_PRIMITIVES)) {
      if (/^(file|process|socket|host|thread|lock|mutex|tls|deque|module)_/.test(p)) assert.ok(!SAFE_FAMILIES.includes(primitiveFamily("std", p)), p);
      if (/^sys_/.test(p) && !/time/.test(p)) assert.ok(!SAFE_FAMILIES.includes(primitiveFamily("std", p)), p);
    }
    assert.equal(primitiveFamily("regexp", "regexp_new"), "regexp");
    assert.equal(primitiveFamily("mylib", "f"), "mylib");
  });

  test(TIER + ": sandbox allows the safe families by default", () => {
    const vm = sandboxed();
    assert.equal(vm.run('$loader.loadprim("std@math_sqrt", 1)(16.0)'), 4);
    assert.equal(vm.run('var b = $loader.loadprim("std@buffer_new", 0)(); $loader.loadprim("std@buffer_add", 2)(b, 12); $loader.loadprim("std@buffer_string", 1)(b)'), "12");
    assert.equal(vm.run('$loader.loadprim("std@url_encode", 1)("a b")'), "a%20b");
    assert.equal(vm.run('$nargs($loader.loadprim("regexp@regexp_new", 1))'), 1);
    assert.equal(vm.run('$loader.loadprim("std@sprintf", 2)("%d!", 5)'), "5!");
    assert.equal(vm.run('$typeof($loader.loadprim("std@random_new", 0)())'), 8);
    assert.equal(vm.run('$loader.loadprim("std@unserialize", 2)($loader.loadprim("std@serialize", 1)($array(1, "a")), $loader)[1]'), "a");
  });

  test(TIER + ": sandbox allow list: only the listed families (and the embedder's libraries by name)", () => {
    const vm = sandboxed({ sandbox: { allow: ["math", "mylib"] } });
    vm.definePrimitive("mylib@f", 0, () => "mine");
    vm.definePrimitive("other@g", 0, () => "other");
    assert.equal(vm.run('$loader.loadprim("std@math_abs", 1)(-3)'), 3);
    assert.equal(vm.run('$loader.loadprim("mylib@f", 0)()'), "mine");
    assert.throws(() => vm.run('$loader.loadprim("other@g", 0)'), (e: any) => e.message === refused("other@g", 0));
    assert.throws(() => vm.run('$loader.loadprim("std@buffer_new", 0)'), (e: any) => e.message === refused("std@buffer_new", 0));
    assert.throws(() => vm.run('$loader.loadprim("noat", 0)'), (e: any) => e.message === refused("noat", 0));
  });

  test(TIER + ": sandbox: hooks may supply primitives, but next() (the registry) stays filtered", () => {
    const vm = sandboxed({
      loader: {
        loadPrimitive(name, nargs, next) {
          if (name === "host@hello") return () => "hello";
          if (name === "safe@contents") return next("std@file_contents", nargs); // a rename to a forbidden one
          return undefined;
        },
      },
    });
    assert.equal(vm.run('$loader.loadprim("host@hello", 0)()'), "hello");
    assert.throws(() => vm.run('$loader.loadprim("safe@contents", 1)'), (e: any) => e.message === refused("std@file_contents", 1));
  });

  test(TIER + ": sandbox: no module from the host's files; modules from hooks; hostModules opts in", () => {
    const host = new MemoryHost();
    host.files.set("m.n", compile("$exports.v = 1", "m.neko"));
    const vm = sandboxed({ host });
    assert.throws(() => vm.run('$loader.loadmodule("m", $loader)'), (e: any) => e.message === "load.c(181) : Module not found : m");
    assert.throws(() => vm.loadModule("m"), NekoError);
    const hooked = sandboxed({ host, loader: { loadModule: (name, next) => (name === "mem" ? "$exports.v = 2" : next(name)) } });
    assert.equal(hooked.run('$loader.loadmodule("mem", $loader).v'), 2);
    assert.throws(() => hooked.run('$loader.loadmodule("m", $loader)'), NekoError);
    const open = sandboxed({ host, sandbox: { hostModules: true } });
    assert.equal(open.run('$loader.loadmodule("m", $loader).v'), 1);
  });

  test(TIER + ": sandbox: the host's OS services, environment and files are hidden even from allowed primitives", () => {
    const calls: string[] = [];
    const sys = new Proxy({}, { get: (_t, k) => () => { calls.push(String(k)); return 0; } }) as SysHost;
    const host = new MemoryHost();
    Object.assign(host, { sys });
    host.env.set("SECRET", "s3cret");
    host.files.set("/etc/secret", new Uint8Array([65]));
    const vm = sandboxed({ host, sandbox: { allow: ["file", "sys", "process"] } });
    for (const src of [
      '$loader.loadprim("std@sys_command", 1)("echo hi")',
      '$loader.loadprim("std@file_open", 2)("/etc/secret", "r")',
      '$loader.loadprim("std@file_contents", 1)("/etc/secret")',
      '$loader.loadprim("std@sys_read_dir", 1)("/")',
    ])
      assert.throws(() => vm.run(src), NekoError, src);
    assert.equal(vm.run('$loader.loadprim("std@get_env", 1)("SECRET")'), null);
    assert.deepEqual(calls, []);
    // not sandboxed: the same host's services are used
    const free = new NekoVM({ tier: TIER, host });
    assert.equal(free.run('$loader.loadprim("std@get_env", 1)("SECRET")'), "s3cret");
  });

  // ---- the budget ----

  const LOOPS: [string, string][] = [
    ["while true", "while true {}"],
    ["while with a body", "var i = 0; while true { i = i + 1 }"],
    ["do-while", "do {} while true"],
    ["recursion", "f = function(n) { f(n + 1) + 1 }; f(0)"],
    ["tail recursion", "f = function(n) { return f(n + 1) }; f(0)"],
    ["mutual tail recursion", "f = function() { return g() }; g = function() { return f() }; f()"],
    ["recursion through $call, catching the C Stack Overflow", "f = function() { $call(f, null, $array()) }; while true { try f() catch e {} }"],
    ["loop catching every exception", "while true { try { while true {} } catch e { } }"],
    ["loop in a catch handler", "try $throw(1) catch e { while true {} }"],
  ];

  for (const [what, src] of LOOPS)
    test(`the step budget stops a runaway program: ${what}`, () => {
      const vm = sandboxed({ limits: { steps: 20000, callDepth: 100000 } });
      assert.throws(
        () => vm.run(src),
        (e: any) => e instanceof NekoLimitError && e instanceof NekoError && e.message === "budget exceeded",
      );
      assert.equal(vm.run("1 + 1"), 2);
    });

  test(TIER + ": the budget error cannot be caught by the program, and carries neko's trace", () => {
    const vm = new NekoVM({ tier: TIER, limits: { steps: 1000 } });
    const out: string[] = [];
    const vm2 = new NekoVM({ tier: TIER, limits: { steps: 1000 }, stdout: (s) => out.push(s) });
    let err: any;
    try {
      vm.run("var f = function() {\n  while true {}\n};\ntry f() catch e { 0 }", { fileName: "loop.neko" });
    } catch (e) {
      err = e;
    }
    assert.ok(err instanceof NekoLimitError);
    assert.equal(err.limit, "steps");
    assert.equal(err.message, "budget exceeded");
    assert.equal(err.nekoStack, "Called from loop.neko line 4\nCalled from loop.neko line 2\n");
    assert.throws(() => vm2.run('try { while true {} } catch e { $print("caught") }; $print("after")'), NekoLimitError);
    assert.deepEqual(out, []);
  });

  test(TIER + ": the budget is per API call, and counts only backward jumps and calls", () => {
    const vm = new NekoVM({ tier: TIER, limits: { steps: 1000 } });
    const src = "var i = 0; while i < 900 i = i + 1; i";
    assert.equal(vm.run(src), 900);
    assert.equal(vm.run(src), 900);
    assert.throws(() => vm.run("var i = 0; while i < 1100 i = i + 1; i"), NekoLimitError);
    const f = vm.run("function(n) { var i = 0; while i < n i = i + 1; i }");
    assert.equal(f(900), 900);
    assert.equal(f(900), 900);
    assert.throws(() => f(2000), NekoLimitError);
    // straight-line code of any length costs nothing
    assert.equal(vm.run(Array(3000).fill("1").join(";") + "; 2"), 2);
  });

  test(TIER + ": the time budget stops a runaway program", () => {
    const vm = new NekoVM({ tier: TIER, limits: { timeMs: 50 } });
    const t0 = Date.now();
    assert.throws(() => vm.run("while true {}"), (e: any) => e instanceof NekoLimitError && e.limit === "time" && e.message === "budget exceeded");
    assert.ok(Date.now() - t0 < 5000);
  });

  test(TIER + ": the budget holds through host callbacks, even when JS code catches the limit error", () => {
    let caught = 0;
    const vm = new NekoVM({ tier: TIER, limits: { steps: 5000 } });
    const guard = (f: () => unknown) => {
      try {
        return f();
      } catch (e) {
        if (e instanceof NekoLimitError) caught++;
        return null;
      }
    };
    assert.throws(() => vm.run("while true { g(function() { while true {} }) }", { globals: { g: guard } }), NekoLimitError);
    assert.equal(caught, 1);
    // and through native callbacks ($hiter, sorting...)
    assert.throws(() => vm.run("var h = $hnew(1); $hadd(h, 1, 1); $hiter(h, function(k, v) { while true {} })"), NekoLimitError);
  });

  test(TIER + ": runMain reports a limit on stderr with exit code 1", () => {
    const host = new MemoryHost();
    host.files.set("loop.n", compile("while true {}", "loop.neko"));
    const vm = new NekoVM({ tier: TIER, host, limits: { steps: 100 } });
    assert.equal(vm.runMain("loop.n").exitCode, 1);
    assert.equal(Buffer.from(host.stderrBytes()).toString(), "Called from loop.neko line 1\nUncaught exception - budget exceeded\n");
  });

  // ---- call depth ----

  test(TIER + ": the call depth limit stops deep recursion; the program cannot catch it; shallower calls run", () => {
    const vm = new NekoVM({ tier: TIER, limits: { callDepth: 50 } });
    const fact = "fact = function(n) { if n <= 1 1 else n * fact(n - 1) }; ";
    assert.equal(vm.run(fact + "fact(10)"), 3628800);
    assert.throws(() => vm.run(fact + "try fact(100) catch e -1"), (e: any) => e instanceof NekoLimitError && e.limit === "depth" && e.message === "call depth exceeded");
    assert.equal(vm.run(fact + "fact(12)"), 479001600);
    // through native callbacks too
    assert.throws(() => vm.run("f = function(n) { $call(f, null, $array(n)) }; f(0)"), NekoLimitError);
  });

  // ---- allocation size ----

  const ALLOCS: [string, string][] = [
    ["$amake", "$amake(2000)"],
    ["$smake", "$smake(2000)"],
    ["string concatenation", 'var s = "x"; while true s = s + s'],
    ["string + int", "var s = $smake(1020); s + 123456"],
    ["$aconcat", "var a = $amake(600); $aconcat($array(a, a))"],
    ["std buffer", 'var add = $loader.loadprim("std@buffer_add", 2); var b = $loader.loadprim("std@buffer_new", 0)(); while true add(b, "0123456789")'],
    ["$string of a large array", 'var a = $amake(1000); var i = 0; while i < 1000 { a[i] = "0123456789"; i = i + 1 }; $string(a)'],
    ["$print of a large array", 'var a = $amake(1000); var i = 0; while i < 1000 { a[i] = "0123456789"; i = i + 1 }; $print(a)'],
  ];

  for (const [what, src] of ALLOCS)
    test(`the allocation limit bounds ${what}`, () => {
      const vm = new NekoVM({ tier: TIER, limits: { maxAlloc: 1024, steps: 1e6 }, stdout: () => {} });
      assert.throws(() => vm.run(`try { ${src} } catch e { "caught" }`), (e: any) => e instanceof NekoLimitError && e.limit === "alloc" && e.message === "allocation limit exceeded");
      assert.equal(vm.run("$asize($amake(1024)) + $ssize($smake(1024))"), 2048);
    });

  // ---- no way out to the host's JS objects ----

  /** Every value reachable from v (arrays, object fields and prototypes, closure envs). */
  function assertOnlyNekoValues(v: Value, seen = new Set<unknown>()): void {
    assert.ok(isNekoValue(v), "not a Neko value: " + String((v as any)?.constructor?.name));
    if (v === null || typeof v !== "object" || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) for (const x of v) assertOnlyNekoValues(x, seen);
    else if ("t" in v && "proto" in v) {
      for (const k of Object.keys(v.t)) assertOnlyNekoValues(v.t[k], seen);
      if (v.proto) assertOnlyNekoValues(v.proto, seen);
    } else if ("env" in v) for (const x of v.env) assertOnlyNekoValues(x, seen);
  }

  const SPECIAL = ["constructor", "__proto__", "prototype", "globalThis", "toString", "valueOf", "hasOwnProperty", "__defineGetter__", "process", "require", "length", "t", "proto", "b", "env", "prim"];

  test(TIER + ": escape attempts through field names get nothing (., $objget, $objfields, $field)", () => {
    const vm = sandboxed();
    for (const name of SPECIAL) {
      const r = vm.run(
        `var o = $new(null); var a = $array(1); var f = function() {}; var s = "str";
         var get = function(x) { try x.${name} catch e "err" };
         $array(get(o), get(a), get(f), get(s), get($loader), get($exports), get($print),
                $objget(o, $hash("${name}")), $objget($loader, $hash("${name}")), $objfields(o), $objgetproto(o))`,
        { raw: true },
      );
      assertOnlyNekoValues(r);
      assert.deepEqual(vm.fromNeko(r).slice(0, 9).filter((x: unknown) => x !== null && x !== "err"), [], name);
    }
    // setting such fields makes ordinary fields, and pollutes nothing
    const r = vm.run('var o = $new(null); o.__proto__ = 1; o.constructor = 2; $objset(o, $hash("prototype"), 3); $array(o.__proto__, o.constructor, o.prototype, $objgetproto(o))');
    assert.deepEqual(r, [1, 2, 3, null]);
    assert.equal(({} as any).prototype, undefined);
    assert.equal(Object.getPrototypeOf({}), Object.prototype);
  });

  test(TIER + ": escape attempts through builtins and primitives get only Neko values", () => {
    const vm = sandboxed();
    const probes = [
      "$array($call($print, $print, $array()), $call($loader.loadprim, $loader, $array(\"std@math_sqrt\", 1)))",
      "var f = $loader.loadprim; $array(f, $nargs(f), $closure(f, $loader), $typeof(f))",
      "$array($objfields($loader), $loader.path, $loader.cache, $loader.__libs, $loader.args)",
      "$array($excstack(), $callstack(), $version())",
      "var o = $new(null); $setresolver(function(o, id) { $array(o, id) }); var r = o.anything; $setresolver(null); r",
      "try $call(3, null, $array()) catch e e",
      "var h = $hnew(0); $hadd(h, $print, 1); $array(h, $hkey($print))",
      "$apply($print)",
      "$array($string($print), $string($loader.__libs), $string($exports.__module))",
      "try $loader.loadmodule(\"x\", 3) catch e e",
      "try $loader.loadprim(3, 3) catch e e",
    ];
    for (const p of probes) {
      let r: Value;
      try {
        r = vm.run(p, { raw: true });
      } catch (e) {
        assert.ok(e instanceof NekoError, p);
        r = e.value;
      }
      assertOnlyNekoValues(r);
    }
  });

  test(TIER + ": replacing the loader's fields does not unlock forbidden primitives", () => {
    const vm = sandboxed();
    const r = vm.run(`
      $loader.path = $array("/usr/lib/neko/", null);
      $loader.__libs = null;
      var lp = $loader.loadprim;
      $loader.loadprim = function(n, k) { lp(n, k) };
      var fake = $new(null); fake.loadprim = lp; fake.path = $loader.path; fake.cache = $new(null);
      $array(try lp("std@file_open", 2) catch e e,
             try $call(lp, fake, $array("std@file_open", 2)) catch e e,
             try $loader.loadmodule("std", fake) catch e e)`);
    assert.equal(r[0], refused("std@file_open", 2));
    assert.equal(r[1], refused("std@file_open", 2));
    assert.equal(typeof r[2], "object");
  });

  test(TIER + ": bytecode reading its trap's stack slots finds only Neko values", () => {
    // Trap pushes 6 slots (csp, this, env, pc, module, previous trap); AccStack can read them
    const code: any[] = [["Trap", "h"]];
    const fields = ["s0", "s1", "s2", "s3", "s4", "s5"];
    for (let i = 0; i < 6; i++) code.push(["AccBuiltin", hashName("exports")], "Push", ["AccStack", i - 1], ["SetField", hashName(fields[i])]);
    code.push("EndTrap", { label: "h" });
    const vm = sandboxed();
    const m = vm.loadModule(buildModule({ fields, code }), "probe");
    for (const f of fields) assertOnlyNekoValues(m.get(f));
  });

  test(TIER + ": a sandboxed VM cannot end the process or redirect the embedder's output", () => {
    const vm = sandboxed();
    assert.throws(() => vm.run('$loader.loadprim("std@sys_exit", 1)(3)'), NekoError);
    assert.throws(() => vm.run('$loader.loadprim("std@print_redirect", 1)(function(s) {})'), NekoError);
  });

}
