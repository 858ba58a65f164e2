// The training lab's drawing helpers: the colours of the maps, the edge under the pointer, the check's table.
import {t as text} from "./i18n.js";

export const PALETTE = ["#f59322", "#0877bd", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
  "#bcbd22", "#17becf"];
const PALETTE_RGB = PALETTE.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));

// writes cell i's colour into image data: a class's colour, or blue (+) / orange (-) by tanh(v) (sign when discrete)
export function paint(data, i, v, discrete, classes) {
  let r; let g; let b;
  if (classes) {
    [r, g, b] = PALETTE_RGB[v % PALETTE_RGB.length];
  } else {
    const t = discrete ? Math.sign(v) : Math.tanh(v);
    const a = Math.abs(t) * 0.75;
    r = Math.round(255 + ((t >= 0 ? 8 : 245) - 255) * a);
    g = Math.round(255 + ((t >= 0 ? 119 : 147) - 255) * a);
    b = Math.round(255 + ((t >= 0 ? 189 : 34) - 255) * a);
  }
  data[4 * i] = r; data[4 * i + 1] = g; data[4 * i + 2] = b; data[4 * i + 3] = 255;
}

// the edge [x1, y1, x2, y2, ...] nearest to (x, y), within 4 px, or null
export function nearestEdge(edgeLines, x, y) {
  let best = null; let bestD = 16;
  for (const edge of edgeLines) {
    const [x1, y1, x2, y2] = edge;
    const dx = x2 - x1; const dy = y2 - y1;
    const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy || 1)));
    const d = (x1 + t * dx - x) ** 2 + (y1 + t * dy - y) ** 2;
    if (d < bestD) { bestD = d; best = edge; }
  }
  return best;
}

// the gradient check's table as HTML, its headings in the language shown
export function checkTable(j) {
  const rows = j.rows.map((r) => `<tr><td>${r.parameter}</td><td>${fmt(r.analytic)}</td><td>${fmt(r.numeric)}</td>` +
    `<td>${fmt(r.relative)}</td></tr>`).join("");
  const heads = [text("t.check.parameter"), text("t.check.backward"), text("t.check.numeric", j.h), text("t.check.relative")];
  return "<tr>" + heads.map((h) => "<th>" + escape(h) + "</th>").join("") + "</tr>" + rows;
}

function escape(s) { return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); }

function fmt(v) { return v === null ? "–" : v.toPrecision(6); }
