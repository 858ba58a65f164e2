// Builds the static site from the playground's own pages (never a copy kept here): esbuild bundles each page's
// scripts, with this module's transport.js in place of the playground's, into one classic script (an IIFE), so
// that the pages also work from file://, where browsers refuse ES-module imports. The HTML gets relative paths.
//   node build.mjs ASSETS_DIR ENGINE_JS SITE_DIR [EXTRAS_JSON]
// EXTRAS_JSON maps what the server serves from elsewhere to its file: {"/graph-view.js": "PATH", ...}; a "*" in
// a path stands for the one directory there (a WebJar's version).
import * as esbuild from "esbuild";
import fs from "node:fs";
import path from "node:path";
import {fileURLToPath} from "node:url";

const [assets, engineJs, site] = process.argv.slice(2, 5).map((p) => path.resolve(p));
const extras = JSON.parse(process.argv[5] || "{}");
const here = path.dirname(fileURLToPath(import.meta.url));
fs.mkdirSync(site, {recursive: true});

function plugin(workerText) {
  return {
    name: "micrograd4j-site",
    setup(build) {
      // the pages' one way to the server becomes the web edition's
      build.onResolve({filter: /(^|\/)transport\.js$/}, (a) =>
        a.importer.startsWith(here) ? undefined : {path: path.join(here, "transport.js")});
      build.onResolve({filter: /^micrograd4j:engine$/}, () => ({path: engineJs}));
      // elkjs is one CommonJS file: marked free of side effects, a page that draws no graph leaves it out
      build.onResolve({filter: /^elkjs\//}, (a) => ({path: path.join(here, "../../../node_modules", a.path),
        sideEffects: false}));
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

const common = {bundle: true, format: "iife", minify: true, target: "es2020", legalComments: "none", logLevel: "warning"};
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
console.log("site: " + site + " (worker " + workerText.length + " characters)");
