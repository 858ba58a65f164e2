// Builds the static site from the playground's own pages (never a copy kept here): esbuild bundles each page's
// scripts, with this module's transport.js in place of the playground's, into one classic script (an IIFE), so
// that the pages also work from file://, where browsers refuse ES-module imports. The HTML gets relative paths.
//   node build.mjs ASSETS_DIR ENGINE_JS SITE_DIR [EXTRAS_JSON [VERSIONS_JSON]]
// EXTRAS_JSON maps what the server serves from elsewhere to its file: {"/graph-view.js": "PATH", ...}; a "*" in
// a path stands for the one directory there (a WebJar's version). VERSIONS_JSON gives the versions of what Maven
// compiles into the engine, {"teavm": "...", "jackson": "..."}, for THIRD-PARTY.txt.
import * as esbuild from "esbuild";
import fs from "node:fs";
import zlib from "node:zlib";
import path from "node:path";
import {fileURLToPath} from "node:url";

const [assets, engineJs, site] = process.argv.slice(2, 5).map((p) => path.resolve(p));
const extras = JSON.parse(process.argv[5] || "{}");
const versions = JSON.parse(process.argv[6] || "{}");
const here = path.dirname(fileURLToPath(import.meta.url));
fs.mkdirSync(site, {recursive: true});

function plugin(workerText) {
  return {
    name: "micrograd4j-site",
    setup(build) {
      // the pages' one way to the server becomes the web edition's
      build.onResolve({filter: /(^|\/)transport\.js$/}, (a) =>
        a.importer.startsWith(here) ? undefined : {path: path.join(here, "transport.js")});
      // the engine's WebAssembly-GC module, gzipped and in base64, as the text of a module (page-engine.js)
      build.onResolve({filter: /^micrograd4j:engine\.wasm$/}, () => ({path: "engine.wasm", namespace: "micrograd4j-wasm"}));
      build.onLoad({filter: /.*/, namespace: "micrograd4j-wasm"}, () => ({contents: wasmText, loader: "text"}));
      build.onResolve({filter: /^teavm:wasm-gc-runtime$/}, () => ({path: wasmRuntime}));
      build.onResolve({filter: /^micrograd4j:worker$/}, () => ({path: "worker", namespace: "micrograd4j-worker"}));
      build.onLoad({filter: /.*/, namespace: "micrograd4j-worker"}, () => ({contents: workerText, loader: "text"}));
      // the served pages import from the server's root
      build.onResolve({filter: /^\//}, (a) => (a.kind === "entry-point" || fs.existsSync(a.path) ? undefined
        : {path: path.join(assets, a.path)}));
      // links the pages' scripts make to the served labs' routes ("/#program=...", "/train#...") become files
      build.onLoad({filter: /\.js$/}, (a) => a.path.startsWith(assets) ? {
        contents: fs.readFileSync(a.path, "utf8").replace(/(["'`])\/(train)?(?=[#?"'`])/g,
          (m, q, train) => q + (train ? "train.html" : "index.html")),
        loader: "js"} : undefined);
    }
  };
}

// The engine: TeaVM's WebAssembly-GC output (engine.wasm, beside ENGINE_JS) built into the pages, with TeaVM's loader
// (unpacked from teavm-core by the build into target/teavm-runtime); ENGINE_JS, its JavaScript output, becomes
// engine-js.js, the fallback of browsers without WebAssembly GC (page-engine.js).
const wasmText = zlib.gzipSync(fs.readFileSync(path.join(path.dirname(engineJs), "engine.wasm")), {level: 9})
  .toString("base64");
const wasmRuntime = path.join(path.dirname(engineJs), "../teavm-runtime/org/teavm/backend/wasm/wasm-gc-module-runtime.js");

// the runtime's Node.js branches import node: modules the browser never reaches
const common = {bundle: true, format: "iife", minify: true, target: "es2022", legalComments: "none", logLevel: "warning",
  external: ["node:*"]};
await esbuild.build({...common, entryPoints: [engineJs], outfile: path.join(site, "engine-js.js"),
  globalName: "micrograd4jEngineJs"});
// elkjs, ELK's own build for JavaScript, as a file both labs load on their first graph (transport.js)
const elkDir = path.join(here, "../../../node_modules/elkjs");
const elkVersion = JSON.parse(fs.readFileSync(path.join(elkDir, "package.json"), "utf8")).version;
fs.writeFileSync(path.join(site, "elk.js"), `/*! elkjs ${elkVersion}, EPL-2.0: see THIRD-PARTY.txt */\n`
  + fs.readFileSync(path.join(elkDir, "lib/elk.bundled.js"), "utf8"));
const worker = await esbuild.build({...common, entryPoints: [path.join(here, "worker.js")], write: false,
  plugins: [plugin("")]});
const workerText = worker.outputFiles[0].text;

// The served playground's routes, and the files the static site has for them.
const ROUTES = {"/": "index.html", "/train": "train.html"};
const local = (url) => ROUTES[url] || url.replace(/^\//, "");
const pages = fs.readdirSync(assets).filter((n) => n.endsWith(".html"));
const modules = new Set();
for (const name of pages) {
  let html = fs.readFileSync(path.join(assets, name), "utf8");
  // a module script becomes its bundle, a classic script from the same deferred order
  html = html.replace(/<script type="module" src="\/([^"]+)"><\/script>/g, (m, src) => {
    modules.add(src);
    return `<script defer src="${src}"></script>`;
  });
  // data-path: the header's lab links, which i18n.js copies into href with the language
  html = html.replace(/(href|src|data-path)="(\/[^"]*)"/g, (m, attr, url) => `${attr}="${local(url)}"`);
  if (/(href|src|data-path)="\//.test(html)) { throw new Error(name + ": a path from the server's root is left"); }
  fs.writeFileSync(path.join(site, name), html);
}
for (const page of modules) {
  await esbuild.build({...common, entryPoints: [path.join(assets, page)], outfile: path.join(site, page),
    plugins: [plugin(workerText)]});
}
// styles, classic scripts and anything else the pages load as they are
for (const name of fs.readdirSync(assets)) {
  if (!name.endsWith(".html") && !modules.has(name) && !fs.existsSync(path.join(site, name))
      && /\.(css|js|svg|png|ico)$/.test(name) && !isModuleOnly(name)) {
    fs.copyFileSync(path.join(assets, name), path.join(site, name));
  }
}

/** Whether a script is only imported by the page modules (it is in their bundles, not a file of its own). */
function isModuleOnly(name) {
  if (!name.endsWith(".js")) { return false; }
  return !pages.some((p) => fs.readFileSync(path.join(site, p), "utf8").includes(`src="${name}"`));
}
// files the server serves from other jars (viz's graph view, the uPlot WebJar), copied where the pages look
function expand(p) {
  const parts = path.resolve(p).split(path.sep);
  let at = parts[0] === "" ? path.sep : parts[0];
  for (const part of parts.slice(1)) {
    if (part !== "*") { at = path.join(at, part); continue; }
    const dirs = fs.existsSync(at) ? fs.readdirSync(at) : [];
    if (dirs.length !== 1) { return null; }
    at = path.join(at, dirs[0]);
  }
  return fs.existsSync(at) ? at : null;
}
for (const name of pages) {
  for (const [, url] of fs.readFileSync(path.join(assets, name), "utf8").matchAll(/(?:href|src)="(\/[^"#?]+)"/g)) {
    const file = extras[url] && expand(extras[url]);
    if (file && !fs.existsSync(path.join(site, local(url)))) { fs.copyFileSync(file, path.join(site, local(url))); }
  }
}
// every file a page names must be there: a page changed in the playground fails the build, not the reader
for (const name of pages) {
  for (const [, url] of fs.readFileSync(path.join(site, name), "utf8").matchAll(/(?:href|src)="([^"#?]*)/g)) {
    if (url !== "" && !url.includes(":") && !fs.existsSync(path.join(site, url))) { throw new Error(name + " loads " + url + ", which the site does not have"); }
  }
}
// what the site ships of other projects, with their licences (the texts come from the packages themselves)
const target = path.dirname(path.dirname(engineJs));
const uplotDir = expand(path.join(target, "webjars/META-INF/resources/webjars/uplot/*"));
const micrograd4jLicence = path.join(here, "../../../../LICENSE");
const apache = path.join(target, "licences/jackson-core/META-INF/LICENSE");
const parts = [
  ["micrograd4j (the pages, and the engine's own classes in engine.wasm and engine-js.js)", "MIT", micrograd4jLicence],
  [`TeaVM ${versions.teavm || ""} (its Java class library and WebAssembly loader, compiled into engine.wasm, `
    + "engine-js.js and the pages' scripts)", "Apache-2.0, text below", null],
  [`Jackson core ${versions.jackson || ""} (compiled into engine.wasm and engine-js.js)`, "Apache-2.0",
    path.join(target, "licences/jackson-core/META-INF/NOTICE")],
  [`elkjs ${elkVersion} (elk.js; its sources: the npm package elkjs, and the Eclipse Layout Kernel)`, "EPL-2.0",
    path.join(elkDir, "LICENSE.md")],
  [`uPlot ${uplotDir ? path.basename(uplotDir) : ""} (uplot.js, uplot.css)`, "MIT", uplotDir && path.join(uplotDir, "LICENSE")],
  ["Apache License 2.0 (TeaVM, Jackson)", "the licence's text", apache]
];
fs.writeFileSync(path.join(site, "THIRD-PARTY.txt"), parts.map(([what, licence, file]) => {
  if (file && !fs.existsSync(file)) { throw new Error("THIRD-PARTY.txt: " + file + " is missing"); }
  return "== " + what + ": " + licence + "\n\n" + (file ? fs.readFileSync(file, "utf8").trim() + "\n" : "");
}).join("\n"));

console.log("site: " + site + " (worker " + workerText.length + " characters)");
