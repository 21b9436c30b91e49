/// <reference types="node" />
// thread.c on a one-thread VM: queues, locks, TLS and mutexes behave as in neko; waits that
// only another thread could end throw instead of hanging.

import { test } from "node:test";
import * as assert from "node:assert/strict";
import { NekoFloat } from "../../src/value/value.js";
import { Std, s } from "./helpers.js";

test("thread_current and the main thread's messages", () => {
  const std = new Std();
  const t = std.call("thread_current");
  assert.equal(std.call("thread_current"), t);
  std.call("thread_send", t, s("hello"));
  std.call("thread_send", t, 2);
  assert.equal(std.show(std.call("thread_read_message", true)), "hello");
  assert.equal(std.call("thread_read_message", false), 2);
  assert.equal(std.call("thread_read_message", false), null);
  assert.match(std.error("thread_read_message", true) ?? "", /Deadlock/);
  assert.equal(std.error("thread_create", std.vm.primitive("f", 1, () => null), null), "std@thread_create");
});

test("locks count releases", () => {
  const std = new Std();
  const l = std.call("lock_create");
  assert.equal(std.call("lock_wait", l, new NekoFloat(0)), false);
  std.call("lock_release", l);
  std.call("lock_release", l);
  assert.equal(std.call("lock_wait", l, null), true);
  assert.equal(std.call("lock_wait", l, 0), true);
  assert.equal(std.call("lock_wait", l, 0), false);
  assert.equal(std.error("lock_wait", l, s("x")), "std@lock_wait");
});

test("tls, mutexes and deques", () => {
  const std = new Std();
  const t = std.call("tls_create");
  assert.equal(std.call("tls_get", t), null);
  std.call("tls_set", t, 5);
  assert.equal(std.call("tls_get", t), 5);
  const m = std.call("mutex_create");
  std.call("mutex_acquire", m);
  assert.equal(std.call("mutex_try", m), true);
  std.call("mutex_release", m);
  std.call("mutex_release", m);
  const q = std.call("deque_create");
  std.call("deque_add", q, 1);
  std.call("deque_push", q, 0);
  std.call("deque_add", q, 2);
  assert.deepEqual([std.call("deque_pop", q, false), std.call("deque_pop", q, true), std.call("deque_pop", q, false)], [0, 1, 2]);
  assert.equal(std.call("deque_pop", q, false), null);
  assert.equal(std.error("deque_pop", q, 1), "std@deque_pop");
});
