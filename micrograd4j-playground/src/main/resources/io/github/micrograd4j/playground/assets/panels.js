// The expression lab's panels: a node's details, the inputs with their nudges, the gradient check's table,
// and the in-memory downloads. Plain DOM building, with no knowledge of the server; playground.js calls
// them with what they need.
import {t} from "./i18n.js";

const $ = (id) => document.getElementById(id);

/** A number as the pictures print it: 4 decimals; NaN and the infinities (strings in JSON) as they come. */
export function n4(x) {
  if (typeof x !== "number") { return String(x); }
  return x.toFixed(4);
}

/**
 * Shows a value's op, inputs, local derivatives (rule and number) and grad under the graph.
 * state.selected remembers it, so that a redraw keeps it open.
 */
export function details(state, graph, id) {
  const answer = state.last;
  const node = answer.nodes.find((x) => x.id === id);
  if (!node) { return; }
  state.selected = id;
  graph.querySelectorAll("g.value.selected").forEach((g) => g.classList.remove("selected"));
  const g = document.getElementById(id);
  if (g) { g.classList.add("selected"); }
  const box = $("details");
  box.textContent = "";
  const h = document.createElement("h2");
  h.textContent = t("x.details.heading", node.name);
  box.append(h);
  const facts = document.createElement("p");
  facts.className = "output";
  facts.id = "details-facts";
  facts.textContent = t("x.details.facts", node.op || t(node.constant ? "x.details.constant" : "x.details.leaf"),
    node.locals.length ? node.locals.map((l) => l.input).join(", ") : t("x.details.none"), n4(node.data), n4(node.grad));
  box.append(facts);
  if (node.note) { // the engine's explanation (core.text), as the chain-rule sentences are
    const note = document.createElement("p");
    note.className = "note";
    note.id = "details-note";
    note.textContent = node.note;
    box.append(note);
  }
  if (node.locals.length) {
    const table = document.createElement("table");
    table.id = "details-locals";
    table.append(head(["x.details.input", "x.details.local", "x.details.value"].map((k) => t(k))));
    const tbody = document.createElement("tbody");
    node.locals.forEach(function (l) {
      const tr = document.createElement("tr");
      [l.input, l.rule, n4(l.value)].forEach(function (text, i) {
        const td = document.createElement("td");
        td.textContent = text;
        if (i === 2) { td.className = "num"; }
        tr.append(td);
      });
      tbody.append(tr);
    });
    table.append(tbody);
    box.append(table);
  }
}

/**
 * The inputs: a slider and a number field each, and under each the analytic grad or, after a nudge, how
 * much the output moved divided by the nudge next to the grad where the nudge started.
 */
export function renderInputs(state, answer, nudgeTo) {
  const box = $("inputs");
  const names = answer.inputs.map((x) => x.name).join("\n");
  if (box.dataset.names !== names) {
    box.dataset.names = names;
    box.textContent = "";
    answer.inputs.forEach(function (input, i) {
      const row = document.createElement("div");
      row.className = "input-row";
      const label = document.createElement("label");
      label.textContent = input.name;
      label.htmlFor = "input-" + i;
      const slider = document.createElement("input");
      slider.type = "range";
      slider.id = "input-" + i;
      const span = Math.max(1, Math.abs(input.literal)) * 2;
      slider.min = String(input.literal - span);
      slider.max = String(input.literal + span);
      slider.step = String(span / 200);
      slider.dataset.name = input.name;
      const number = document.createElement("input");
      number.type = "number";
      number.step = "any";
      number.id = "input-" + i + "-number";
      number.dataset.name = input.name;
      const nudge = document.createElement("p");
      nudge.className = "nudge";
      nudge.id = "nudge-" + i;
      row.append(label, slider, number, nudge);
      box.append(row);
      slider.addEventListener("input", () => nudgeTo(input.name, parseFloat(slider.value)));
      number.addEventListener("input", function () {
        const x = parseFloat(number.value);
        if (isFinite(x)) { nudgeTo(input.name, x); }
      });
    });
  }
  answer.inputs.forEach(function (input, i) {
    const slider = $("input-" + i);
    const number = $("input-" + i + "-number");
    if (document.activeElement !== slider) { slider.value = String(input.value); }
    if (document.activeElement !== number) { number.value = String(input.value); }
    number.setAttribute("aria-label", t("x.input.value", input.name));
    const line = $("nudge-" + i);
    const n = state.nudge;
    line.textContent = "";
    const analytic = document.createElement("span");
    analytic.className = "grad";
    analytic.textContent = "d" + answer.output + "/d" + input.name + " = " + n4(input.grad);
    if (n && n.name === input.name && input.value !== n.x0) {
      const dx = input.value - n.x0;
      const dl = answer.data - n.l0;
      const ratio = document.createElement("span");
      ratio.className = "ratio";
      ratio.id = "ratio-" + i;
      ratio.textContent = t("x.nudge.versus", "Δ" + answer.output + "/Δ" + input.name + " = " + n4(dl) + " / " + n4(dx)
        + " = " + n4(dl / dx));
      const at = document.createElement("span");
      at.className = "grad";
      at.textContent = t("x.nudge.at", "d" + answer.output + "/d" + input.name + " = " + n4(n.grad0), n4(n.x0));
      line.append(ratio, at);
    } else {
      line.append(analytic);
    }
  });
}

/** The numeric gradient check's table, as grad --check prints it. */
export function renderCheck(check) {
  const box = $("check-result");
  box.textContent = "";
  if (!check) { return; }
  const h = document.createElement("h2");
  const verdict = document.createElement("span");
  verdict.className = check.passed ? "pass" : "fail";
  verdict.textContent = t(check.passed ? "x.check.passed" : "x.check.failed");
  const [before, after] = t("x.check.heading", "\u0000").split("\u0000");
  h.append(before, verdict, after || "");
  const table = document.createElement("table");
  table.id = "check-table";
  table.append(head(["x.check.input", "x.check.value", "x.check.analytic", "x.check.numeric", "x.check.error"]
    .map((k) => t(k)).concat([""])));
  const tbody = document.createElement("tbody");
  check.inputs.forEach(function (line) {
    const tr = document.createElement("tr");
    [line.name, n4(line.value), n4(line.analytic), n4(line.numeric), Number(line.error).toExponential(2),
      t(line.passed ? "x.check.ok" : "x.check.fail")].forEach(function (text, i) {
      const td = document.createElement("td");
      td.textContent = text;
      td.className = i === 0 ? "" : i === 5 ? (line.passed ? "pass" : "fail") : "num";
      tr.append(td);
    });
    tbody.append(tr);
  });
  table.append(tbody);
  box.append(h, table);
}

// a table's head row of texts
function head(texts) {
  const thead = document.createElement("thead");
  const tr = document.createElement("tr");
  for (const text of texts) {
    const th = document.createElement("th");
    th.textContent = text;
    tr.append(th);
  }
  thead.append(tr);
  return thead;
}

/** Saves a blob made in the page: nothing is written by the server. */
export function download(name, blob) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 10000);
}

/** The download named JSON: grad --json's fields of the last answer. */
export function gradJson(answer) {
  const out = {output: answer.output, data: answer.data, grad: answer.grad, values: answer.values};
  if (answer.check) { out.check = answer.check; }
  return JSON.stringify(out, null, 2) + "\n";
}

