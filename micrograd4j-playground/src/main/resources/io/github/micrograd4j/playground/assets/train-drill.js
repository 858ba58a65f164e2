// The training lab's neuron drill-down: one neuron's scalar graph at one training point, drawn in a panel of the
// lab (viz's graph-view.js fits it) with the expression lab's /api/grad answer, so the run keeps going beside it.
// It names the point and the neuron, and where no gradient reaches the neuron it says why and offers the nearest
// training point where one does (both computed in Java, by the engine: NeuronView).
import * as transport from "./transport.js";
import * as i18n from "./i18n.js";
import {say} from "./i18n.js";

// the panel's words are in the labs' bundles (text-LANG.json, keys t.drill.*); say() keeps them switchable
// why no gradient reaches the neuron, by NeuronView's cause
const ZERO = {"no-loss": "t.drill.zero.no-loss", "paths-off": "t.drill.zero.paths-off",
  "activation-off": "t.drill.zero.relu-off"};

const num = (x) => (x === null || x === undefined ? "\u2013" : Number(x).toPrecision(4));
const $ = (id) => document.getElementById(id);

let view = null;     // graph-view.js on the panel's graph
let shown = null;    // the answer on screen: {neuron, point, nearest, ...}
let seq = 0;

/**
 * Shows a neuron at the training point nearest to (x, y): asks the run (transport.control "program"), then
 * draws the program's graph (transport.grad). onError gets a message for the page's alert.
 */
export async function showNeuron(page, neuron, x, y, onError) {
  const mine = ++seq;
  let v;
  try {
    v = await transport.control(page, {action: "program", neuron, x1: x, x2: y, lang: i18n.current()});
  } catch (e) { onError(e.message); return; }
  if (mine !== seq) return;
  shown = Object.assign({neuronNumber: neuron}, v);
  const panel = $("drill");
  panel.hidden = false;
  if (v.neuron.hidden) say($("drill-title"), "t.drill.title.hidden", v.neuron.index, v.neuron.layer);
  else say($("drill-title"), "t.drill.title.output", v.neuron.index);
  say($("drill-map-number"), "t.drill.map-number", neuron);
  // under the header and the page's alert line, whatever their height at this width
  panel.style.top = Math.max(0, $("message").getBoundingClientRect().bottom + 4) + "px";
  say($("drill-point"), "t.drill.point", v.point.index, v.point.of, num(v.point.x1), num(v.point.x2), v.point.class);
  if (v.activation === "linear") say($("drill-numbers"), "t.drill.numbers.linear", num(v.out), num(v.dLdOut), num(v.dLdz));
  else say($("drill-numbers"), "t.drill.numbers", num(v.z), v.activation, num(v.out), num(v.dLdOut), num(v.dLdz));
  const zero = $("drill-zero");
  zero.replaceChildren();
  zero.hidden = !v.zero;
  if (v.zero) {
    const why = document.createElement("p"); why.id = "drill-why";
    if (v.zero !== "activation-off") say(why, ZERO[v.zero]);
    else if (v.activation === "relu") say(why, "t.drill.zero.relu-off", num(v.z));
    else say(why, "t.drill.zero.flat", v.activation, num(v.z));
    zero.append(why);
    const next = document.createElement("p");
    if (v.nearest) {
      const words = document.createElement("span");
      say(words, "t.drill.nearest", v.nearest.index, num(v.nearest.x1), num(v.nearest.x2), v.nearest.class,
        num(v.nearest.dLdz));
      next.append(words, " ");
      const b = document.createElement("button"); b.type = "button"; b.id = "drill-nearest";
      say(b, "t.drill.show", v.nearest.index);
      b.addEventListener("click", () => showNeuron(page, neuron, v.nearest.x1, v.nearest.x2, onError));
      next.append(b);
    } else {
      say(next, "t.drill.none-live");
    }
    zero.append(next);
  }
  $("drill-program").textContent = v.program;
  const link = $("neuron-link");
  link.href = "/#program=" + encodeURIComponent(v.program);
  say(link, "t.neuron.link");
  say($("drill-graph"), "t.drill.drawing");
  panel.dispatchEvent(new CustomEvent("drill-shown", {bubbles: true}));
  try {
    const answer = await transport.grad({program: v.program, inputs: {}, detectAnomaly: false,
      lang: i18n.current()});
    if (mine !== seq) return;
    const graph = $("drill-graph");
    delete graph.dataset.t; // the drawing replaces the "drawing" words
    graph.innerHTML = answer.svg;
    if (!view) view = window.GraphView.attach(graph);
    view.update();
    i18n.labelZoom(graph); // the bar graph-view.js made in English, in the page's words
    graph.dataset.output = answer.output;
    document.body.dataset.drills = String((+document.body.dataset.drills || 0) + 1);
  } catch (e) {
    $("drill-graph").textContent = "";
    onError(e.message);
  }
}

/** The point shown and the offered one, ringed on the map (the map's drawing calls this last). */
export function markDrill(ctx, bounds, width, height) {
  if (!shown || $("drill").hidden) return;
  const [x0, x1, y0, y1] = bounds;
  const ring = (p, dashed) => {
    ctx.beginPath();
    ctx.arc((p.x1 - x0) / (x1 - x0) * width, (y1 - p.x2) / (y1 - y0) * height, 9, 0, 2 * Math.PI);
    ctx.setLineDash(dashed ? [4, 3] : []); ctx.lineWidth = 2.5; ctx.strokeStyle = "#202124"; ctx.stroke();
    ctx.setLineDash([]);
  };
  ring(shown.point, false);
  if (shown.nearest) ring(shown.nearest, true);
}

/** Hides the panel; a new run hides it too, its numbers being the old run's. */
export function closeDrill() {
  seq++;
  shown = null;
  $("drill").hidden = true;
  $("drill").dispatchEvent(new CustomEvent("drill-shown", {bubbles: true}));
}

/** Wires the close button and Escape; the panel's fixed words. */
export function bindDrill() {
  $("drill-close").textContent = "\u00d7";
  $("drill-close").addEventListener("click", closeDrill);
  document.addEventListener("keydown", (e) => { if (e.key === "Escape" && !$("drill").hidden) closeDrill(); });
}
