// The marker a function body returns when it ended with a tail call that its caller must
// make (the JS tier's convention, shared with the interpreter running bodies for it).

import type { Value } from "../value/value.js";

export const TAIL = Object.freeze({ tail: true }) as unknown as Value;
