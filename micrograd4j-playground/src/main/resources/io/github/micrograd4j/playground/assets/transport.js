// The pages' one way to the server (docs: the seam between the served playground and the web edition).
// Every request a page makes is one of these functions; no other script calls fetch or EventSource. The web
// edition replaces this file with its own, with the same exports and the same JSON shapes, that calls the
// compiled Java in the page instead of HTTP. The token travels in the HttpOnly cookie the token URL set;
// no script here sees it.

/** A refused request: the HTTP status and the server's one-line JSON error ({status, error, ...}). */
export class TransportError extends Error {
  constructor(status, answer) {
    super(answer && answer.error ? answer.error : "HTTP " + status);
    this.status = status;
    this.answer = answer || {error: this.message};
  }
}

/** What this edition can do: the served one has a server, writes nothing itself, and needs the token URL. */
export function capabilities() {
  return {server: true, files: true, token: true};
}

async function postJson(path, body) {
  const response = await fetch(path, {method: "POST", headers: {"Content-Type": "application/json"},
    body: JSON.stringify(body), credentials: "same-origin", cache: "no-store"});
  if (!response.ok) { throw new TransportError(response.status, await response.json().catch(() => null)); }
  return response;
}

// ---- the expression lab ----

/** POST /api/grad: {program, inputs, detectAnomaly, check?, lang?} to the grad answer; a refusal rejects with TransportError. */
export async function grad(request) {
  return (await postJson("/api/grad", request)).json();
}

/** POST /api/png: the same request to the picture as a PNG Blob. */
export async function png(request) {
  return (await postJson("/api/png", request)).blob();
}

/** GET /api/examples: [{name, title, program}]. */
export async function examples() {
  const response = await fetch("/api/examples", {credentials: "same-origin"});
  if (!response.ok) { throw new TransportError(response.status, await response.json().catch(() => null)); }
  return response.json();
}

/**
 * GET /api/events: whether the server is still there. onHello runs when it answers, onGone when it stops
 * answering. Returns a function that closes the stream.
 */
export function events(onHello, onGone) {
  const source = new EventSource("/api/events");
  source.addEventListener("hello", () => onHello());
  source.addEventListener("error", () => onGone());
  return () => source.close();
}

// ---- the training lab: one run per page, named by the page's id ----

/** POST /api/train/run: {settings, play, csv?, lang?} starts the page's run; resolves to its info (points, sizes, command). */
export async function startRun(page, request) {
  return (await postJson("/api/train/run", Object.assign({page}, request))).json();
}

/** POST /api/train/control: {action, lang?, ...} (play, pause, step, lr, model, neuron, program, check) on the page's run. */
export async function control(page, command) {
  return (await postJson("/api/train/control", Object.assign({page}, command))).json();
}

/**
 * Sets one weight of the page's running model (the edge clicked in the diagram): {layer, neuron, input, value}, the
 * layer counted from the first hidden one, the input a feature (layer 0) or a neuron of the layer before. Resolves to
 * {layer, neuron, input, was, weight, loss, accuracy}; a frame with the edited model follows at once.
 */
export async function setWeight(page, edit) {
  return control(page, Object.assign({action: "weight"}, edit));
}

/**
 * GET /api/train/events: the page's frames. handlers.onHello runs when the stream is open (then a run may
 * start), onFrame(frame) per frame, onGone when the server stops answering. Returns a function that closes it.
 */
export function trainEvents(page, handlers) {
  const source = new EventSource("/api/train/events?page=" + encodeURIComponent(page));
  source.addEventListener("hello", () => handlers.onHello());
  source.addEventListener("frame", (e) => handlers.onFrame(JSON.parse(e.data)));
  source.addEventListener("error", () => handlers.onGone());
  return () => source.close();
}

// ---- the settings table and the functions, from the Java that defines them ----

async function getJson(path) {
  const response = await fetch(path, {credentials: "same-origin"});
  if (!response.ok) { throw new TransportError(response.status, await response.json().catch(() => null)); }
  return response.json();
}

// the training settings, one entry per setting in the order of train's options:
// {key, label, default (text, or null where it depends on other settings), help, choices: [{id, label}], several,
// generatorOnly}; Java's table (nn.run.SettingsTable) is the only list of them
export async function settings() {
  return (await getJson("/api/train/settings")).settings;
}

// the labs' words in a language ("en", "zh"): {key: template}, the bundle text-<lang>.json of the assets
export async function text(lang) {
  return getJson("/text-" + encodeURIComponent(lang) + ".json");
}

// the expression language's functions, [{name, arity}], from the engine's ops
export async function functions() {
  return (await getJson("/api/functions")).functions;
}
