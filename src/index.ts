// nekovm's package entry: the VM, hosts, the compiler and the value model.

export { NekoVM, type NekoVMOptions, type RunResult } from "./api/nekovm.js";
export { MemoryHost, type Host, type SysHost, type FileStat, type FullStat, type ProcessStatus } from "./host/host.js";
export { PrimitiveRegistry, defaultRegistry } from "./loader/primitives.js";
export * from "./compiler/index.js";
export { NekoThrow, NekoExit } from "./interp/errors.js";
export * from "./value/value.js";
export { str, jsString } from "./value/string.js";
