/// <reference types="node" />
// The JS tier on cases the corpora reach only through the interpreter (top-level code that
// does not loop stays interpreted): each program runs on both tiers with the same result.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import { run } from "../../src/index.js";

const both = (name: string, source: string, expected: unknown) => {
  for (const tier of ["jit", "interp"] as const) test(`${name} (${tier})`, () => assert.deepEqual(run(source, { tier }), expected));
};

both(
  "a field read missing from an object without prototype goes to the resolver",
  `$setresolver(function(o, id) "resolved:" + $field(id));
   var f = function(o) o.missing;
   f({ a => 1 })`,
  "resolved:missing",
);

both(
  "a field read missing from an object without prototype and no resolver is null",
  `var f = function(o) o.missing;
   f({ a => 1 })`,
  null,
);

both(
  "field reads through one, two and three prototypes, then the resolver",
  `var a = { x => 1 }; var b = $new(null); $objsetproto(b, a);
   var c = $new(null); $objsetproto(c, b); var d = $new(null); $objsetproto(d, c);
   $setresolver(function(o, id) "r:" + $field(id));
   var f = function(o) $array(o.x, o.y);
   $array(f(b), f(c), f(d))`,
  [[1, "r:y"], [1, "r:y"], [1, "r:y"]],
);
