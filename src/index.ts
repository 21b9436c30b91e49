// nekovm's package entry: the VM and its embedding API, hosts, the compiler and the value model.

export { NekoVM, type NekoVMOptions, type RunResult, type RunOptions, type Limits } from "./api/nekovm.js";
export { run, type RunSourceOptions } from "./api/run.js";
export { NekoModule } from "./api/module.js";
export { NekoError, NekoLimitError } from "./api/errors.js";
export {
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
  type FromNekoOptions,
  type HostFunction,
  type HostFunctionOptions,
} from "./api/convert.js";
export { type LoaderHooks, type LoaderOptions, type ModuleSource } from "./api/loaders.js";
export { Sandbox, SAFE_FAMILIES, primitiveFamily, type SandboxOptions, type PrimitiveFamily } from "./api/sandbox.js";
export { type OutputSink } from "./api/host.js";
export { type LimitKind } from "./value/limits.js";
export { MemoryHost, type Host, type SysHost, type FileStat, type FullStat, type ProcessStatus } from "./host/host.js";
export { PrimitiveRegistry, defaultRegistry } from "./loader/primitives.js";
export * from "./compiler/index.js";
export { NekoThrow, NekoExit } from "./interp/errors.js";
export * from "./value/value.js";
export { str, jsString } from "./value/string.js";
