// Compiles nn.ts with TypeScript and bundles bench.js with the web edition's compiled engine (engine.js and the
// engine.wasm beside it) into one script.
//   node build.mjs ENGINE_JS   (run by docs/web-speed.sh, after `npm ci` here and the web module's build)
import {execFileSync} from "node:child_process";
import path from "node:path";
import {fileURLToPath} from "node:url";
import {createRequire} from "node:module";

const here = path.dirname(fileURLToPath(import.meta.url));
const engineJs = path.resolve(process.argv[2]);
execFileSync(process.execPath, [path.join(here, "node_modules/typescript/bin/tsc"), "--target", "es2017", "--module",
  "es2015", "--outDir", path.join(here, "build"), path.join(here, "nn.ts")], {stdio: "inherit"});
const esbuild = createRequire(path.join(here, "../../micrograd4j-web/package.json"))("esbuild");
await esbuild.build({entryPoints: [path.join(here, "bench.js")], bundle: true, format: "iife", target: "es2022",
  outfile: path.join(here, "build/bench.bundle.js"), logLevel: "warning",
  plugins: [{name: "engine", setup(b) {
    b.onResolve({filter: /^micrograd4j:engine$/}, () => ({path: engineJs}));
    b.onResolve({filter: /^micrograd4j:engine\.wasm$/}, () => ({path: path.join(path.dirname(engineJs), "engine.wasm")}));
    b.onResolve({filter: /^teavm:wasm-gc-runtime$/}, () => ({path: path.join(path.dirname(engineJs),
      "../teavm-runtime/org/teavm/backend/wasm/wasm-gc-module-runtime.js")}));
  }}], loader: {".wasm": "binary"}, external: ["node:*"]});
