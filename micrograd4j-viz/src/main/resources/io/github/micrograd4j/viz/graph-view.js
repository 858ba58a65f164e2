// A graph's SVG fitted to its panel, with zoom (wheel, pinch, + and - buttons) and pan (drag). One script for
// every page that draws a graph: the walkthrough page inlines it, the playground serves it. It sets the SVG's
// viewBox only; the picture's own coordinates, ids and texts stay as drawn. GraphView.attach(panel, options):
// options.minText (CSS px) opens a graph whose fitted text would be smaller at the scale that makes it that size
// instead, centred on the elements options.focus(svg) returns (elements of the picture; none: its centre) and
// kept inside the graph's bounds; "fit" still shows it whole.
(function (root) {
  "use strict";
  var MAX_SCALE = 4;        // zooming in reaches 4x the graph's full size
  var MAX_FIT_SCALE = 1.5;  // a small graph is fitted no larger than this
  var MARGIN = 12;          // graph units around the graph when fitted
  var CLICK_SLOP = 4;       // CSS px a press may move and still be a click

  function attach(panel, options) {
    var opts = options || {};
    var bar = document.createElement("div");
    bar.className = "graph-zoom";
    bar.setAttribute("role", "toolbar");
    bar.setAttribute("aria-label", "Zoom");
    [["in", "+", "zoom in"], ["out", "\u2212", "zoom out"], ["fit", "fit", "fit the graph to the panel"],
      ["full", "1:1", "the graph at full size"]].forEach(function (b) {
      var button = document.createElement("button");
      button.type = "button";
      button.dataset.zoom = b[0];
      button.id = "zoom-" + b[0];
      button.textContent = b[1];
      button.title = b[2];
      button.setAttribute("aria-label", b[2]);
      bar.appendChild(button);
    });
    var s = {svg: null, full: null, cx: 0, cy: 0, k: 1, fitted: true, pointers: new Map(), moved: false, pinch: 0};

    function size() { return {w: Math.max(1, panel.clientWidth), h: Math.max(1, panel.clientHeight)}; }
    function fitScale() {
      var p = size();
      return Math.min(MAX_FIT_SCALE, p.w / (s.full.w + 2 * MARGIN), p.h / (s.full.h + 2 * MARGIN));
    }
    function apply() {
      if (!s.svg) { return; }
      var p = size();
      var w = p.w / s.k;
      var h = p.h / s.k;
      s.svg.setAttribute("viewBox", (s.cx - w / 2) + " " + (s.cy - h / 2) + " " + w + " " + h);
      s.svg.setAttribute("width", p.w);
      s.svg.setAttribute("height", p.h);
      panel.dataset.scale = s.k.toFixed(4);
      panel.dataset.fitted = String(s.fitted);
    }
    function fit() {
      if (!s.svg) { return; }
      s.k = fitScale();
      s.cx = s.full.x + s.full.w / 2;
      s.cy = s.full.y + s.full.h / 2;
      s.fitted = true;
      apply();
    }
    function minScale() { return Math.min(fitScale(), 1) / 2; }
    // zooms by factor keeping the graph point under (px, py) (CSS px in the panel) where it is
    function zoomAt(factor, px, py) {
      if (!s.svg) { return; }
      var p = size();
      if (px === undefined) { px = p.w / 2; py = p.h / 2; }
      var gx = s.cx + (px - p.w / 2) / s.k;
      var gy = s.cy + (py - p.h / 2) / s.k;
      var k = Math.max(minScale(), Math.min(MAX_SCALE, s.k * factor));
      s.cx = gx - (px - p.w / 2) / k;
      s.cy = gy - (py - p.h / 2) / k;
      s.k = k;
      s.fitted = false;
      apply();
    }
    function panBy(dx, dy) {
      s.cx -= dx / s.k;
      s.cy -= dy / s.k;
      s.fitted = false;
      apply();
    }
    // the panel shows a new picture: fitted, unless the reader had zoomed the same-sized one
    function update() {
      var svg = panel.querySelector("svg");
      if (!svg) { s.svg = null; return; }
      if (bar.parentNode !== panel) { panel.appendChild(bar); }
      var vb = (svg.getAttribute("data-full-view") || svg.getAttribute("viewBox") || "").split(/[\s,]+/).map(Number);
      if (vb.length !== 4 || vb.some(isNaN)) {
        vb = [0, 0, parseFloat(svg.getAttribute("width")) || 100, parseFloat(svg.getAttribute("height")) || 100];
      }
      svg.setAttribute("data-full-view", vb.join(" "));
      svg.setAttribute("preserveAspectRatio", "xMidYMid meet");
      var same = s.full && s.full.w === vb[2] && s.full.h === vb[3];
      s.svg = svg;
      s.full = {x: vb[0], y: vb[1], w: vb[2], h: vb[3]};
      if (s.fitted || !same) { fit(); openReadable(); } else { apply(); }
    }
    // the smallest font of the picture's texts, in graph units (an SVG's font-size is in user units)
    function smallestFont() {
      var smallest = Infinity;
      s.svg.querySelectorAll("text").forEach(function (t) {
        if (t.textContent.trim() !== "") { smallest = Math.min(smallest, parseFloat(root.getComputedStyle(t).fontSize)); }
      });
      return smallest;
    }
    // a centre for a view of the given length along one axis that shows no more than MARGIN beyond the graph
    function within(c, start, length, view) {
      if (view >= length + 2 * MARGIN) { return start + length / 2; }
      return Math.max(start - MARGIN + view / 2, Math.min(start + length + MARGIN - view / 2, c));
    }
    // with options.minText: a graph fitted too small to read opens readable around the focus (fit shows it whole)
    function openReadable() {
      if (!opts.minText || !s.svg) { return; }
      var font = smallestFont();
      if (!isFinite(font) || font * s.k >= opts.minText) { return; }
      var k = Math.min(MAX_SCALE, opts.minText / font);
      var boxes = (opts.focus ? [].concat(opts.focus(s.svg) || []) : [])
        .filter(function (el) { return el && el.getBBox; }).map(function (el) { return el.getBBox(); });
      var c = {x: s.full.x + s.full.w / 2, y: s.full.y + s.full.h / 2};
      if (boxes.length > 0) { // the centre of the focus elements' union
        var x0 = Math.min.apply(null, boxes.map(function (b) { return b.x; }));
        var x1 = Math.max.apply(null, boxes.map(function (b) { return b.x + b.width; }));
        var y0 = Math.min.apply(null, boxes.map(function (b) { return b.y; }));
        var y1 = Math.max.apply(null, boxes.map(function (b) { return b.y + b.height; }));
        c = {x: (x0 + x1) / 2, y: (y0 + y1) / 2};
      }
      var p = size();
      s.k = k;
      s.cx = within(c.x, s.full.x, s.full.w, p.w / k);
      s.cy = within(c.y, s.full.y, s.full.h, p.h / k);
      s.fitted = false;
      apply();
    }
    // pans so that an element of the picture is in view, if it is not
    function reveal(el) {
      if (!s.svg || !el || !el.getBoundingClientRect) { return; }
      var box = panel.getBoundingClientRect();
      var r = el.getBoundingClientRect();
      if (r.left >= box.left && r.right <= box.right && r.top >= box.top && r.bottom <= box.bottom) { return; }
      panBy((box.left + box.right) / 2 - (r.left + r.right) / 2, (box.top + box.bottom) / 2 - (r.top + r.bottom) / 2);
    }

    bar.addEventListener("click", function (e) {
      var b = e.target.closest ? e.target.closest("button") : null;
      if (!b) { return; }
      e.stopPropagation();
      if (b.dataset.zoom === "in") { zoomAt(1.25); }
      else if (b.dataset.zoom === "out") { zoomAt(0.8); }
      else if (b.dataset.zoom === "fit") { fit(); }
      else if (b.dataset.zoom === "full") { zoomAt(1 / s.k); }
    });
    panel.addEventListener("wheel", function (e) {
      if (!s.svg) { return; }
      e.preventDefault();
      var box = panel.getBoundingClientRect();
      // a pinch on a touchpad comes as a wheel with ctrlKey, in smaller steps
      var factor = Math.exp(-e.deltaY * (e.ctrlKey ? 0.01 : 0.0015) * (e.deltaMode === 1 ? 16 : 1));
      zoomAt(factor, e.clientX - box.left, e.clientY - box.top);
    }, {passive: false});
    panel.addEventListener("pointerdown", function (e) {
      if (!s.svg || (e.target.closest && e.target.closest(".graph-zoom")) || e.button > 0) { return; }
      s.pointers.set(e.pointerId, {x: e.clientX, y: e.clientY});
      s.moved = false;
      s.pinch = 0;
    });
    panel.addEventListener("pointermove", function (e) {
      var last = s.pointers.get(e.pointerId);
      if (!last) { return; }
      var now = {x: e.clientX, y: e.clientY};
      if (s.pointers.size === 1) {
        if (!s.moved && Math.hypot(now.x - last.x, now.y - last.y) < CLICK_SLOP) { return; }
        if (!s.moved) { panel.setPointerCapture(e.pointerId); panel.classList.add("panning"); }
        s.moved = true;
        panBy(now.x - last.x, now.y - last.y);
      } else if (s.pointers.size === 2) { // two fingers: the change of their distance zooms
        s.pointers.set(e.pointerId, now);
        var ps = Array.from(s.pointers.values());
        var d = Math.hypot(ps[0].x - ps[1].x, ps[0].y - ps[1].y);
        var box = panel.getBoundingClientRect();
        if (s.pinch > 0) { zoomAt(d / s.pinch, (ps[0].x + ps[1].x) / 2 - box.left, (ps[0].y + ps[1].y) / 2 - box.top); }
        s.pinch = d;
        s.moved = true;
        return;
      }
      s.pointers.set(e.pointerId, now);
    });
    function release(e) {
      s.pointers.delete(e.pointerId);
      if (s.pointers.size < 2) { s.pinch = 0; }
      panel.classList.remove("panning");
    }
    panel.addEventListener("pointerup", release);
    panel.addEventListener("pointercancel", release);
    // a drag is not a click on the node it started on
    panel.addEventListener("click", function (e) {
      if (s.moved) { e.stopPropagation(); e.preventDefault(); s.moved = false; }
    }, true);
    panel.addEventListener("keydown", function (e) {
      if (e.target !== panel) { return; }
      if (e.key === "+" || e.key === "=") { zoomAt(1.25); e.preventDefault(); }
      else if (e.key === "-") { zoomAt(0.8); e.preventDefault(); }
      else if (e.key === "0") { fit(); e.preventDefault(); }
    });
    if (root.ResizeObserver) {
      new root.ResizeObserver(function () { if (s.fitted) { fit(); } else { apply(); } }).observe(panel);
    } else {
      root.addEventListener("resize", function () { if (s.fitted) { fit(); } else { apply(); } });
    }
    update();
    return {update: update, fit: fit, zoom: zoomAt, reveal: reveal, scale: function () { return s.k; },
      fitted: function () { return s.fitted; }};
  }

  root.GraphView = {attach: attach};
})(typeof window !== "undefined" ? window : this);
