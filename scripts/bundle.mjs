// Builds dist/bundle: bin/neko's entry as one CommonJS file (neko.cjs, loaded through a V8 code
// cache by bin/neko: start-up is mostly parsing and compiling our JS otherwise) and the process
// worker next to it (process-worker.js). Then runs bin/neko once on examples/hello.n to write
// the code cache (neko.cache), with bin/neko's own V8 flags so V8 accepts it later.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";

const out = "dist/bundle";
rmSync(out, { recursive: true, force: true });
const common = { bundle: true, platform: "node", logLevel: "warning", target: "node20" };
await build({
  ...common,
  entryPoints: { neko: "dist/src/cli/main-neko.js" },
  outdir: out,
  outExtension: { ".js": ".cjs" },
  format: "cjs",
  define: { "import.meta.url": "__bundleUrl" },
  banner: { js: 'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;' },
});
await build({ ...common, entryPoints: { "process-worker": "dist/src/host/node/process-worker.js" }, outdir: out, format: "esm" });
execFileSync(process.execPath, ["--stack-size=6000", "bin/neko", "examples/hello.n"], { env: { ...process.env, NEKOVM_WRITE_CACHE: "1" }, stdio: "ignore" });
