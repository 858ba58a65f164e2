// The training lab: settings in the URL fragment (keys as train's options), a run per page behind transport.js,
// frames from its event stream drawn as they come.
import {DATA_LIMIT, parseFragment, linkSettings, fragment, defaultOf, encodeData, decodeData, javaSnippet} from "./train-link.js";
import {PALETTE, paint, checkTable} from "./train-draw.js";
import {selected, shownMap, bindNet, fillLayers, clearSelection, buildDiagram, drawNet, retitle} from "./train-net.js";
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
let playing = false;

// a command to the page's run, its refusal told in the language shown
const ask = (command) => transport.control(page, i18n.withLang(command));
let checked = null;         // the last check of the net, redrawn in another language

const get = (k) => (k in settings ? settings[k] : defaultOf(table, k));
// whether a setting's choice is for regression (real-valued targets), as the settings table says
const regression = (k, id) => !!(table.find((s) => s.key === k)?.choices.find((c) => c.id === id) || {}).regression;
// the form control of a setting, if the page has one (features and layers have their own widgets)
const field = (k) => document.querySelector(`[data-setting="${k}"]`);

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
  fillLayers(layerSizes());
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
    c.title = helpOf(s);
    if (c.tagName === "SELECT" && s.choices.length) {
      const kept = Array.from(c.querySelectorAll("option[data-keep]"));
      c.replaceChildren(...kept.filter((o) => o.value === ""), ...s.choices.map((x) => new Option(choiceLabel(s.key, x), x.id)),
        ...kept.filter((o) => o.value !== ""));
    }
  }
  FEATURES = table.find((s) => s.key === "features").choices.map((x) => [x.id, x.label]);
}

// a setting's help in the language shown (the table has it in each), English where a language lacks it
function helpOf(s) { return (s.helps && s.helps[i18n.current()]) || s.help; }

// a choice as a menu shows it: the bundle's words for it (t.choice.KEY.ID, the id itself in English), else its label
function choiceLabel(key, x) {
  const k = "t.choice." + key + "." + x.id;
  return i18n.has(k) ? t(k) : x.label;
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
    ask({action: "lr", lr: parseFloat(v)}).then((j) => {
      if (j.lrChanges) settings["lr-changes"] = j.lrChanges; else delete settings["lr-changes"];
      info.command = j.command;
      writeFragment();
    }).catch((e) => { plain($("message"), e.message); });
  });
  $("regenerate").addEventListener("click", () => { csvText = null; dataParam = null; dataNote = null; set("seed", String(Math.floor(Math.random() * 1e6))); fillControls(); });
  $("play").addEventListener("click", () => control(playing ? "pause" : "play"));
  $("step-once").addEventListener("click", () => control("step"));
  $("reset").addEventListener("click", () => { delete settings["lr-changes"]; writeFragment(); restart(false); });
  $("discretize").addEventListener("change", drawMap);
  $("show-test").addEventListener("change", drawMap);
  $("csv-choose").addEventListener("click", () => $("csv").click()); // the page's button opens the browser's picker
  $("csv").addEventListener("change", async () => {
    const f = $("csv").files[0];
    if (!f) return;
    plain($("csv-name"), f.name); // a name is the same in every language
    await setData(await f.text());
    restart(false);
  });
  $("map").addEventListener("click", addPoint);
  bindNet(page, drawMap, layerSizes, setLayers);
  $("export-command").addEventListener("click", () => { // the page's own data first, as the file the command reads
    showExport(!info ? "" : (csvText === null ? "" : "cat > upload.csv <<'EOF'\n" +
      csvText.replace(/\n*$/, "\n") + "EOF\n") + info.command);
  });
  $("check").addEventListener("click", checkNet);
  bindDrill(); document.addEventListener("drill-shown", drawMap);
  $("export-model").addEventListener("click", () => ask({action: "model"})
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
  ask({action}).catch((e) => { plain($("message"), e.message); });
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
    const j = await transport.startRun(page, i18n.withLang(body));
    settings = candidate; info = j;
    curve = []; frame = null; clearSelection(); closeDrill();
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
  if (info) { buildDiagram(diagramLabels(), info.sizes, info.featureMaps); drawMap(); drawCurves(); }
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
  ask({action: "check"}).then((j) => { checked = j; drawCheck(); inView($("check-table")); })
    .catch((e) => { plain($("message"), e.message); });
}

// the check's table, its headings in the language shown
function drawCheck() { if (checked) $("check-table").innerHTML = checkTable(checked); }

// ---- drawing ----
function drawMap() {
  const canvas = $("map");
  const ctx = canvas.getContext("2d");
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  if (!frame || !info) return;
  const values = shownMap || frame.map; // a node's map (train-net.js), else the output's
  const n = 100;
  const off = document.createElement("canvas"); off.width = n; off.height = n;
  const octx = off.getContext("2d");
  const img = octx.createImageData(n, n);
  const discrete = $("discretize").checked;
  const classes = info.sizes[info.sizes.length - 1] > 1 && !shownMap;
  // a regression's output on the targets' continuous scale (train-scale.js); a neuron's map as a classifier's
  const scaled = info.regression && !shownMap && !discrete;
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

// the input features' labels, in the net's order (the table's labels)
function diagramLabels() { return get("features").split(",").map((f) => FEATURES.find((x) => x[0] === f)[1]); }

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
  drawNet(f, playing); drawMap(); drawCurves();
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
  if (table.length) buildControls(); // the tooltips and the menus' words
  fillControls();
  if (chart) { chart.destroy(); chart = null; } // uPlot takes its labels when made
  if (info) drawCurves();
  drawCheck();
  retitle();
  if (info) writeFragment(); // before the first run answers, its start writes the link (with the language)
});

// the words first, then the settings table and the run
i18n.start().catch(() => { }).then(() => transport.settings()).then((s) => { table = s; start(); })
  .catch((e) => { say($("message"), "t.settings.failed", e.message); });
