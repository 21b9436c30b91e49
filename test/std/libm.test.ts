/// <reference types="node" />
// The correctly rounded libm: glibc 2.36 results (recorded from the real glibc) for
// arguments where JS engines are an ulp off, C99 special values, and glibc misroundings we
// do not copy.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as libm from "../../src/std/libm.js";

const glibc: [string, number, number][] = [
  ["sin", 2.5, 0.5984721441039565],
  ["sin", 1e+22, -0.8522008497671888],
  ["sin", 1e+300, -0.8178819121159085],
  ["sin", 0.5, 0.479425538604203],
  ["sin", 7, 0.6569865987187891],
  ["cos", 2.5, -0.8011436155469337],
  ["cos", 1e+22, 0.523214785395139],
  ["cos", 3, -0.9899924966004454],
  ["cos", -0.1, 0.9950041652780258],
  ["cos", 1000000.5, 0.9898731552232378],
  ["tan", 2.5, -0.7470222972386603],
  ["tan", 1.5707963267948966, 16331239353195370],
  ["tan", -10000000000, 0.5583496378112418],
  ["tan", 0.7, 0.8422883804630794],
  ["exp", 1, 2.718281828459045],
  ["exp", -1, 0.36787944117144233],
  ["exp", 709.7, 1.6549840276802644e+308],
  ["exp", -745, 5e-324],
  ["exp", -708.5, 2.006132305331306e-308],
  ["exp", 0.5, 1.6487212707001282],
  ["exp", 1e-10, 1.0000000001],
  ["log", 2, 0.6931471805599453],
  ["log", 10, 2.302585092994046],
  ["log", 0.1, -2.3025850929940455],
  ["log", 1e-310, -713.8013788281542],
  ["log", 909.67, 6.813081896379429],
  ["log", 1.0000001, 9.999999505838704e-8],
  ["atan", 1, 0.7853981633974483],
  ["atan", 0.5, 0.4636476090008061],
  ["atan", -3, -1.2490457723982544],
  ["atan", 10000000000, 1.5707963266948965],
  ["atan", 0.0625, 0.06241880999595735],
  ["asin", 0.5, 0.5235987755982989],
  ["asin", -0.99, -1.4292568534704693],
  ["asin", 1e-9, 1e-9],
  ["asin", 0.7, 0.775397496610753],
  ["acos", 0.5, 1.0471975511965979],
  ["acos", -0.99, 3.000053180265366],
  ["acos", 0.999999, 0.0014142136802445852],
  ["acos", -0.3, 1.8754889808102941],
  ["pow", 2, 1.2923528306374923],
  ["pow", 0.5, 0.7737824967711949],
  ["pow", 10, 2.344228815319922],
  ["pow", 1.0001, 1.0000369988345632],
  ["pow", 3.7, 1.6226865555110892],
];

const fns: Record<string, (x: number) => number> = {
  sin: libm.sin,
  cos: libm.cos,
  tan: libm.tan,
  exp: libm.exp,
  log: libm.log,
  atan: libm.atan,
  asin: libm.asin,
  acos: libm.acos,
  pow: (x) => libm.pow(x, 0.37),
};

test("agrees with glibc bit for bit", () => {
  for (const [name, x, expected] of glibc) assert.ok(Object.is(fns[name](x), expected), `${name}(${x}) = ${fns[name](x)}, glibc ${expected}`);
});

test("correctly rounded where glibc misrounds", () => {
  // true value -0.54364844366608838764..., glibc gives -0.5436484436660884
  assert.equal(libm.sin(-8.85), -0.5436484436660883);
  // true value -0.99472332293067849963..., glibc gives -0.9947233229306784
  assert.equal(libm.sin(-1.673571072366821), -0.9947233229306786);
});

test("C99 special values", () => {
  const nan = (v: number) => assert.ok(Number.isNaN(v));
  assert.equal(libm.pow(Number.NaN, 0), 1);
  assert.equal(libm.pow(1, Number.NaN), 1);
  assert.equal(libm.pow(-1, Infinity), 1);
  assert.equal(libm.pow(0.5, -Infinity), Infinity);
  assert.equal(libm.pow(2, -Infinity), 0);
  assert.ok(Object.is(libm.pow(-0, 3), -0));
  assert.equal(libm.pow(-0, -3), -Infinity);
  assert.equal(libm.pow(-0, -2), Infinity);
  assert.ok(Object.is(libm.pow(-Infinity, -3), -0));
  assert.equal(libm.pow(-Infinity, 3), -Infinity);
  assert.equal(libm.pow(-8, 3), -512);
  nan(libm.pow(-8, 1 / 3));
  assert.equal(libm.pow(2, 1024), Infinity);
  assert.equal(libm.pow(2, -1074), 5e-324);
  assert.equal(libm.pow(2, -1075), 0);
  assert.equal(libm.pow(10, 15), 1e15);
  assert.equal(libm.exp(Infinity), Infinity);
  assert.equal(libm.exp(-Infinity), 0);
  assert.equal(libm.exp(710), Infinity);
  assert.equal(libm.log(0), -Infinity);
  nan(libm.log(-1));
  assert.equal(libm.log(1), 0);
  nan(libm.sin(Infinity));
  nan(libm.cos(-Infinity));
  assert.ok(Object.is(libm.sin(-0), -0));
  assert.ok(Object.is(libm.atan(-0), -0));
  assert.equal(libm.atan(Infinity), Math.PI / 2);
  nan(libm.asin(1.5));
  assert.equal(libm.acos(-1), Math.PI);
  assert.equal(libm.acos(1), 0);
  assert.ok(Object.is(libm.atan2(-0, 1), -0));
  assert.equal(libm.atan2(0, -1), Math.PI);
  assert.equal(libm.atan2(-0, -0), -Math.PI);
  assert.equal(libm.atan2(1, 0), Math.PI / 2);
  assert.equal(libm.atan2(Infinity, Infinity), Math.PI / 4);
  assert.equal(libm.atan2(-Infinity, -Infinity), (-3 * Math.PI) / 4);
  assert.equal(libm.atan2(1, -Infinity), Math.PI);
  assert.ok(Object.is(libm.atan2(-1, Infinity), -0));
});
