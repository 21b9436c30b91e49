// std.ndll threads (neko libs/std/thread.c) for a VM that runs one thread: the main thread
// and its message queue, thread-local storage, recursive mutexes, counting locks and
// message deques all work as in neko while no second thread exists.
//
// Differences, since JS gives a VM no second thread: thread_create fails (neko_error, as
// when the OS refuses a thread), and a wait that only another thread could end (a blocking
// read of an empty queue, lock_wait without timeout on a lock nobody released) throws
// "Deadlock" instead of hanging. A lock_wait with a timeout sleeps for it when the host
// can block (Atomics.wait), then fails.

import { isKind, numberArg } from "../builtins/check.js";
import type { BuiltinTable } from "../builtins/table.js";
import { callStack } from "../interp/trace.js";
import type { VM } from "../interp/vm.js";
import { Kind, NekoAbstract, type Value } from "../value/value.js";

export const threadKind = new Kind("thread");
export const lockKind = new Kind("lock");
export const tlsKind = new Kind("tls");
export const mutexKind = new Kind("mutex");
export const dequeKind = new Kind("deque");

/** A message queue (neko's vdeque). */
class Deque {
  items: Value[] = [];
  add(v: Value): void {
    this.items.push(v);
  }
  push(v: Value): void {
    this.items.unshift(v);
  }
  pop(vm: VM, block: boolean): Value {
    if (this.items.length === 0) {
      if (block) throw vm.throwString("Deadlock: waiting for a message no other thread can send");
      return null;
    }
    return this.items.shift()!;
  }
}

interface ThreadData {
  queue: Deque;
}

/** The main thread of each VM (neko allocates it on the first thread_current). */
const mainThreads = new WeakMap<VM, NekoAbstract>();

function currentThread(vm: VM): NekoAbstract {
  let t = mainThreads.get(vm);
  if (t === undefined) {
    const data: ThreadData = { queue: new Deque() };
    t = new NekoAbstract(threadKind, data);
    mainThreads.set(vm, t);
  }
  return t;
}

function isBool(v: Value): v is boolean {
  return v === true || v === false;
}

/** Block the calling thread for some seconds when the host allows it. */
function sleep(seconds: number): void {
  if (!(seconds > 0)) return;
  try {
    const cell = new Int32Array(new SharedArrayBuffer(4));
    Atomics.wait(cell, 0, 0, Math.min(seconds * 1000, 2147483647));
  } catch {
    // hosts that cannot block (a browser's main thread) return at once
  }
}

function data<T>(v: Value, k: Kind): T | undefined {
  return isKind(v, k) ? (v.data as T) : undefined;
}

export const threadPrimitives: BuiltinTable = {
  thread_create: [2, () => undefined],
  thread_current: [0, (vm: VM) => currentThread(vm)],
  thread_send: [
    2,
    (_vm: VM, t: Value, msg: Value) => {
      const d = data<ThreadData>(t, threadKind);
      if (d === undefined) return undefined;
      d.queue.add(msg);
      return null;
    },
  ],
  thread_read_message: [
    1,
    (vm: VM, block: Value) => {
      const d = currentThread(vm).data as ThreadData;
      if (!isBool(block)) return undefined;
      return d.queue.pop(vm, block);
    },
  ],
  thread_stack: [
    1,
    (vm: VM, t: Value) => {
      if (!isKind(t, threadKind)) return undefined;
      return callStack(vm);
    },
  ],
  lock_create: [0, () => new NekoAbstract(lockKind, { counter: 0 })],
  lock_release: [
    1,
    (_vm: VM, l: Value) => {
      const d = data<{ counter: number }>(l, lockKind);
      if (d === undefined) return undefined;
      d.counter++;
      return true;
    },
  ],
  lock_wait: [
    2,
    (vm: VM, l: Value, timeout: Value) => {
      const d = data<{ counter: number }>(l, lockKind);
      if (d === undefined) return undefined;
      let seconds: number | undefined;
      if (timeout !== null) {
        seconds = numberArg(timeout);
        if (seconds === undefined) return undefined;
      }
      if (d.counter === 0) {
        if (seconds === undefined) throw vm.throwString("Deadlock: waiting for a lock no other thread can release");
        sleep(seconds);
        return false;
      }
      d.counter--;
      return true;
    },
  ],
  tls_create: [0, () => new NekoAbstract(tlsKind, { value: null as Value })],
  tls_get: [
    1,
    (_vm: VM, t: Value) => {
      const d = data<{ value: Value }>(t, tlsKind);
      return d === undefined ? undefined : d.value;
    },
  ],
  tls_set: [
    2,
    (_vm: VM, t: Value, v: Value) => {
      const d = data<{ value: Value }>(t, tlsKind);
      if (d === undefined) return undefined;
      d.value = v;
      return null;
    },
  ],
  // mutexes are recursive: the one thread always owns them
  mutex_create: [0, () => new NekoAbstract(mutexKind, { count: 0 })],
  mutex_acquire: [
    1,
    (_vm: VM, m: Value) => {
      const d = data<{ count: number }>(m, mutexKind);
      if (d === undefined) return undefined;
      d.count++;
      return null;
    },
  ],
  mutex_try: [
    1,
    (_vm: VM, m: Value) => {
      const d = data<{ count: number }>(m, mutexKind);
      if (d === undefined) return undefined;
      d.count++;
      return true;
    },
  ],
  mutex_release: [
    1,
    (_vm: VM, m: Value) => {
      const d = data<{ count: number }>(m, mutexKind);
      if (d === undefined) return undefined;
      if (d.count > 0) d.count--;
      return null;
    },
  ],
  deque_create: [0, () => new NekoAbstract(dequeKind, new Deque())],
  deque_add: [
    2,
    (_vm: VM, q: Value, v: Value) => {
      const d = data<Deque>(q, dequeKind);
      if (d === undefined) return undefined;
      d.add(v);
      return null;
    },
  ],
  deque_push: [
    2,
    (_vm: VM, q: Value, v: Value) => {
      const d = data<Deque>(q, dequeKind);
      if (d === undefined) return undefined;
      d.push(v);
      return null;
    },
  ],
  deque_pop: [
    2,
    (vm: VM, q: Value, block: Value) => {
      const d = data<Deque>(q, dequeKind);
      if (d === undefined || !isBool(block)) return undefined;
      return d.pop(vm, block);
    },
  ],
};
