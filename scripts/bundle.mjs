// Builds dist/bundle: bin/neko's entry as one CommonJS file (neko.cjs, loaded through a V8 code
// cache by bin/neko: start-up is mostly parsing and compiling our JS otherwise) and the process
// worker next to it (process-worker.js). Then runs bin/neko once on examples/hello.n to write
// the code cache (neko.cache), with the V8 flags of bin/neko's #! line so V8 accepts it later.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";

const out = "dist/bundle";
rmSync(out, { recursive: true, force: true });
// Whitespace and comments out (identifiers kept, for profiles and stack traces): a third
// less source for bin/neko to read at every start. esbuild writes ASCII (it escapes any
// other character), which bin/neko relies on to read the bundle as latin1.
const common = { bundle: true, platform: "node", logLevel: "warning", target: "node20", minifyWhitespace: true, legalComments: "none" };
// Start-up costs of the ESM-to-CJS glue, avoided: import.meta.url becomes a getter (making a
// file URL costs about 0.6 ms, and few runs need one), and node's public "module" module
// (about 1.5 ms to load under bin/neko's V8 flags) is replaced by the bundle's own require.
const ownRequire = {
  name: "own-require",
  setup(b) {
    b.onResolve({ filter: /^node:module$/ }, () => ({ path: "node:module", namespace: "own-require" }));
    b.onLoad({ filter: /.*/, namespace: "own-require" }, () => ({ contents: "export const createRequire = () => require;", loader: "js" }));
  },
};
await build({
  ...common,
  entryPoints: { neko: "dist/src/cli/main-neko.js" },
  outdir: out,
  outExtension: { ".js": ".cjs" },
  format: "cjs",
  define: { "import.meta.url": "__bundle.url" },
  // the directive first: esbuild's own "use strict" comes after the banner, where it is no directive
  banner: { js: '"use strict";\nconst __bundle = { get url() { return require("node:url").pathToFileURL(__filename).href; } };' },
  plugins: [ownRequire],
});
if (readFileSync(`${out}/neko.cjs`).some((b) => b > 0x7f)) throw new Error("dist/bundle/neko.cjs is not ASCII: bin/neko reads it as latin1");
await build({ ...common, entryPoints: { "process-worker": "dist/src/host/node/process-worker.js" }, outdir: out, format: "esm" });
execFileSync(process.execPath, ["--stack-size=6000", "--max-optimized-bytecode-size=262144", "bin/neko", "examples/hello.n"], { env: { ...process.env, NEKOVM_WRITE_CACHE: "1" }, stdio: "ignore" });
