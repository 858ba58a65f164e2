// The web edition's transport: the same exports as the playground's transport.js, answered by micrograd4j's
// own Java compiled for the browser (TeaVM) instead of a server. The expression lab runs in the page, with
// the graph laid out by elkjs (ELK's own build for JavaScript, the options of grad --svg); the training lab
// runs in a Web Worker, so that training never blocks drawing. Nothing here makes a network request.
import {pageEngine, engineBytes, loadScript} from "./page-engine.js";
import workerSource from "micrograd4j:worker";
import exampleList from "/examples.json";
// the labs' words, bundled: a page opened from file:// cannot fetch them
import textEn from "/text-en.json";
import textZh from "/text-zh.json";
import {runner, mapsHandler} from "./lab-runner.js";
import {flatten} from "./elk-flat.js";

/** A refused request: the status the server would answer and its one-line JSON error ({status, error, ...}). */
export class TransportError extends Error {
  constructor(status, answer) {
    super(answer && answer.error ? answer.error : "error " + status);
    this.status = status;
    this.answer = answer || {error: this.message};
  }
}

/** The static site has no server: it writes no files and needs no token. */
export function capabilities() {
  return {server: false, files: false, token: false};
}

// An answer of the compiled engine: the server's JSON, or its one-line error {status, error, ...}.
function answerOf(text) {
  const answer = JSON.parse(text);
  if (answer && typeof answer.status === "number" && typeof answer.error === "string") {
    throw new TransportError(answer.status, answer);
  }
  return answer;
}

// ---- the expression lab ----

// elkjs (1.6 MB) is a file of its own, elk.js, that both labs share and load on their first graph (the training
// lab only when a neuron's graph is opened): bundled into each page it made the site 5.5 MB. A classic script,
// so that it loads from file:// too; it defines the global ELK.
let elk = null;
function layoutEngine() {
  elk = elk || loadScript("elk.js").then(() => new globalThis.ELK(), (e) => { elk = null; throw e; });
  return elk;
}

/** The served POST /api/grad's answer: the engine runs the program, elkjs lays its graph out, the engine draws it. */
export async function grad(request) {
  const body = JSON.stringify(request);
  const engine = await pageEngine();
  const graph = answerOf(engine.graph(body));
  const laid = await (await layoutEngine()).layout(graph);
  return answerOf(engine.answer(body, JSON.stringify(flatten(laid))));
}

/** The graph as a PNG Blob: the same SVG, drawn onto a canvas by the browser. */
export async function png(request) {
  const answer = await grad(request);
  const url = URL.createObjectURL(new Blob([answer.svg], {type: "image/svg+xml"}));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    canvas.getContext("2d").drawImage(image, 0, 0);
    return await new Promise((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("the browser made no PNG"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The examples menu: the playground's own examples.json, built into this script. */
export async function examples() {
  return JSON.parse(JSON.stringify(exampleList));
}

/** Always there: the engine is in the page. */
export function events(onHello, onGone) {
  const timer = setTimeout(() => onHello(), 0);
  return () => clearTimeout(timer);
}

// ---- the training lab: the run lives in a Web Worker, its maps in a second one ----

// The server's run has a thread that trains and a sender that adds each frame's maps (10,400 forward passes) on
// its own thread; here the training worker's frames come without maps, and the maps' worker adds them: training
// never waits for the maps, and the two share the machine's cores as on the server.
let lab = null;
let maps = null;
let nextId = 1;
const waiting = new Map();
let frameHandlers = null;

function receive(message) {
  if (message.frame !== undefined) {
    frameWithoutMaps(JSON.parse(message.frame));
    return;
  }
  const pending = waiting.get(message.id);
  waiting.delete(message.id);
  if (pending) { pending.resolve(message.answer); }
}

// The newest frame not yet sent to the maps' worker, holding the curve points of the frames it replaced (the
// server's frames read the curve when sent, so none is lost either), and whether the maps' worker is busy.
let unmapped = null;
let mapping = false;

function frameWithoutMaps(f) {
  if (unmapped !== null && unmapped.run === f.run) { f.curve = unmapped.curve.concat(f.curve); }
  unmapped = f;
  mapNext();
}

function mapNext() {
  if (mapping || unmapped === null) { return; }
  const f = unmapped;
  unmapped = null;
  mapping = true;
  mapsCall("maps", JSON.stringify(f.weights)).then((m) => {
    // testLoss, testAccuracy, map and thumbs, as LabRun.mapped adds them; the test loss also in the step's point
    Object.assign(f, m);
    const point = f.curve.find((p) => p[0] === f.step);
    if (point) { point[2] = m.testLoss; }
    if (frameHandlers) { frameHandlers.onFrame(f); }
  }, (e) => {
    // a frame of a run the maps' worker no longer has (a new run started meanwhile): the page drops it anyway
    if (!(e instanceof TransportError)) { console.warn("micrograd4j: no maps for a frame (" + e + ")"); }
  }).finally(() => {
    mapping = false;
    mapNext();
  });
}

// The workers come from a Blob of their script (built into this one), since a page opened from file:// may not
// load a worker from a file; their first message is the engine's WebAssembly module and their role. Where the
// browser refuses a worker, or has no WebAssembly GC, the run (or the maps) live in the page, in the same slices.
function worker() {
  lab = lab || startWorker("train");
  maps = maps || startWorker("maps");
  return lab;
}

async function startWorker(role) {
  const bytes = await engineBytes();
  if (bytes === null) { return inPage(role); }
  try {
    const url = URL.createObjectURL(new Blob([workerSource], {type: "text/javascript"}));
    const w = new Worker(url);
    w.onmessage = (e) => receive(e.data);
    w.onerror = (e) => {
      // the worker could not start (or died): its work moves into the page, with the questions not yet answered
      console.warn("micrograd4j: the " + role + " worker failed (" + (e && e.message) + "); running it in the page");
      w.terminate();
      const moved = inPage(role).then((l) => {
        for (const [id, pending] of waiting) {
          if (pending.role === role) { l.postMessage({id, op: pending.op, body: pending.body}); }
        }
        return l;
      });
      if (role === "train") { lab = moved; } else { maps = moved; }
    };
    w.postMessage({op: "engine", role, bytes}, [bytes.buffer]);
    return w;
  } catch (e) {
    return inPage(role);
  }
}

async function inPage(role) {
  const engine = await pageEngine();
  let handler = null;
  const answer = (m) => setTimeout(() => receive(m), 0);
  if (role === "train") {
    runner(engine, answer, (h) => { handler = h; });
  } else {
    handler = mapsHandler(engine, answer);
  }
  return {postMessage: (m) => setTimeout(() => handler(m), 0), terminate() {}, inPage: true};
}

function call(op, request) {
  return ask("train", op, JSON.stringify(request));
}

function mapsCall(op, body) {
  return ask("maps", op, body);
}

function ask(role, op, body) {
  worker();
  return new Promise((resolve) => {
    const id = nextId++;
    waiting.set(id, {resolve, op, body, role});
    (role === "train" ? lab : maps).then((l) => l.postMessage({id, op, body}));
  }).then(answerOf);
}

/** POST /api/train/run: {settings, play, csv?, lang?} starts the page's run; resolves to its info. */
export async function startRun(page, request) {
  const body = Object.assign({page}, request);
  // the maps' worker makes the same run (the same seed and data) for its maps; the training worker answers
  ask("maps", "start", JSON.stringify(body)).catch(() => {});
  return call("start", body);
}

/** POST /api/train/control: {action, lang?, ...} on the page's run. */
export async function control(page, command) {
  return call("control", Object.assign({page}, command));
}

/**
 * Sets one weight of the page's running model (the edge clicked in the diagram): {layer, neuron, input, value}, the
 * layer counted from the first hidden one, the input a feature (layer 0) or a neuron of the layer before. Resolves to
 * {layer, neuron, input, was, weight, loss, accuracy}; a frame with the edited model follows at once.
 */
export async function setWeight(page, edit) {
  return control(page, Object.assign({action: "weight"}, edit));
}

/** The page's frames, as the server's event stream sends them; hello at once (the engine is local). */
export function trainEvents(page, handlers) {
  frameHandlers = handlers;
  worker();
  const timer = setTimeout(() => handlers.onHello(), 0);
  return () => { clearTimeout(timer); frameHandlers = null; };
}

// ---- the settings table and the functions, from the Java that defines them (compiled, not copied) ----

// the training settings, as the served GET /api/train/settings: nn's SettingsJson over its one table
export async function settings() {
  return answerOf((await pageEngine()).settings()).settings;
}

// the expression language's functions, [{name, arity}], as the served GET /api/functions: from the engine's ops
export async function functions() {
  return answerOf((await pageEngine()).functions()).functions;
}

/** The labs' words in a language, {key: template}: the served edition's text-LANG.json, bundled into the page. */
export async function text(lang) {
  const words = {en: textEn, zh: textZh}[lang];
  if (!words) { throw new TransportError(400, {status: 400, error: "unknown lang '" + lang + "'; expected en or zh"}); }
  return words;
}
