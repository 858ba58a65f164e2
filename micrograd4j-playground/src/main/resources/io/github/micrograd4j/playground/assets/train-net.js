// The training lab's network diagram: a column per layer (the input features, then each layer's neurons as
// their maps, as large as the panel's height allows), the edges drawn on a canvas under them, the map the big map
// shows instead of the output (a node hovered, a neuron clicked), and the editor that sets the weight of an edge
// clicked (TensorFlow Playground's).
import {paint, nearestEdge} from "./train-draw.js";
import * as transport from "./transport.js";
import * as i18n from "./i18n.js";
import {t, say, plain} from "./i18n.js";

const $ = (id) => document.getElementById(id);

let page = "";              // the page's id, for the neuron maps asked for
let redraw = () => {};      // draws the big map again (train.js's drawMap)
let layersNow = () => [];   // the hidden layers' widths in the settings on screen
let setLayers = () => {};   // restarts the run with other hidden layers
/** The neuron clicked, whose map the big map keeps, or -1 (read by train.js: a live binding). */
export let selected = -1;
/** What the big map shows instead of the output, 100x100 values in thousandths, or null for the output. */
export let shownMap = null;
let selectedMap = null;     // the clicked neuron's big map, once it came
let hovered = null;         // the node under the pointer: its canvas element
let featureMaps = [];       // the run's features' 20x20 maps, in thousandths
let lastFrame = null;
let lastEdges = 0;
// [x1, y1, x2, y2, w, layer, neuron, input, from, to] of every edge drawn (from and to its nodes' elements), for the
// weight under the pointer and the editor
let edgeLines = [];
let editing = null;         // the edge whose weight the editor shows
let refused = false;        // the page's alert shows the last edit's refusal

/**
 * Binds the network panel: the layers' + and - buttons, and the diagram's pointer (the weight of the edge under it
 * as the tooltip, a click on it opens the weight's editor).
 *
 * @param pageId the page's id
 * @param drawMap draws the big map again (after a neuron's map came)
 * @param layers the hidden layers' widths on screen
 * @param changeLayers restarts the run with other widths
 */
export function bindNet(pageId, drawMap, layers, changeLayers) {
  page = pageId; redraw = drawMap; layersNow = layers; setLayers = changeLayers;
  $("layer-plus").addEventListener("click", () => { const l = layersNow(); if (l.length < 6) { l.push(4); setLayers(l); } });
  $("layer-minus").addEventListener("click", () => { const l = layersNow(); l.pop(); setLayers(l); });
  const edgeAt = (ev) => {
    const box = $("diagram").getBoundingClientRect();
    return ev.target.closest("#edge-editor, .neuron, .input-map") ? null : nearestEdge(edgeLines, ev.clientX - box.left, ev.clientY - box.top);
  };
  $("diagram").addEventListener("mousemove", (ev) => {
    const e = edgeAt(ev);
    $("diagram").title = e === null ? "" : t("t.edge.title", e[4].toPrecision(4));
    $("diagram").classList.toggle("on-edge", e !== null);
  });
  $("diagram").addEventListener("click", (ev) => {
    const e = edgeAt(ev);
    if (e !== null) openEditor(e, ev.clientX, ev.clientY);
    else if (!ev.target.closest("#edge-editor")) closeEditor(); // a click beside the edges puts it away
  });
  // a node hovered shows its map large in the big map's place, as TensorFlow Playground's; back on leave
  $("columns").addEventListener("mouseover", (ev) => {
    const node = ev.target.closest(".neuron, .input-map");
    if (node && node !== hovered) { hovered = node; showHovered(); }
  });
  $("columns").addEventListener("mouseout", (ev) => {
    if (hovered && ev.target === hovered) { hovered = null; showShown(); }
  });
  window.addEventListener("resize", () => { layoutDiagram(); if (lastFrame) drawEdges(lastFrame); });
  new MutationObserver(relayout).observe($("message"), {childList: true, characterData: true, subtree: true});
  $("edge-value").addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") { ev.preventDefault(); applyEdit(); }
    if (ev.key === "Escape") { ev.preventDefault(); closeEditor(); }
  });
}

// a node's name in the language shown: the feature's label, or "neuron N"
function nodeName(el) { return el.classList.contains("neuron") ? t("t.map.neuron", el.dataset.neuron) : el.dataset.label; }

// the editor beside the point clicked (x, y in the window), inside the window and the diagram, the weight in its field
function openEditor(edge, x, y) {
  editing = edge;
  const ed = $("edge-editor"); ed.hidden = false;
  say($("edge-name"), "t.edge.weight", nodeName(edge[8]), nodeName(edge[9]));
  // the weight to 6 digits; Enter on it unchanged changes nothing (not even to the rounded value)
  const field = $("edge-value"); field.value = field.dataset.shown = String(Number(edge[4].toPrecision(6)));
  const box = $("diagram").getBoundingClientRect(); const r = ed.getBoundingClientRect();
  let left = x + 10; let top = y + 10; // below right of the pointer; left of it where the window or panel ends
  if (left + r.width > Math.min(innerWidth, box.right)) left = x - 10 - r.width;
  left = Math.max(4, Math.min(left, innerWidth - r.width - 4)); top = Math.max(4, Math.min(top, innerHeight - r.height - 4));
  ed.style.left = (left - box.left) + "px"; ed.style.top = (top - box.top) + "px";
  field.focus(); field.select();
}

function closeEditor() { editing = null; $("edge-editor").hidden = true; }

// the typed value to the run; its next frame (sent at once) redraws the map, the loss and the edges
function applyEdit() {
  const edge = editing;
  if (!edge) return;
  const text = $("edge-value").value.trim(); const v = Number(text);
  if (text === $("edge-value").dataset.shown) { closeEditor(); return; }
  // no finite number: the text as typed, which the run's refusal names
  transport.setWeight(page, i18n.withLang({layer: edge[5], neuron: edge[6], input: edge[7], value: text !== "" && isFinite(v) ? v : text}))
    .then(() => { if (editing === edge) closeEditor(); if (refused) plain($("message"), ""); refused = false; })
    .catch((e) => { plain($("message"), e.message); refused = true; });
}

/** The hidden layers' count and a width field with - and + per layer. */
export function fillLayers(layers) {
  $("layer-count").textContent = layers.length;
  say($("layer-word"), layers.length === 1 ? "t.layers.one" : "t.layers.many");
  $("layer-controls").replaceChildren(...layers.map((w, i) => {
    const span = document.createElement("span"); span.className = "layer-width";
    const minus = document.createElement("button"); minus.type = "button"; minus.textContent = "−";
    const plus = document.createElement("button"); plus.type = "button"; plus.textContent = "+";
    const input = document.createElement("input"); input.type = "number"; input.min = 1; input.max = 64; input.value = w;
    input.setAttribute("aria-label", t("t.layer.width", i + 1));
    const change = (n) => { const l = layersNow(); l[i] = Math.max(1, Math.min(64, n)); setLayers(l); };
    minus.addEventListener("click", () => change(w - 1));
    plus.addEventListener("click", () => change(w + 1));
    input.addEventListener("change", () => change(parseInt(input.value, 10) || 1));
    span.append(minus, input, plus);
    return span;
  }));
}

/** A new run: the big map shows the output again. */
export function clearSelection() { selected = -1; selectedMap = null; hovered = null; shownMap = null; lastFrame = null; }

// a 20x20 map in thousandths as the big map's 100x100, bilinear: what a node's map looks like large at once
function enlarge(small, scale) {
  const out = new Array(10000);
  for (let r = 0; r < 100; r++) {
    const y = Math.max(0, Math.min(19, (r + 0.5) / 5 - 0.5)); const y0 = Math.min(18, Math.floor(y)); const fy = y - y0;
    for (let c = 0; c < 100; c++) {
      const x = Math.max(0, Math.min(19, (c + 0.5) / 5 - 0.5)); const x0 = Math.min(18, Math.floor(x)); const fx = x - x0;
      const v = (i) => (small[i] ?? 0);
      const top = v(y0 * 20 + x0) * (1 - fx) + v(y0 * 20 + x0 + 1) * fx;
      const bottom = v(y0 * 20 + 20 + x0) * (1 - fx) + v(y0 * 20 + 20 + x0 + 1) * fx;
      out[r * 100 + c] = (top * (1 - fy) + bottom * fy) * scale;
    }
  }
  return out;
}

// the hovered node's map in the big map: a feature's at once (scaled as its node draws it), a neuron's enlarged
// from its thumbnail at once, then its own 100x100 map when the run sends it
function showHovered() {
  const node = hovered;
  if (node.classList.contains("input-map")) {
    const values = featureMaps[+node.dataset.feature] || [];
    const max = Math.max(1e-9, ...values.map((v) => Math.abs(v ?? 0)));
    shownMap = enlarge(values, 2000 / max);
    say($("map-title"), "t.map.feature", node.dataset.label); redraw();
    return;
  }
  const id = +node.dataset.neuron;
  if (lastFrame && lastFrame.thumbs[id]) shownMap = enlarge(lastFrame.thumbs[id], 1);
  say($("map-title"), "t.map.neuron", id); redraw();
  transport.control(page, i18n.withLang({action: "neuron", neuron: id})).then((j) => {
    if (hovered === node) { shownMap = j.map; redraw(); }
  }).catch(() => { });
}

// the big map without a hovered node: the clicked neuron's, or the output
function showShown() {
  shownMap = selected >= 0 ? selectedMap : null;
  if (selected < 0) say($("map-title"), "t.map.output"); else say($("map-title"), "t.map.neuron", selected);
  redraw();
}

/**
 * The diagram's columns for a run: the input features, each with its label and its map over the plane (as
 * TensorFlow Playground draws them), then a column of neuron maps per layer.
 *
 * @param labels the input features' labels, in the net's order
 * @param sizes the layers' widths, the output layer's last
 * @param featureMaps each feature's 20x20 map in thousandths, from the run's info (nn's Feature computed them)
 */
export function buildDiagram(labels, sizes, maps) {
  closeEditor(); featureMaps = maps || [];
  const cols = $("columns");
  cols.replaceChildren();
  const layers = [labels].concat(sizes.map((n) => Array(n).fill("")));
  let neuron = 0;
  layers.forEach((layer, li) => {
    const col = document.createElement("div"); col.className = "column";
    const title = document.createElement("span"); title.className = "title";
    if (li === 0) say(title, "t.diagram.inputs"); else if (li === layers.length - 1) say(title, "t.diagram.output");
    else say(title, "t.diagram.layer", li);
    col.append(title);
    for (const label of layer) {
      if (li === 0) {
        const node = document.createElement("span"); node.className = "input-node";
        const name = document.createElement("span"); name.className = "input-name"; name.textContent = label;
        const cv = document.createElement("canvas"); cv.width = 20; cv.height = 20; cv.className = "input-map";
        cv.dataset.label = label; cv.dataset.feature = col.childElementCount - 1; cv.title = label;
        paintFeature(cv, featureMaps[col.childElementCount - 1]);
        node.append(name, cv); col.append(node);
      } else {
        const cv = document.createElement("canvas"); cv.width = 20; cv.height = 20; cv.className = "neuron";
        cv.dataset.neuron = neuron; cv.dataset.tTitle = "t.diagram.neuron"; cv.title = t("t.diagram.neuron", neuron);
        const id = neuron;
        cv.addEventListener("click", () => selectNeuron(id));
        col.append(cv); neuron++;
      }
    }
    cols.append(col);
  });
  layoutDiagram();
}

/**
 * Fits the diagram to its panel: it takes the height the window leaves under it (at least 260 px), and every node
 * is as large as that height allows for the fullest column, up to 42 px with its border (TensorFlow Playground's
 * are 30-40 px).
 */
export function layoutDiagram() {
  const cols = Array.from(document.querySelectorAll("#columns .column"));
  if (!cols.length) return;
  const d = $("diagram");
  const top = d.getBoundingClientRect().top + scrollY;
  const height = Math.max(260, Math.floor(innerHeight - top - 8));
  d.style.height = height + "px";
  const most = Math.max(...cols.map((c) => c.querySelectorAll(".input-map, .neuron").length));
  const gap = most > 12 ? 2 : most > 6 ? 3 : 5;
  const title = cols[0].querySelector(".title").getBoundingClientRect().height + gap;
  // a node's box is its map and a 1 px border
  const box = Math.max(8, Math.min(42, Math.floor((height - title - (most - 1) * gap) / most)));
  for (const c of cols) c.style.gap = gap + "px";
  $("columns").style.maxWidth = cols.length * 230 + "px"; // spread over the panel, the edges not drawn out flat
  for (const e of document.querySelectorAll("#columns .input-map, #columns .neuron")) {
    e.style.width = e.style.height = box - 2 + "px";
  }
  d.dataset.top = String(top);
}

// the page above the diagram changed height (the alert line shows a message, or is emptied): fit it again
function relayout() {
  const d = $("diagram");
  if (!lastFrame || String(d.getBoundingClientRect().top + scrollY) === d.dataset.top) return;
  layoutDiagram(); drawEdges(lastFrame);
}

// a feature's map, scaled to its largest value over the plane: its sign and its shape, as its colours
function paintFeature(cv, values) {
  if (!values) return;
  const max = Math.max(1e-9, ...values.map((v) => Math.abs(v ?? 0)));
  const ctx = cv.getContext("2d"); const img = ctx.createImageData(20, 20);
  for (let i = 0; i < 400; i++) paint(img.data, i, 2 * (values[i] ?? 0) / max, false, false);
  ctx.putImageData(img, 0, 0);
}

function selectNeuron(id) {
  selected = selected === id ? -1 : id;
  document.querySelectorAll(".neuron").forEach((c) => c.classList.toggle("selected", +c.dataset.neuron === selected));
  selectedMap = selected >= 0 && shownMap && hovered && +hovered.dataset.neuron === id ? shownMap : null;
  if (!hovered) showShown();
  if (selected < 0) return;
  transport.control(page, i18n.withLang({action: "neuron", neuron: id})).then((j) => { if (selected === id) selectedMap = j.map; if (!hovered) showShown(); })
    .catch((e) => { plain($("message"), e.message); });
}

/**
 * A frame's neuron maps and edges (the edges at most 5 times a second while playing); a paused run's selected
 * neuron's big map is asked for again.
 *
 * @param frame the frame
 * @param playing whether the run is playing
 */
export function drawNet(frame, playing) {
  lastFrame = frame;
  const feature = hovered && !hovered.classList.contains("neuron"); // a feature's map does not change
  const id = feature ? -1 : hovered ? +hovered.dataset.neuron : selected;
  if (id >= 0 && !playing) { // a paused run's map of the neuron shown, at its weights now
    const node = hovered;
    transport.control(page, i18n.withLang({action: "neuron", neuron: id})).then((j) => {
      if (id === selected) selectedMap = j.map;
      if (hovered === node) { shownMap = hovered ? j.map : selectedMap; redraw(); }
    });
  } else if (id >= 0 && hovered) { // playing: the hovered neuron's thumbnail, enlarged, keeps up with the run
    shownMap = enlarge(frame.thumbs[id] || [], 1);
  }
  drawThumbs(frame);
  const now = performance.now();
  if (!playing || now - lastEdges > 200) { drawEdges(frame); lastEdges = now; }
}

/** The neurons' tooltips in the language shown. */
export function retitle() {
  document.querySelectorAll("canvas.neuron").forEach((cv) => { cv.title = t(cv.dataset.tTitle, cv.dataset.neuron); });
}

function drawThumbs(frame) {
  document.querySelectorAll(".neuron").forEach((cv) => {
    const t = frame.thumbs[+cv.dataset.neuron];
    if (!t) return;
    const ctx = cv.getContext("2d"); const img = ctx.createImageData(20, 20);
    for (let i = 0; i < 400; i++) paint(img.data, i, (t[i] ?? 0) / 1000, false, false);
    ctx.putImageData(img, 0, 0);
  });
}

// one line per weight on a canvas, in one path per colour and strength (thousands of edges, a few strokes). The
// strength is |w| against the largest |w| of its layer (at least 1), in 9 steps: a strong weight is a wide, solid
// line and a weak one a thin, faint one, so that the paths the net uses stand out of the tangle of a 16,16 net (as
// TensorFlow Playground's widths and colours do). Past 1,000 edges every line is a hairline, |w| its opacity only:
// hairlines draw 5x faster (docs/PERFORMANCE.md)
function drawEdges(frame) {
  const t0 = performance.now();
  const cv = $("edges");
  const box = $("diagram").getBoundingClientRect();
  const ratio = window.devicePixelRatio || 1;
  cv.width = Math.round(box.width * ratio); cv.height = Math.round(box.height * ratio);
  const ctx = cv.getContext("2d");
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  const cols = Array.from(document.querySelectorAll("#columns .column"));
  const centres = cols.map((c) => Array.from(c.querySelectorAll(".input-map, .neuron")).map((e) => {
    const r = e.getBoundingClientRect();
    return [r.left - box.left, r.right - box.left, (r.top + r.bottom) / 2 - box.top, e];
  }));
  const paths = new Map();
  edgeLines = [];
  let w = 0;
  for (let l = 1; l < centres.length; l++) {
    const fan = centres[l - 1].length;
    let scale = 1;
    for (let k = 0; k < centres[l].length; k++) {
      for (let i = 0; i < fan; i++) scale = Math.max(scale, Math.abs(frame.weights[w + k * (fan + 1) + i] ?? 0));
    }
    for (const [j, to] of centres[l].entries()) {
      for (const [i, from] of centres[l - 1].entries()) {
        const v = frame.weights[w++];
        const key = (v >= 0 ? "+" : "-") + Math.round(8 * Math.min(1, Math.abs(v) / scale));
        if (!paths.has(key)) paths.set(key, new Path2D());
        paths.get(key).moveTo(from[1], from[2]); paths.get(key).lineTo(to[0], to[2]);
        edgeLines.push([from[1], from[2], to[0], to[2], v, l - 1, j, i, from[3], to[3]]);
      }
      w++; // the neuron's bias
    }
  }
  const hair = edgeLines.length > 1000;
  // the weak first, the strong over them; the faint half of the weights recedes, the strongest are solid
  for (const [key, path] of [...paths].sort((a, b) => a[0].slice(1) - b[0].slice(1))) {
    const strength = +key.slice(1) / 8;
    ctx.strokeStyle = key[0] === "+" ? "#0877bd" : "#f59322";
    ctx.lineWidth = hair ? 1 : 0.5 + 3 * strength ** 2; ctx.globalAlpha = 0.05 + 0.9 * strength ** 3;
    ctx.stroke(path);
  }
  // for docs/playground/trainlab-edges.sh: the script's time, and the time until the frame after them is drawn
  const d = document.body.dataset; const n = (+d.edgeDraws || 0) + 1;
  d.edgeDraws = n; d.edgeCount = edgeLines.length; d.edgeMillis = (performance.now() - t0).toFixed(2);
  requestAnimationFrame(() => requestAnimationFrame(() => {
    d.edgeFrameMillis = (performance.now() - t0).toFixed(2); d.edgeDone = n;
  }));
}
