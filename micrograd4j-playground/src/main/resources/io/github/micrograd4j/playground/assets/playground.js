// The expression lab. It talks to the server only through transport.js (the JSON API: grad, png, examples,
// events), so anything it shows can be scripted, and the web edition can put its own transport underneath.
import {details as showDetails, download, gradJson, n4, renderCheck, renderInputs as drawInputs} from "./panels.js";
import * as transport from "./transport.js";
import * as i18n from "./i18n.js";
import {t, say} from "./i18n.js";

const $ = (id) => document.getElementById(id);
const editor = $("program");
const mirror = $("mirror");
const graph = $("graph");
const view = window.GraphView.attach(graph); // fitted on every redraw and resize; zoom and pan

const EDIT_DELAY_MS = 25; // coalesces a burst of keystrokes; requests never overlap (see schedule)
const PLAY_MS = 900;
const MANY_INPUTS = 50;

const state = {
  last: null,        // the last good answer of /api/grad
  overrides: {},     // input name -> the value a slider set
  at: -1,            // the step shown; -1 shows every grad, as grad --svg draws it
  playing: null,     // the play timer
  inFlight: false,
  pending: false,
  timer: null,
  seq: 0,
  nudge: null,       // {name, x0, l0, grad0}: the point a nudge started from
  check: false,
  selected: null,
  editAt: 0,         // when the edit being drawn was typed (performance.now())
  heldGrads: {}      // box id -> its grad text in the picture as drawn
};
window.playground = {renders: 0, lastRenderMs: NaN, state: state};

function details(id) { showDetails(state, graph, id); inView($("details")); }

// a result a click produced: scrolled into its column's view, where the eye is
function inView(el) {
  if (el && el.firstChild) { el.scrollIntoView({block: "nearest", behavior: "instant"}); }
}
function renderInputs(answer) { drawInputs(state, answer, nudgeTo); }

function request(extra) {
  return Object.assign({
    program: editor.value,
    inputs: state.overrides,
    detectAnomaly: $("anomaly").checked,
    lang: i18n.current() // the steps' sentences, the node rules and the boxes' words; numbers and keys are the same
  }, extra || {});
}

// Runs the program now if no request is in flight, else once the one in flight has answered: the page
// never queues more than one request, however fast the typing.
function schedule(delay) {
  clearTimeout(state.timer);
  state.timer = setTimeout(function () {
    if (state.inFlight) { state.pending = true; return; }
    run();
  }, delay);
}

async function run() {
  state.inFlight = true;
  state.pending = false;
  const seq = ++state.seq;
  const editAt = state.editAt;
  const check = state.check;
  state.check = false;
  try {
    const t0 = performance.now();
    let answer;
    try {
      answer = await transport.grad(request(check ? {check: true} : null));
    } catch (e) {
      if (seq === state.seq) { showError(e instanceof transport.TransportError ? e.answer : notAnswered(e)); }
      return;
    }
    if (seq !== state.seq) { return; }
    const t1 = performance.now();
    render(answer, check);
    // for docs/PERFORMANCE.md: the request (server and network, JSON parsed) and the page's own work
    window.playground.lastTimings = {fetchMs: t1 - t0, renderMs: performance.now() - t1};
  } finally {
    state.inFlight = false;
    if (state.pending) { run(); }
    if (editAt) {
      requestAnimationFrame(function () {
        window.playground.lastRenderMs = performance.now() - editAt;
      });
    }
  }
}

function notAnswered(e) {
  return {error: t("x.unanswered", e.message)};
}

function showError(answer) {
  graph.classList.add("stale");
  const where = answer.line > 0 ? answer.line + ":" + answer.column : "";
  if (answer.kind === "anomaly") {
    $("anomaly-message").textContent = t("x.anomaly.message", answer.error);
    $("error").textContent = "";
    mark(answer.line, answer.column);
  } else {
    $("error").textContent = answer.error || t("x.error");
    $("error").dataset.where = where;
    $("anomaly-message").textContent = "";
    mark(answer.line, answer.column);
  }
  inView(answer.kind === "anomaly" ? $("anomaly-message") : $("error"));
  $("excerpt").textContent = answer.excerpt || "";
}

function clearError() {
  graph.classList.remove("stale");
  $("error").textContent = "";
  $("error").dataset.where = "";
  $("excerpt").textContent = "";
  $("anomaly-message").textContent = "";
  mark(0, 0);
}

// The error's character, highlighted in the mirror behind the (transparent) editor.
function mark(line, column) {
  mirror.textContent = "";
  const text = editor.value;
  if (!(line > 0)) { mirror.textContent = text + "\n"; return; }
  const lines = text.split("\n");
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) { offset += lines[i].length + 1; }
  offset = Math.min(text.length, offset + Math.max(0, column - 1));
  const at = document.createElement("mark");
  at.id = "error-mark";
  const onChar = offset < text.length && text[offset] !== "\n";
  at.textContent = onChar ? text[offset] : " "; // past the end of a line: a space marks the spot
  mirror.append(text.slice(0, offset), at, text.slice(onChar ? offset + 1 : offset) + "\n");
  mirror.scrollTop = editor.scrollTop;
}

function render(answer, checked) {
  clearError();
  const sameShape = state.last !== null && state.last.steps.length === answer.steps.length;
  state.last = answer;
  graph.innerHTML = answer.svg;
  view.update();
  i18n.labelZoom(graph);
  markNotes(answer);
  state.heldGrads = {};
  answer.steps.forEach(function (step) {
    const grad = document.getElementById(step.id + "-grad");
    state.heldGrads[step.id] = grad ? grad.textContent : "";
    const g = document.getElementById(step.id);
    if (g) { // each box is a button for the keyboard: Tab to it, Enter shows its details
      g.setAttribute("tabindex", "0");
      g.setAttribute("role", "button");
      g.setAttribute("aria-label", t("x.node", step.name));
    }
  });
  $("output").textContent = answer.output + " = " + n4(answer.data);
  if (answer.inputs.length > MANY_INPUTS && $("inputs").dataset.names !== answer.inputs.map((x) => x.name).join("\n")) {
    // hundreds of new sliders cost about as much as the graph: draw the graph first, the sliders just after
    setTimeout(() => { if (state.last === answer) { renderInputs(answer); } }, 0);
  } else {
    renderInputs(answer);
  }
  if (checked) { state.lastCheck = answer.check; renderCheck(answer.check); inView($("check-result")); }
  if (!sameShape) { state.at = -1; stop(); }
  show(state.at);
  if (state.selected !== null && answer.nodes.some((node) => node.id === state.selected)) {
    details(state.selected);
  } else {
    state.selected = null;
    $("details").textContent = "";
  }
  window.playground.renders++;
  saveFragment(); // the nudged inputs too, so that a reload keeps them
}

// A division's ** -1 and * are marked where they are drawn, with the engine's note on hover (and in the details).
function markNotes(answer) {
  answer.nodes.forEach(function (node) {
    const op = node.note ? document.getElementById(node.id + "-op") : null;
    if (!op) { return; }
    op.classList.add("noted");
    const title = document.createElementNS("http://www.w3.org/2000/svg", "title");
    title.textContent = node.note;
    op.prepend(title);
  });
}

// ---- stepping through backprop, as the walkthrough page does ----
function show(index) {
  const answer = state.last;
  if (!answer) { return; }
  const steps = answer.steps;
  state.at = Math.max(-1, Math.min(steps.length - 1, index));
  const at = state.at;
  steps.forEach(function (step, i) {
    const g = document.getElementById(step.id);
    if (!g) { return; }
    const grad = document.getElementById(step.id + "-grad");
    // only changed texts are touched: each write makes the browser lay that text out again
    const text = at >= 0 ? t("x.cell.grad", i <= at ? step.grad : "") : state.heldGrads[step.id];
    if (grad.textContent !== text) { grad.textContent = text; }
    if (g.classList.contains("current") !== (i === at)) { g.classList.toggle("current", i === at); }
  });
  if (at < 0) {
    // every grad as the nodes hold them (set above): exactly the picture grad --svg draws
    say($("counter"), "x.counter.all", steps.length);
    $("text").textContent = "";
    $("reason").textContent = "";
  } else {
    say($("counter"), "x.counter.step", at + 1, steps.length);
    $("text").textContent = steps[at].text;
    $("reason").textContent = steps[at].reason === "" ? "" : t("x.because", steps[at].reason);
    reveal(document.getElementById(steps[at].id));
  }
  $("prev").disabled = at <= 0;
  $("next").disabled = at === steps.length - 1;
}

// Pans the graph (never the page) so that the node is in view.
function reveal(g) { view.reveal(g); }

function play() {
  if (state.playing) { stop(); return; }
  if (!state.last) { return; }
  if (state.at >= state.last.steps.length - 1) { show(-1); }
  say($("play"), "x.pause");
  show(state.at + 1);
  state.playing = setInterval(function () {
    if (state.at >= state.last.steps.length - 1) { stop(); return; }
    show(state.at + 1);
  }, PLAY_MS);
}

function stop() {
  clearInterval(state.playing);
  state.playing = null;
  say($("play"), "x.play");
}

graph.addEventListener("click", function (e) {
  const g = e.target.closest && e.target.closest("g.value");
  if (g) { details(g.id); }
});
graph.addEventListener("keydown", function (e) {
  const g = e.target.closest && e.target.closest("g.value");
  if (g && (e.key === "Enter" || e.key === " ")) { details(g.id); e.preventDefault(); }
});

// ---- inputs: nudge one and watch L ----
function nudgeTo(name, x) {
  const answer = state.last;
  if (!answer) { return; }
  if (!state.nudge || state.nudge.name !== name) {
    const input = answer.inputs.find((i) => i.name === name);
    state.nudge = {name: name, x0: input.value, l0: answer.data, grad0: input.grad};
  }
  state.overrides[name] = x;
  state.editAt = performance.now();
  schedule(0);
}

// ---- downloads, made in memory ----
$("download-svg").addEventListener("click", function () {
  if (state.last) {
    download("graph.svg", new Blob(["<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n" + state.last.svg],
      {type: "image/svg+xml"}));
  }
});
$("download-dot").addEventListener("click", function () {
  if (state.last) { download("graph.dot", new Blob([state.last.dot], {type: "text/vnd.graphviz"})); }
});
$("download-json").addEventListener("click", function () {
  if (state.last) { download("graph.json", new Blob([gradJson(state.last)], {type: "application/json"})); }
});
$("download-png").addEventListener("click", async function () {
  try {
    download("graph.png", await transport.png(request()));
  } catch (e) {
    showError(e instanceof transport.TransportError ? e.answer : notAnswered(e));
  }
});

// ---- the program in the address: #program=URL-ENCODED, and the nudged inputs as &inputs=URL-ENCODED-JSON ----
function saveFragment() {
  const nudged = Object.keys(state.overrides).length
    ? "&inputs=" + encodeURIComponent(JSON.stringify(state.overrides)) : "";
  const lang = i18n.linkPart();
  const hash = "#program=" + encodeURIComponent(editor.value) + nudged + (lang ? "&" + lang : "");
  if (location.hash !== hash) { history.replaceState(null, "", hash); }
}

// {program, inputs} from the address, or null; '+' reads as a space, as form encoding (Java's URLEncoder)
// writes it; this page writes '+' as %2B
function fromFragment() {
  const m = /^#program=([^&]*)(?:&inputs=([^&]*))?$/s.exec(i18n.withoutLang(location.hash));
  if (!m) { return null; }
  try {
    const program = decodeURIComponent(m[1].replace(/\+/g, "%20"));
    let inputs = {};
    if (m[2]) {
      const parsed = JSON.parse(decodeURIComponent(m[2]));
      for (const [name, x] of Object.entries(parsed)) { if (typeof x === "number" && isFinite(x)) { inputs[name] = x; } }
    }
    return {program, inputs};
  } catch (e) { return null; }
}

// ---- wiring ----
editor.addEventListener("input", function () {
  state.overrides = {};
  state.nudge = null;
  state.editAt = performance.now();
  mark(0, 0);
  schedule(EDIT_DELAY_MS);
});
editor.addEventListener("scroll", () => { mirror.scrollTop = editor.scrollTop; });
$("anomaly").addEventListener("change", () => schedule(0));
$("check").addEventListener("click", function () { state.check = true; schedule(0); });
$("prev").addEventListener("click", () => { stop(); show(state.at - 1); });
$("next").addEventListener("click", () => { stop(); show(state.at + 1); });
$("all").addEventListener("click", () => { stop(); show(-1); });
$("play").addEventListener("click", play);
document.addEventListener("keydown", function (e) {
  const t = e.target;
  if (t && (t.tagName === "TEXTAREA" || t.tagName === "INPUT" || t.tagName === "SELECT")) { return; }
  if (e.key === "ArrowRight") { stop(); show(state.at + 1); e.preventDefault(); }
  else if (e.key === "ArrowLeft") { stop(); show(state.at - 1); e.preventDefault(); }
  else if (e.key === "Home") { stop(); show(0); e.preventDefault(); }
  else if (e.key === "End") { stop(); show(state.last ? state.last.steps.length - 1 : -1); e.preventDefault(); }
});

function load(program, inputs) {
  editor.value = program;
  state.overrides = Object.assign({}, inputs || {});
  state.nudge = null;
  state.editAt = performance.now();
  mark(0, 0);
  schedule(0);
}

// ---- the language: the page's words from its bundle, the server's sentences asked for in it ----
// A switch keeps everything on screen: the program, the nudged inputs, the step shown and a playing walkthrough;
// the grad is asked for again in the new language, and its numbers are the same to the character.
i18n.onChange(function () {
  if (state.lastCheck) { renderCheck(state.lastCheck); }
  // before the first answer, the program loading asks in the new language and writes the link itself
  if (state.last) { saveFragment(); schedule(0); }
});

// the words first, so that nothing is drawn in a language it is not in
i18n.start().catch(function (e) { showError(notAnswered(e)); }).then(begin);

// an example's program with its first comment in the language shown (x.example.NAME.comment; the English one is
// the program's own): a comment changes no number of the run
function commented(ex) {
  const key = "x.example." + ex.name + ".comment";
  return ex.program.startsWith("#") && i18n.has(key) ? ex.program.replace(/^#[^\n]*/, t(key)) : ex.program;
}

function begin() {
  transport.examples().then(function (examples) {
    const select = $("examples");
    examples.forEach(function (ex) {
      const option = document.createElement("option");
      option.value = ex.name;
      // the title in the language shown; the API's own (English) title for an example the bundles lack
      if (i18n.has("x.example." + ex.name)) { say(option, "x.example." + ex.name); } else { option.textContent = ex.title; }
      select.append(option);
    });
    select.addEventListener("change", function () {
      const ex = examples.find((x) => x.name === select.value);
      if (ex) { load(commented(ex)); }
    });
    const linked = fromFragment();
    if (linked !== null) { load(linked.program, linked.inputs); } else { load(commented(examples[0])); }
  }).catch(function (e) {
    showError({error: t("x.examples.failed", e.message)});
  });

  // the help line's functions, from the engine's ops (a new op shows up without an edit here)
  transport.functions().then((list) => {
    $("functions").textContent = list.map((f) => (f.arity === 2 ? f.name + "(x, y)" : f.name)).join(" ");
  }).catch(() => { say($("functions"), "x.functions.failed"); });

  // a link with another program or language, followed from this page (or typed into the address bar)
  window.addEventListener("hashchange", function () {
    const lang = i18n.fromLink(location.hash);
    if (lang !== null && lang !== i18n.current()) { i18n.use(lang, true); }
    const linked = fromFragment();
    if (linked !== null && (linked.program !== editor.value
        || JSON.stringify(linked.inputs) !== JSON.stringify(state.overrides))) { load(linked.program, linked.inputs); }
  });

  // ---- the event stream: whether the server is still there ----
  const connection = $("connection");
  const closeEvents = transport.events(function () {
    // the web edition has no server: it says where the lab runs instead of "connected"
    say(connection, transport.capabilities().server ? "app.connected" : "app.local");
    connection.className = "connection live";
  }, function () {
    say(connection, "app.gone");
    connection.className = "connection down";
  });
  window.addEventListener("pagehide", closeEvents);
}
