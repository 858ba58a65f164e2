// The training lab's link: every setting in the URL fragment (keys as train's options, README "Training lab"),
// and the page's own data (clicked or uploaded points) as `data`: the CSV text, deflated and base64url-encoded.
// The keys and defaults come from the settings table the server sends (transport.js settings()), never a copy here.

// the most characters `data` may take in a link; past it the link keeps the settings only, and says so
export const DATA_LIMIT = 16000;

// {settings, play, data}: the fragment's settings (the table's keys only), play=1, and the encoded data or null;
// lang is the page's language (i18n.js), not a setting of the run
export function parseFragment(hash, table) {
  const out = {settings: {}, play: false, data: null};
  for (const part of hash.replace(/^#/, "").split("&")) {
    if (!part) continue;
    const i = part.indexOf("=");
    const k = decodeURIComponent(i < 0 ? part : part.slice(0, i));
    const v = i < 0 ? "" : decodeURIComponent(part.slice(i + 1));
    if (k === "play") out.play = v === "1";
    else if (k === "data") out.data = v;
    else if (table.some((s) => s.key === k)) out.settings[k] = v;
  }
  return out;
}

// every key of the link but play, data and lang, unknown ones too: the server names each bad one, and a link is
// applied whole or not at all
export function linkSettings(hash) {
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

// the settings that differ from the table's defaults, in table order, then the data and the language's part
// ("lang=zh", or "" when the browser's language decided)
export function fragment(settings, data, table, lang) {
  const parts = table.map((s) => s.key).filter((k) => k in settings && settings[k] !== defaultOf(table, k))
    .map((k) => k + "=" + encodeURIComponent(settings[k]).replace(/%2C/g, ",").replace(/%3A/g, ":"));
  if (data) parts.push("data=" + data);
  if (lang) parts.push(lang);
  return "#" + parts.join("&");
}

// a setting's default as text; "" where it depends on other settings
export function defaultOf(table, key) {
  const s = table.find((x) => x.key === key);
  return s && s.default !== null ? s.default : "";
}

export async function encodeData(text) {
  const stream = new Blob([text]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export async function decodeData(encoded) {
  const bin = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  return new Response(stream).text();
}

// the run as JShell makes it: the same settings (and the page's data, saved as dataFile), Run.create, Trainer.train
export function javaSnippet(settings, dataFile) {
  const m = Object.entries(settings).filter(([k]) => !dataFile || k !== "dataset")
    .map(([k, v]) => `java.util.Map.entry("${k}", "${v}")`).join(", ");
  const data = dataFile ? `io.github.micrograd4j.nn.data.CsvDataset.parse("${dataFile}", ` +
    `java.nio.file.Files.readString(java.nio.file.Path.of("${dataFile}")))` : "null";
  return `// jshell --class-path micrograd4j-cli/target/micrograd4j-cli-all.jar\n` +
    `import io.github.micrograd4j.nn.run.*; import io.github.micrograd4j.nn.train.*;\n` +
    `RunSettings s = RunSettings.fromMap(java.util.Map.ofEntries(${m}));\n` +
    `Run run = Run.create(s, ${data});\n` +
    `try (TrainingEngine e = Engines.defaultFor(run.objective()).create(run.objective())) {\n` +
    `    TrainingHistory h = Trainer.train(e, run.optimizer(), s.steps(), run.batches(), r -> { });\n` +
    `    System.out.println(h.last());\n}`;
}
