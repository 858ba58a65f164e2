// The labs' words. Each language has one bundle, text-<tag>.json, fetched through transport.text (the web
// edition serves the same files): key -> template, {0} {1} ... filled in. The page names a text by its key:
// data-t="key" for an element's text (its child elements, such as a <code>, fill the placeholders in order),
// data-t-title / data-t-aria-label / data-t-placeholder for those attributes, and say(element, key, ...args)
// for a text set by script, so that a switch of language redraws every one of them in place.
import * as transport from "./transport.js";

// the tags of Java's Language enum (core.text.Language); LabTextTest keeps the two the same
export const LANGUAGES = ["en", "zh"];
const ATTRIBUTES = ["title", "aria-label", "placeholder"];

let lang = "en";
let explicit = false; // chosen by a link or the switch, not by the browser: then the link keeps it
let words = {};
const listeners = [];

/** A text of the bundle, its placeholders filled; a missing key shows itself, so that it is seen and fixed. */
export function t(key, ...args) {
  const template = key in words ? words[key] : "⟦" + key + "⟧";
  return template.replace(/\{(\d+)\}/g, (m, i) => (i < args.length ? String(args[i]) : m));
}

/** Whether the bundle has a text for the key (an example's title, say). */
export function has(key) { return key in words; }

/** The language shown: "en" or "zh". */
export function current() { return lang; }

/** A request to the server with the language its refusals are to be told in (keys and values are the same in each). */
export function withLang(request) { return Object.assign({lang}, request); }

/** The link's part for the language, "lang=zh", or "" when the browser's language decided. */
export function linkPart() { return explicit ? "lang=" + lang : ""; }

/** The lang=... key of a fragment, if it names a language of ours, else null. */
export function fromLink(hash) {
  const m = /(?:^#|&)lang=([^&]*)/.exec(hash || "");
  const tag = m ? m[1].toLowerCase() : null;
  return LANGUAGES.includes(tag) ? tag : null;
}

/** A fragment without its lang key ("#program=...&lang=zh" -> "#program=..."). */
export function withoutLang(hash) {
  return (hash || "").replace(/(^#|&)lang=[^&]*/, "$1").replace(/^#&/, "#").replace(/&$/, "");
}

/** The first of the browser's languages that the labs speak (zh-CN, zh-TW, zh: Chinese), else English. */
function browserLanguage() {
  for (const tag of navigator.languages || [navigator.language || "en"]) {
    const primary = String(tag).toLowerCase().split(/[-_]/)[0];
    if (LANGUAGES.includes(primary)) { return primary; }
  }
  return "en";
}

/** Sets the element's text to a bundle text; a later switch of language sets it again. A null key clears it. */
export function say(element, key, ...args) {
  if (key === null) { plain(element, ""); return; }
  element.dataset.t = key;
  element.tArgs = args;
  fill(element);
}

/** Sets the element's text as it is (a server's message, a number): a switch of language leaves it alone. */
export function plain(element, text) {
  delete element.dataset.t;
  element.tArgs = undefined;
  element.textContent = text;
}

function fill(element) {
  if (element.tArgs === undefined) { element.tArgs = Array.from(element.children); }
  const args = element.tArgs;
  const parts = t(element.dataset.t, ...args.map((a, i) => "\u0000" + i + "\u0000")).split("\u0000");
  if (!args.some((a) => a instanceof Node)) { element.textContent = parts.map((p, i) => (i % 2 ? args[+p] : p)).join(""); return; }
  element.replaceChildren(...parts.map((p, i) => (i % 2 ? (args[+p] instanceof Node ? args[+p] : String(args[+p])) : p)));
}

/** Every data-t text and attribute under root in the language shown. */
export function apply(root) {
  const top = root || document;
  const all = (selector) => (top.matches && top.matches(selector) ? [top] : []).concat(Array.from(top.querySelectorAll(selector)));
  all("[data-t]").forEach(fill);
  for (const a of ATTRIBUTES) {
    all("[data-t-" + a + "]").forEach((e) => e.setAttribute(a, t(e.getAttribute("data-t-" + a))));
  }
  document.documentElement.lang = lang;
  const choice = document.getElementById("lang");
  if (choice && choice.value !== lang) { choice.value = lang; }
  // the links between the labs keep the language chosen
  document.querySelectorAll("nav.labs a[data-path]").forEach((a) => {
    a.href = a.dataset.path + (explicit ? "#" + linkPart() : "");
  });
}

/**
 * Names the words of viz's graph-view.js zoom bar in a graph panel by the bundles (graph-view.js makes the bar in
 * English, in the panel, on its first drawing), so that they read in the language shown and a switch redraws them.
 */
export function labelZoom(panel) {
  const bar = panel.querySelector(".graph-zoom");
  if (!bar || bar.dataset.tAriaLabel) { return; }
  bar.dataset.tAriaLabel = "x.zoom";
  [["zoom-in", "x.zoom.in"], ["zoom-out", "x.zoom.out"], ["zoom-fit", "x.zoom.fit"], ["zoom-full", "x.zoom.full"]]
    .forEach(function ([id, key]) {
      const button = bar.querySelector("#" + id);
      if (button) { button.dataset.tTitle = key; button.dataset.tAriaLabel = key; }
    });
  const fit = bar.querySelector("#zoom-fit");
  if (fit) { fit.dataset.t = "x.zoom.fit.button"; }
  apply(bar);
}

/** Shows the labs in a language: loads its bundle, redraws the page's words, then tells the listeners. */
export async function use(tag, chosen) {
  const next = await transport.text(tag);
  lang = tag; words = next; explicit = explicit || chosen;
  apply();
  for (const listener of listeners) { listener(lang); }
}

/** Runs after every switch of language (the lab redraws what it built itself and writes its link). */
export function onChange(listener) { listeners.push(listener); }

/**
 * The language of the link, else the browser's; the header's switch filled and wired. Resolves once the
 * page's words are in place.
 */
export async function start() {
  const linked = fromLink(location.hash);
  explicit = linked !== null;
  const choice = document.getElementById("lang");
  if (choice) {
    choice.replaceChildren(...LANGUAGES.map((tag) => new Option("", tag)));
    choice.querySelectorAll("option").forEach((o) => { o.dataset.t = "lang." + o.value; });
    choice.addEventListener("change", () => { use(choice.value, true); });
  }
  lang = linked || browserLanguage();
  words = await transport.text(lang);
  apply();
}
