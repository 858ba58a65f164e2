// The training lab's regression pictures: one continuous colour scale for the net's value on the map and for the
// points' targets, its legend, and the accuracy counters, which do not apply to real-valued targets.
import {t, say} from "./i18n.js";

const $ = (id) => document.getElementById(id);
// TensorFlow Playground's scale: orange at the negative end, a light grey at 0, blue at the positive end
const LOW = [245, 147, 34];
const MID = [232, 234, 235];
const HIGH = [8, 119, 189];

// the scale's half-width: the largest |target| of the points, so that the points' colours span the whole scale
export function scaleLimit(info) {
  let m = 0;
  for (const p of info.train.concat(info.test || [])) m = Math.max(m, Math.abs(p[2]));
  return m > 0 ? m : 1;
}

// the colour of a value on the scale [-lim, lim], clamped at its ends
export function scaleRgb(v, lim) {
  const s = Math.max(-1, Math.min(1, v / lim));
  const end = s < 0 ? LOW : HIGH;
  const a = Math.abs(s);
  return MID.map((c, k) => Math.round(c + (end[k] - c) * a));
}

// writes cell i's colour into image data
export function paintScaled(data, i, v, lim) {
  const [r, g, b] = scaleRgb(v, lim);
  data[4 * i] = r; data[4 * i + 1] = g; data[4 * i + 2] = b; data[4 * i + 3] = 255;
}

// a point's fill: its target on the scale
export function pointFill(target, lim) { return "rgb(" + scaleRgb(target, lim).join(",") + ")"; }

// the legend under the map, while it shows a regression's output on the scale: the scale's ends, the map's values now
export function showLegend(shown, values, lim) {
  $("legend").hidden = !shown;
  if (!shown) return;
  const bar = $("legend-bar");
  const ctx = bar.getContext("2d");
  const img = ctx.createImageData(bar.width, 1);
  for (let x = 0; x < bar.width; x++) paintScaled(img.data, x, (2 * x / (bar.width - 1) - 1) * lim, lim);
  for (let y = 0; y < bar.height; y++) ctx.putImageData(img, 0, y);
  $("legend-lo").textContent = (-lim).toPrecision(3);
  $("legend-hi").textContent = lim.toPrecision(3);
  let lo = Infinity; let hi = -Infinity;
  for (const v of values) if (v !== null) { lo = Math.min(lo, v / 1000); hi = Math.max(hi, v / 1000); }
  if (lo <= hi) say($("legend-range"), "t.legend.range", lo.toPrecision(3), hi.toPrecision(3));
  else say($("legend-range"), null);
}

// on a regression run accuracy and test accuracy read "–", and clicked points (which have a class) cannot be
// added: each says why in its tooltip; nothing for a classifier
export function markRegression(info) {
  const regression = !!(info && info.regression);
  const why = (el, key) => {
    if (regression) { el.dataset.tTitle = key; el.title = t(key); } else { delete el.dataset.tTitle; el.removeAttribute("title"); }
  };
  for (const id of ["accuracy", "test-accuracy"]) why($(id).parentElement, "t.accuracy.none");
  const add = $("add-class");
  add.disabled = regression;
  if (regression) add.value = "";
  why(add, "t.add-class.regression");
}
