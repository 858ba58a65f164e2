// Builds the static site from the playground's own pages (never a copy kept here): esbuild bundles each page's
// scripts, with this module's transport.js in place of the playground's, into one classic script (an IIFE), so
// that the pages also work from file://, where browsers refuse ES-module imports. The HTML gets relative paths.
//   node build.mjs ASSETS_DIR ENGINE_JS SITE_DIR
import * as esbuild from "esbuild";
import fs from "node:fs";
import path from "node:path";
import {fileURLToPath} from "node:url";

const [assets, engineJs, site] = process.argv.slice(2).map((p) => path.resolve(p));
const here = path.dirname(fileURLToPath(import.meta.url));
fs.mkdirSync(site, {recursive: true});

/** Replaces each [from, to] in text, failing the build when one is not there: a page changed under us. */
function rewrite(name, text, pairs) {
  for (const [from, to] of pairs) {
    if (!text.includes(from)) { throw new Error(name + ": expected to find " + JSON.stringify(from)); }
    text = text.split(from).join(to);
  }
  return text;
}

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
      // the served lab is at /, the static one at index.html
      build.onLoad({filter: /train\.js$/}, (a) => a.path.startsWith(assets) ? {
        contents: rewrite("train.js", fs.readFileSync(a.path, "utf8"), [["\"/#program=\"", "\"index.html#program=\""]]),
        loader: "js"} : undefined);
    }
  };
}

const common = {bundle: true, format: "iife", minify: true, target: "es2020", legalComments: "none", logLevel: "warning"};
const worker = await esbuild.build({...common, entryPoints: [path.join(here, "worker.js")], write: false,
  plugins: [plugin("")]});
const workerText = worker.outputFiles[0].text;
for (const page of ["playground.js", "train.js"]) {
  await esbuild.build({...common, entryPoints: [path.join(assets, page)], outfile: path.join(site, page),
    plugins: [plugin(workerText)]});
}

const html = {
  "index.html": [["href=\"/playground.css\"", "href=\"playground.css\""],
    ["<script type=\"module\" src=\"/playground.js\"></script>", "<script defer src=\"playground.js\"></script>"]],
  "train.html": [["href=\"/train.css\"", "href=\"train.css\""],
    ["<script type=\"module\" src=\"/train.js\"></script>", "<script defer src=\"train.js\"></script>"],
    ["<a href=\"/\" class=\"link\">", "<a href=\"index.html\" class=\"link\">"]]
};
for (const [name, pairs] of Object.entries(html)) {
  fs.writeFileSync(path.join(site, name), rewrite(name, fs.readFileSync(path.join(assets, name), "utf8"), pairs));
}
for (const name of fs.readdirSync(assets).filter((n) => n.endsWith(".css"))) {
  fs.copyFileSync(path.join(assets, name), path.join(site, name));
}
console.log("site: " + site + " (worker " + workerText.length + " characters)");
