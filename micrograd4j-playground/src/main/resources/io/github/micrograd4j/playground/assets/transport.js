// The one module through which the pages reach the server (docs: the page/transport seam): the served
// playground's copy wraps fetch; the web edition puts its own module, with the same exports, in its place.

async function getJson(path) {
  const r = await fetch(path, {credentials: "same-origin"});
  const j = await r.json();
  if (!r.ok) throw new Error(j.error || ("HTTP " + r.status));
  return j;
}

// the training settings, one entry per setting in the order of train's options:
// {key, label, default (text, or null where it depends on other settings), help, choices: [{id, label}], several,
// generatorOnly}; Java's table (nn.run.SettingsTable) is the only list of them
export async function settings() {
  return (await getJson("/api/train/settings")).settings;
}

// the expression language's functions, [{name, arity}], from the engine's ops
export async function functions() {
  return (await getJson("/api/functions")).functions;
}
