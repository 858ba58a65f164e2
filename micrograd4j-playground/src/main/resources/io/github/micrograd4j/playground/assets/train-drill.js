// The training lab's neuron drill-down: one neuron's scalar graph at one training point, drawn in a panel of the
// lab (viz's graph-view.js fits it) with the expression lab's /api/grad answer, so the run keeps going beside it.
// It names the point and the neuron, and where no gradient reaches the neuron it says why and offers the nearest
// training point where one does (both computed in Java, by the engine: NeuronView).
import * as transport from "./transport.js";

// ---- the panel's words, in one place (to move into the labs' language bundles) ----
const WORDS = {
  title: (v) => v.neuron.hidden ? `Neuron ${v.neuron.index} of hidden layer ${v.neuron.layer}`
    : `Neuron ${v.neuron.index} of the output layer`,
  mapNumber: (n) => `the map's neuron ${n}`,
  point: (v) => `Training point ${v.point.index} of ${v.point.of} at (${num(v.point.x1)}, ${num(v.point.x2)}), ` +
    `class ${v.point.class}: the training point nearest to the click (the loss, and so every gradient, is over ` +
    "the training points; test points are not in it).",
  numbers: (v) => (v.activation === "linear" ? `out = z = ${num(v.out)}` :
    `z = ${num(v.z)}, out = ${v.activation}(z) = ${num(v.out)}`) + `, dL/dout = ${num(v.dLdOut)}, ` +
    `dL/dz = ${num(v.dLdz)}. L is the training loss as this neuron's output at this point moves it: each box's ` +
    "grad is dL/d(that value) through this neuron at this point.",
  zero: {
    "no-loss": () => "No gradient comes from this point: the net already classifies it beyond the margin, so its " +
      "term of the loss is 0 and stays 0 when the outputs move a little (dL/dout = 0). Every grad below reads 0.",
    "paths-off": () => "No gradient reaches this neuron from this point: every path from its output to the loss " +
      "passes a relu that is off here (its input is at most 0), and an off relu passes no gradient back " +
      "(dL/dout = 0). Every grad below reads 0.",
    "activation-off": (v) => v.activation === "relu"
      ? `This neuron's relu is off at this point (z = ${num(v.z)}, at most 0): a dead relu here. relu passes no ` +
        "gradient back, so dL/dz = dL/dout \u00d7 0 = 0 and every grad left of out reads 0."
      : `This neuron's ${v.activation} is flat at this point (z = ${num(v.z)}): its slope is 0 in floating point, ` +
        "so dL/dz = 0 and every grad left of out reads 0."
  },
  nearest: (n) => `The nearest training point where this neuron gets a gradient: point ${n.index} at ` +
    `(${num(n.x1)}, ${num(n.x2)}), class ${n.class}, dL/dz = ${num(n.dLdz)}.`,
  showNearest: (n) => `Show point ${n.index}`,
  noneLive: () => "No training point gives this neuron a gradient at these weights: it learns nothing this step.",
  link: "Open in the expression lab (sliders, backprop step by step)",
  program: "The program",
  close: "Close",
  drawing: "drawing the graph\u2026"
};

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
    v = await transport.control(page, {action: "program", neuron, x1: x, x2: y});
  } catch (e) { onError(e.message); return; }
  if (mine !== seq) return;
  shown = Object.assign({neuronNumber: neuron}, v);
  const panel = $("drill");
  panel.hidden = false;
  $("drill-title").textContent = WORDS.title(v);
  $("drill-map-number").textContent = WORDS.mapNumber(neuron);
  // under the header and the page's alert line, whatever their height at this width
  panel.style.top = Math.max(0, $("message").getBoundingClientRect().bottom + 4) + "px";
  $("drill-point").textContent = WORDS.point(v);
  $("drill-numbers").textContent = WORDS.numbers(v);
  const zero = $("drill-zero");
  zero.replaceChildren();
  zero.hidden = !v.zero;
  if (v.zero) {
    const why = document.createElement("p"); why.id = "drill-why"; why.textContent = WORDS.zero[v.zero](v);
    zero.append(why);
    const next = document.createElement("p");
    if (v.nearest) {
      next.textContent = WORDS.nearest(v.nearest) + " ";
      const b = document.createElement("button"); b.type = "button"; b.id = "drill-nearest";
      b.textContent = WORDS.showNearest(v.nearest);
      b.addEventListener("click", () => showNeuron(page, neuron, v.nearest.x1, v.nearest.x2, onError));
      next.append(b);
    } else {
      next.textContent = WORDS.noneLive();
    }
    zero.append(next);
  }
  $("drill-program").textContent = v.program;
  const link = $("neuron-link");
  link.href = "/#program=" + encodeURIComponent(v.program);
  link.textContent = WORDS.link;
  $("drill-graph").textContent = WORDS.drawing;
  panel.dispatchEvent(new CustomEvent("drill-shown", {bubbles: true}));
  try {
    const answer = await transport.grad({program: v.program, inputs: {}, detectAnomaly: false});
    if (mine !== seq) return;
    const graph = $("drill-graph");
    graph.innerHTML = answer.svg;
    if (!view) view = window.GraphView.attach(graph);
    view.update();
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
  $("drill-close").title = WORDS.close;
  $("drill-close").setAttribute("aria-label", WORDS.close);
  $("drill-program-summary").textContent = WORDS.program;
  $("drill-close").addEventListener("click", closeDrill);
  document.addEventListener("keydown", (e) => { if (e.key === "Escape" && !$("drill").hidden) closeDrill(); });
}
