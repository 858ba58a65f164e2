// The training lab: settings in the URL fragment (keys as train's options), a run per page behind transport.js,
// frames from its event stream drawn as they come.
import {DATA_LIMIT, parseFragment, fragment, defaultOf, encodeData, decodeData, javaSnippet} from "./train-link.js";
import {PALETTE, paint, nearestEdge} from "./train-draw.js";
import {scaleLimit, paintScaled, pointFill, showLegend, markRegression} from "./train-scale.js";
import * as transport from "./transport.js";
import * as i18n from "./i18n.js";
import {t, say, plain} from "./i18n.js";
import {showNeuron, markDrill, closeDrill, bindDrill} from "./train-drill.js";

let table = [];             // the settings table from the server: keys, defaults, help, choices
let FEATURES = [];          // [id, label] of every feature, from the table
const $ = (id) => document.getElementById(id);
const page = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, "0")).join("");

let settings = {};          // the non-default settings of the run on screen, as strings
let wanted = null;          // settings a link asks for, not yet accepted by the server
let playOnLoad = false;
let info = null;            // the run: points, sizes, command
let frame = null;           // the newest frame
let early = [];             // frames of a run whose start has not answered yet (a short run may end first)
let curve = [];             // [step, loss, testLoss, accuracy]
let csvText = null;         // uploaded or clicked data
let dataParam = null;       // csvText as the link's data key, null when none or too big
let dataReady = Promise.resolve();
let dataNote = null;          // why the link lacks the data, if it does
let selected = -1;          // the neuron shown in the big map, -1 for the output
let neuronMap = null;
let playing = false;
let lastEdges = 0;
let edgeLines = [];         // [x1, y1, x2, y2, w] of every edge drawn, for the hover value
let checked = null;         // the last check of the net, redrawn in another language

const get = (k) => (k in settings ? settings[k] : defaultOf(table, k));
// whether a setting's choice is for regression (real-valued targets), as the settings table says
const regression = (k, id) => !!(table.find((s) => s.key === k)?.choices.find((c) => c.id === id) || {}).regression;
// the form control of a setting, if the page has one (features and layers have their own widgets)
const field = (k) => document.querySelector(`[data-setting="${k}"]`);

// every key of the link but play, data and lang, unknown ones too: the server names each bad one, and a link is
// applied whole or not at all
function linkSettings(hash) {
  const out = {};
  for (const part of hash.replace(/^#/, "").split("&")) {
    if (!part) continue;
    const i = part.indexOf("=");
    let k; let v;
    try {
      k = decodeURIComponent(i < 0 ? part : part.slice(0, i));
      v = i < 0 ? "" : decodeURIComponent(part.slice(i + 1));
    } catch (e) { k = part; v = ""; }
    if (k !== "play" && k !== "data" && k !== "lang") out[k] = v;
  }
  return out;
}

// reads the link: the settings it asks for (applied once the server accepts them all), play=1, its data
function readFragment() {
  const f = parseFragment(location.hash, table);
  wanted = linkSettings(location.hash); playOnLoad = f.play;
  if (f.data === null) { if (dataParam !== null) { csvText = null; dataParam = null; dataNote = null; } return; }
  if (f.data === dataParam) return;
  dataParam = f.data;
  dataReady = decodeData(f.data).then((text) => { csvText = text; })
    .catch(() => { csvText = null; dataParam = null; dataNote = null; say($("message"), "t.link.unreadable"); });
}

// the link of the run on screen: its settings, its data, and the language if one was chosen
function ownFragment() { return fragment(settings, csvText !== null ? dataParam : null, table, i18n.linkPart()); }

function writeFragment() {
  history.replaceState(null, "", ownFragment());
}

// the page's own points into the link, compressed; past DATA_LIMIT the link keeps the settings only
async function setData(text) {
  csvText = text; dataParam = null; dataNote = null;
  if (text !== null) {
    const encoded = await encodeData(text);
    if (encoded.length <= DATA_LIMIT) dataParam = encoded;
    else {
      dataNote = [text.trim().split("\n").length - 1, encoded.length, DATA_LIMIT];
      say($("message"), "t.link.too-long", ...dataNote);
    }
  }
  writeFragment();
}

function set(k, v) {
  const next = Object.assign({}, settings);
  if (v === "" || v === undefined || v === null || v === defaultOf(table, k)) delete next[k];
  else next[k] = String(v);
  delete next["lr-changes"]; // another run: the last one's rate changes do not carry over
  if (k === "dataset" && next.loss && regression("loss", next.loss) !== regression("dataset", v)) {
    delete next.loss; // a loss of the other kind: the default, which fits a regression dataset too
  }
  restart(false, next);
}

// ---- controls ----
function fillControls() {
  for (const s of table) {
    const c = field(s.key);
    if (c) c.value = get(s.key);
  }
  // the rate in force, a default included (the run's own); blank only before the first run answers
  if (!("lr" in settings) && info && info.lr) $("lr").value = String(info.lr);
  // the noise in force too, the generator's default included (none for uploaded points)
  if (!("noise" in settings) && info && typeof info.noise === "number") $("noise").value = String(info.noise);
  // a slider beside its field shows the value in force; batch goes up to the points trained on (0 is all)
  if (info) $("batch-slider").max = String(Math.max(1, info.train.length));
  for (const r of document.querySelectorAll("[data-slider]")) {
    const v = field(r.dataset.slider).value;
    if (v !== "") r.value = v;
  }
  $("loss-kind").value = get("loss");
  $("steps-total").textContent = get("steps");
  const on = get("features").split(",");
  $("features").replaceChildren(...FEATURES.map(([id, label]) => {
    const b = document.createElement("button");
    b.type = "button"; b.className = "feature" + (on.includes(id) ? "" : " off"); b.textContent = label;
    b.dataset.feature = id; b.setAttribute("aria-pressed", String(on.includes(id)));
    b.addEventListener("click", () => {
      const now = get("features").split(",").filter((f) => f);
      const next = now.includes(id) ? now.filter((f) => f !== id) : FEATURES.map((f) => f[0])
        .filter((f) => now.includes(f) || f === id);
      if (next.length) { set("features", next.join(",")); fillControls(); }
    });
    return b;
  }));
  const layers = layerSizes();
  $("layer-count").textContent = layers.length;
  say($("layer-word"), layers.length === 1 ? "t.layers.one" : "t.layers.many");
  $("layer-controls").replaceChildren(...layers.map((w, i) => {
    const span = document.createElement("span"); span.className = "layer-width";
    const minus = document.createElement("button"); minus.type = "button"; minus.textContent = "−";
    const plus = document.createElement("button"); plus.type = "button"; plus.textContent = "+";
    const input = document.createElement("input"); input.type = "number"; input.min = 1; input.max = 64; input.value = w;
    input.setAttribute("aria-label", t("t.layer.width", i + 1));
    const change = (n) => { const l = layerSizes(); l[i] = Math.max(1, Math.min(64, n)); setLayers(l); };
    minus.addEventListener("click", () => change(w - 1));
    plus.addEventListener("click", () => change(w + 1));
    input.addEventListener("change", () => change(parseInt(input.value, 10) || 1));
    span.append(minus, input, plus);
    return span;
  }));
}

function layerSizes() {
  const l = get("layers");
  return l === "none" || l === "" ? [] : l.split(",").map((x) => parseInt(x, 10));
}

function setLayers(l) { set("layers", l.length ? l.join(",") : "none"); fillControls(); }

// each control's help and, for a choice, its options, from the table; the page's own options (data-keep) stay:
// an empty one (the default that depends on other settings) first, the others last
function buildControls() {
  for (const s of table) {
    const c = field(s.key);
    if (!c) continue;
    c.title = s.help;
    if (c.tagName === "SELECT" && s.choices.length) {
      const kept = Array.from(c.querySelectorAll("option[data-keep]"));
      c.replaceChildren(...kept.filter((o) => o.value === ""), ...s.choices.map((x) => new Option(x.label, x.id)),
        ...kept.filter((o) => o.value !== ""));
    }
  }
  FEATURES = table.find((s) => s.key === "features").choices.map((x) => [x.id, x.label]);
}

function bindControls() {
  for (const s of table) {
    const c = field(s.key);
    if (!c || s.key === "lr") continue; // the rate has its own handler below
    const changed = (v) => {
      if (s.generatorOnly || s.key === "dataset" || s.key === "seed") { // new data
        csvText = null; dataParam = null; dataNote = null;
      }
      set(s.key, v); fillControls();
    };
    c.addEventListener("change", () => changed(c.value));
    // a slider restarts the run when let go ("change"); while dragged ("input") its field shows the number
    const r = document.querySelector(`[data-slider="${s.key}"]`);
    if (r) {
      r.addEventListener("input", () => { c.value = r.value; });
      r.addEventListener("change", () => changed(r.value));
    }
  }
  field("lr").addEventListener("change", () => {
    const v = field("lr").value;
    if (!info || (frame && frame.step === 0 && v !== "")) { // before the first update: the run's own rate
      const next = Object.assign({}, settings);
      if (v === "") delete next.lr; else next.lr = v;
      delete next["lr-changes"]; restart(playing, next); return;
    }
    if (v === "") return; // a running run's rate cannot be unset (clearing the field to type a new one)
    // the run's rate changes from its next update on; the link keeps it as step:lr in lr-changes
    transport.control(page, {action: "lr", lr: parseFloat(v)}).then((j) => {
      if (j.lrChanges) settings["lr-changes"] = j.lrChanges; else delete settings["lr-changes"];
      info.command = j.command;
      writeFragment();
    }).catch((e) => { plain($("message"), e.message); });
  });
  $("layer-plus").addEventListener("click", () => { const l = layerSizes(); if (l.length < 6) { l.push(4); setLayers(l); } });
  $("layer-minus").addEventListener("click", () => { const l = layerSizes(); l.pop(); setLayers(l); });
  $("regenerate").addEventListener("click", () => { csvText = null; dataParam = null; dataNote = null; set("seed", String(Math.floor(Math.random() * 1e6))); fillControls(); });
  $("play").addEventListener("click", () => control(playing ? "pause" : "play"));
  $("step-once").addEventListener("click", () => control("step"));
  $("reset").addEventListener("click", () => { delete settings["lr-changes"]; writeFragment(); restart(false); });
  $("discretize").addEventListener("change", drawMap);
  $("show-test").addEventListener("change", drawMap);
  $("csv").addEventListener("change", async () => {
    const f = $("csv").files[0];
    if (!f) return;
    await setData(await f.text());
    restart(false);
  });
  $("map").addEventListener("click", addPoint);
  $("diagram").addEventListener("mousemove", (ev) => {
    const box = $("diagram").getBoundingClientRect();
    const w = nearestEdge(edgeLines, ev.clientX - box.left, ev.clientY - box.top);
    $("diagram").title = w === null ? "" : "w = " + w.toPrecision(4);
  });
  $("export-command").addEventListener("click", () => { // the page's own data first, as the file the command reads
    showExport(!info ? "" : (csvText === null ? "" : "cat > upload.csv <<'EOF'\n" +
      csvText.replace(/\n*$/, "\n") + "EOF\n") + info.command);
  });
  $("check").addEventListener("click", checkNet);
  bindDrill(); document.addEventListener("drill-shown", drawMap);
  $("export-model").addEventListener("click", () => transport.control(page, {action: "model"})
    .then((j) => { showExport(j.model); }).catch((e) => { plain($("message"), e.message); }));
  $("export-java").addEventListener("click", () => { showExport(javaSnippet(settings, csvText !== null ? "upload.csv" : null)); });
  $("export-curves").addEventListener("click", () => {
    showExport("step,loss,test_loss,accuracy\n" + curve.map((p) => p.map((v) => v ?? "").join(",")).join("\n"));
  });
}

// a result a click produced, scrolled into view where the eye is
function showExport(text) { $("export").textContent = text; inView($("export")); }
function inView(el) { if (el && el.textContent) el.scrollIntoView({block: "nearest", behavior: "instant"}); }

// ---- the run ----
function control(action) {
  if (!info) return;
  transport.control(page, {action}).catch((e) => { plain($("message"), e.message); });
}

// Starts a run with `next` (the settings on screen when omitted). Only once the server has accepted it do the
// settings, fields, link, drawing, map, chart and counters change, together; a refusal leaves the run on
// screen and its settings as they were, and names every bad key in the one alert.
async function restart(play, next) {
  await dataReady;
  let mine = []; // the new run's frames that came before its start answered, shown once it has
  const candidate = next || settings;
  const body = {settings: Object.assign({}, candidate), play};
  if (csvText !== null) { body.csv = csvText; delete body.settings.dataset; }
  try {
    const j = await transport.startRun(page, body);
    settings = candidate; info = j;
    curve = []; frame = null; selected = -1; neuronMap = null; closeDrill();
    if (dataNote) say($("message"), "t.link.too-long", ...dataNote); else say($("message"), null);
    resetCounters(); markRegression(info);
    mine = early.filter((f) => f.run === j.run);
    early = [];
  } catch (e) {
    const kept = info ? "t.link.refused" : "t.link.defaults";
    say($("message"), kept, e.message);
    if (!info && Object.keys(candidate).length) { // nothing on screen yet: the defaults, so that fields and run agree
      settings = {}; writeFragment(); fillControls();
      return restart(false).then(() => { say($("message"), kept, e.message); });
    }
  }
  writeFragment(); fillControls();
  $("steps-total").textContent = get("steps");
  if (info) { buildDiagram(); drawMap(); drawCurves(); }
  mine.forEach(show);
}

// a frame of the run on screen is drawn; one of a run still starting waits for its start's answer
function onFrame(f) {
  if (info && f.run === info.run) { show(f); return; }
  early.push(f);
  if (early.length > 100) early.shift();
}

function resetCounters() {
  for (const id of ["loss", "test-loss", "accuracy", "test-accuracy"]) $(id).textContent = "–";
  $("step").textContent = "0";
  $("lr-now").textContent = info && info.lr ? info.lr.toPrecision(4) : "–";
}

function addPoint(ev) {
  const cls = $("add-class").value;
  if (!info || !frame) return;
  const r = $("map").getBoundingClientRect();
  const [x0, x1, y0, y1] = frame.bounds;
  // 4 decimals: the link stays short and holds exactly the numbers trained on
  const x = Math.round((x0 + (ev.clientX - r.left) / r.width * (x1 - x0)) * 1e4) / 1e4;
  const y = Math.round((y1 - (ev.clientY - r.top) / r.height * (y1 - y0)) * 1e4) / 1e4;
  if (cls === "") { if (selected >= 0) openNeuron(selected, x, y); return; }
  const base = csvText !== null ? csvText.replace(/\n*$/, "\n")
    : "x1,x2,label\n" + info.train.concat(info.test || []).map((p) => p.join(",") + "\n").join("");
  setData(base + [x, y, cls].join(",") + "\n").then(() => restart(false));
}

// the neuron's graph at the nearest training point, in the lab's own panel (train-drill.js)
function openNeuron(neuron, x, y) {
  showNeuron(page, neuron, x, y, (m) => { plain($("message"), m); });
}

function checkNet() {
  transport.control(page, {action: "check"}).then((j) => { checked = j; drawCheck(); inView($("check-table")); })
    .catch((e) => { plain($("message"), e.message); });
}

// the check's table, its headings in the language shown
function drawCheck() {
  const j = checked;
  if (!j) return;
  {
    const rows = j.rows.map((r) => `<tr><td>${r.parameter}</td><td>${fmt(r.analytic)}</td><td>${fmt(r.numeric)}</td>` +
      `<td>${fmt(r.relative)}</td></tr>`).join("");
    const heads = [t("t.check.parameter"), t("t.check.backward"), t("t.check.numeric", j.h), t("t.check.relative")];
    $("check-table").innerHTML = "<tr>" + heads.map((h) => "<th>" + escape(h) + "</th>").join("") + "</tr>" + rows;
  }
}

function escape(text) { return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); }

function fmt(v) { return v === null ? "–" : v.toPrecision(6); }

// ---- drawing ----
function drawMap() {
  const canvas = $("map");
  const ctx = canvas.getContext("2d");
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  if (!frame || !info) return;
  const values = selected >= 0 && neuronMap ? neuronMap : frame.map;
  const n = 100;
  const off = document.createElement("canvas"); off.width = n; off.height = n;
  const octx = off.getContext("2d");
  const img = octx.createImageData(n, n);
  const discrete = $("discretize").checked;
  const classes = info.sizes[info.sizes.length - 1] > 1 && selected < 0;
  // a regression's output on the targets' continuous scale (train-scale.js); a neuron's map as a classifier's
  const scaled = info.regression && selected < 0 && !discrete;
  const lim = info.regression ? scaleLimit(info) : 1;
  // maps come in thousandths (whole numbers, quick to write and parse)
  for (let i = 0; i < n * n; i++) {
    if (scaled) paintScaled(img.data, i, (values[i] ?? 0) / 1000, lim);
    else paint(img.data, i, (values[i] ?? 0) / 1000, discrete, classes);
  }
  showLegend(scaled, values, lim);
  octx.putImageData(img, 0, 0);
  ctx.imageSmoothingEnabled = !discrete;
  ctx.drawImage(off, 0, 0, canvas.width, canvas.height);
  const [x0, x1, y0, y1] = frame.bounds;
  const dot = (p, test) => {
    const px = (p[0] - x0) / (x1 - x0) * canvas.width;
    const py = (y1 - p[1]) / (y1 - y0) * canvas.height;
    ctx.beginPath(); ctx.arc(px, py, 4, 0, 2 * Math.PI);
    ctx.fillStyle = info.regression ? pointFill(p[2], lim)
      : info.classes > 2 ? PALETTE[p[2] % PALETTE.length] : (p[2] === 1 ? "#0877bd" : "#f59322");
    ctx.fill(); ctx.lineWidth = 1; ctx.strokeStyle = test ? "#000" : "#fff"; ctx.stroke();
  };
  info.train.forEach((p) => dot(p, false));
  // the test points on request, as TensorFlow Playground's "show test data"; the counts drawn for tests to read
  const tests = $("show-test").checked ? (info.test || []) : [];
  tests.forEach((p) => dot(p, true));
  canvas.dataset.trainDrawn = String(info.train.length);
  canvas.dataset.testDrawn = String(tests.length);
  markDrill(ctx, frame.bounds, canvas.width, canvas.height);
}

// the train and test loss per step on uPlot's axes, with its legend reading the step under the mouse
let chart = null;
function drawCurves() {
  const data = [curve.map((p) => p[0]), curve.map((p) => p[1]), curve.map((p) => p[2])];
  const box = $("curves");
  const width = Math.max(200, box.clientWidth || 400);
  if (!chart || chart.width !== width) {
    if (chart) chart.destroy();
    chart = new window.uPlot({
      width, height: 190,
      scales: {x: {time: false, range: () => [0, Math.max(1, parseInt(get("steps"), 10))]}},
      series: [{label: t("t.chart.step"), value: (u, v) => v ?? "–"},
        {label: t("t.chart.loss"), stroke: "#202124", width: 1.5, value: (u, v) => (v == null ? "–" : v.toPrecision(5))},
        {label: t("t.chart.test-loss"), stroke: "#d93025", width: 1.5, spanGaps: true,
          value: (u, v) => (v == null ? "–" : v.toPrecision(5))}],
      axes: [{label: t("t.chart.step"), size: 40}, {label: t("t.chart.axis"), size: 56}],
      legend: {live: true}
    }, data, box);
  } else {
    chart.setData(data);
  }
}

function buildDiagram() {
  const cols = $("columns");
  cols.replaceChildren();
  const feats = get("features").split(",");
  const layers = [feats.map((f) => FEATURES.find((x) => x[0] === f)[1])].concat(info.sizes.map((n) => Array(n).fill("")));
  let neuron = 0;
  layers.forEach((layer, li) => {
    const col = document.createElement("div"); col.className = "column";
    const title = document.createElement("span"); title.className = "title";
    if (li === 0) say(title, "t.diagram.inputs"); else if (li === layers.length - 1) say(title, "t.diagram.output");
    else say(title, "t.diagram.layer", li);
    col.append(title);
    const size = layer.length > 16 ? 12 : 28;
    for (const label of layer) {
      if (li === 0) {
        const s = document.createElement("span"); s.className = "feature"; s.textContent = label; col.append(s);
      } else {
        const cv = document.createElement("canvas"); cv.width = 20; cv.height = 20; cv.className = "neuron";
        cv.style.width = cv.style.height = size + "px";
        cv.dataset.neuron = neuron; cv.dataset.tTitle = "t.diagram.neuron"; cv.title = t("t.diagram.neuron", neuron);
        const id = neuron;
        cv.addEventListener("click", () => selectNeuron(id));
        col.append(cv); neuron++;
      }
    }
    cols.append(col);
  });
}

function selectNeuron(id) {
  selected = selected === id ? -1 : id;
  document.querySelectorAll(".neuron").forEach((c) => c.classList.toggle("selected", +c.dataset.neuron === selected));
  if (selected < 0) say($("map-title"), "t.map.output"); else say($("map-title"), "t.map.neuron", selected);
  if (selected < 0) { neuronMap = null; drawMap(); return; }
  transport.control(page, {action: "neuron", neuron: id}).then((j) => { neuronMap = j.map; drawMap(); })
    .catch((e) => { plain($("message"), e.message); });
}

function drawThumbs() {
  document.querySelectorAll(".neuron").forEach((cv) => {
    const t = frame.thumbs[+cv.dataset.neuron];
    if (!t) return;
    const ctx = cv.getContext("2d"); const img = ctx.createImageData(20, 20);
    for (let i = 0; i < 400; i++) paint(img.data, i, (t[i] ?? 0) / 1000, false, false);
    ctx.putImageData(img, 0, 0);
  });
}

// one line per weight on a canvas, in one path per colour and width (thousands of edges, a few strokes); past
// 1,000 edges |w| is the line's opacity instead of its width: hairlines draw 5x faster (docs/PERFORMANCE.md)
function drawEdges() {
  const t0 = performance.now();
  const cv = $("edges");
  const box = $("diagram").getBoundingClientRect();
  const ratio = window.devicePixelRatio || 1;
  cv.width = Math.round(box.width * ratio); cv.height = Math.round(box.height * ratio);
  const ctx = cv.getContext("2d");
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  const cols = Array.from(document.querySelectorAll("#columns .column"));
  const centres = cols.map((c) => Array.from(c.querySelectorAll(".feature, .neuron")).map((e) => {
    const r = e.getBoundingClientRect();
    return [r.left - box.left, r.right - box.left, (r.top + r.bottom) / 2 - box.top];
  }));
  const paths = new Map();
  edgeLines = [];
  let w = 0;
  for (let l = 1; l < centres.length; l++) {
    for (const to of centres[l]) {
      for (const from of centres[l - 1]) {
        const v = frame.weights[w++];
        const key = (v >= 0 ? "+" : "-") + Math.round(Math.min(6, 0.5 + Math.abs(v) * 1.5) * 4); // quarter pixels
        if (!paths.has(key)) paths.set(key, new Path2D());
        paths.get(key).moveTo(from[1], from[2]); paths.get(key).lineTo(to[0], to[2]);
        edgeLines.push([from[1], from[2], to[0], to[2], v]);
      }
      w++; // the neuron's bias
    }
  }
  const hair = edgeLines.length > 1000;
  for (const [key, path] of paths) {
    const width = +key.slice(1) / 4;
    ctx.strokeStyle = key[0] === "+" ? "#0877bd" : "#f59322";
    ctx.lineWidth = hair ? 1 : width; ctx.globalAlpha = hair ? Math.min(1, 0.1 + width / 6) : 0.6;
    ctx.stroke(path);
  }
  // for docs/playground/trainlab-edges.sh: the script's time, and the time until the frame after them is drawn
  const d = document.body.dataset; const n = (+d.edgeDraws || 0) + 1;
  d.edgeDraws = n; d.edgeCount = edgeLines.length; d.edgeMillis = (performance.now() - t0).toFixed(2);
  requestAnimationFrame(() => requestAnimationFrame(() => {
    d.edgeFrameMillis = (performance.now() - t0).toFixed(2); d.edgeDone = n;
  }));
}

function show(f) {
  frame = f;
  for (const p of f.curve) curve.push(p);
  playing = f.playing;
  if ($("play").dataset.t !== (playing ? "t.pause" : "t.play")) say($("play"), playing ? "t.pause" : "t.play");
  $("step").textContent = f.step;
  $("loss").textContent = f.loss === null ? "–" : f.loss.toPrecision(6);
  $("test-loss").textContent = f.testLoss === null ? "–" : f.testLoss.toPrecision(6);
  $("accuracy").textContent = f.accuracy === null ? "–" : String(f.accuracy);
  $("test-accuracy").textContent = f.testAccuracy === null || f.testAccuracy === undefined ? "–" : String(f.testAccuracy);
  $("lr-now").textContent = f.lr.toPrecision(4);
  if (selected >= 0 && !playing) {
    transport.control(page, {action: "neuron", neuron: selected}).then((j) => { neuronMap = j.map; drawMap(); });
  }
  drawMap(); drawThumbs(); drawCurves();
  const now = performance.now();
  if (!playing || now - lastEdges > 200) { drawEdges(); lastEdges = now; }
  document.body.dataset.frames = String((+document.body.dataset.frames || 0) + 1);
}

function start() {
  readFragment();
  buildControls();
  fillControls();
  bindControls();
  const closeEvents = transport.trainEvents(page, {
    onHello: () => {
      say($("connection"), transport.capabilities().server ? "app.connected" : "app.local"); $("connection").className = "connection live";
      restart(playOnLoad, wanted);
    },
    onFrame,
    onGone: () => { say($("connection"), "app.disconnected"); $("connection").className = "connection down"; }
  });
  window.addEventListener("pagehide", closeEvents);
  window.addEventListener("hashchange", () => {
    if (location.hash === ownFragment()) return; // our own replaceState
    const lang = i18n.fromLink(location.hash);
    if (lang !== null && lang !== i18n.current()) i18n.use(lang, true);
    if (i18n.withoutLang(location.hash) === i18n.withoutLang(ownFragment())) return; // only the language changed
    readFragment(); restart(playOnLoad, wanted); // play=1 plays this link's run, whatever came before
  });
}

// A switch of language redraws the words in place; the run goes on (no restart), its settings and link kept.
i18n.onChange(() => {
  fillControls();
  if (chart) { chart.destroy(); chart = null; } // uPlot takes its labels when made
  if (info) drawCurves();
  drawCheck();
  const neuronTitle = (cv) => { cv.title = t(cv.dataset.tTitle, cv.dataset.neuron); };
  document.querySelectorAll("canvas.neuron").forEach(neuronTitle);
  if (info) writeFragment(); // before the first run answers, its start writes the link (with the language)
});

// the words first, then the settings table and the run
i18n.start().catch(() => { }).then(() => transport.settings()).then((s) => { table = s; start(); })
  .catch((e) => { say($("message"), "t.settings.failed", e.message); });
