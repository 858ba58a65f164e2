package io.github.micrograd4j.viz;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.explain.BackpropStep;
import io.github.micrograd4j.core.text.CoreText;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.viz.render.SvgRenderer;
import io.github.micrograd4j.viz.scene.Style;
import io.github.micrograd4j.viz.text.VizText;
import java.util.List;

/**
 * The walkthrough as one self-contained HTML page: the graph (inline SVG), Previous / Next buttons and
 * the arrow keys to step through backpropagation, the current step's chain-rule sentence and its
 * reason, and the final gradient table. The address ends in {@code #step-N} for the step shown, so a
 * step can be linked to and survives a reload.
 *
 * <p>Nothing is loaded from anywhere: styles and script are inline, fonts are the reader's own
 * monospaced ones, and a Content-Security-Policy forbids every fetch, so the page works opened from
 * disk and cannot leak a request. Each step shows exactly what {@link BackpropPictures#step(int)}
 * draws: grads known so far filled in, later ones blank, the step's node highlighted.
 */
public final class WalkthroughPage {
    /** The page's Content-Security-Policy: inline style and script only, no fetch of any kind. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

    private WalkthroughPage() {
    }

    /**
     * The page for a graph's backpropagation.
     *
     * @param pictures the laid-out graph and its steps
     * @return the HTML text, UTF-8 when written
     */
    public static String html(BackpropPictures pictures) {
        List<BackpropStep> steps = pictures.steps();
        Language language = pictures.language();
        String output = steps.get(0).name();
        String title = VizText.PAGE_TITLE.format(language, output);
        StringBuilder page = new StringBuilder(16_384);
        page.append("<!DOCTYPE html>\n<html lang=\"").append(language.tag())
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY)
                .append("\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"micrograd4j\">\n<title>").append(h(title))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        page.append("<h1>").append(h(title)).append("</h1>\n");
        page.append("<p class=\"intro\">").append(h(VizText.PAGE_INTRO.in(language))).append("</p>\n");
        page.append("<nav id=\"controls\"><button id=\"prev\" type=\"button\">").append(h(VizText.PREVIOUS.in(language)))
                .append("</button> <span id=\"counter\" aria-live=\"polite\"></span> ")
                .append("<button id=\"next\" type=\"button\">").append(h(VizText.NEXT.in(language))).append("</button>")
                .append(legend(pictures, language))
                .append("</span></nav>\n");
        page.append("<p id=\"text\" class=\"chain\"></p>\n<p id=\"reason\" class=\"reason\"></p>\n");
        page.append("<div id=\"graph\" tabindex=\"0\">\n").append(SvgRenderer.element(pictures.blank())).append("</div>\n");
        page.append("<h2>").append(h(VizText.FINAL_GRADIENTS.in(language))).append("</h2>\n<table id=\"grads\">\n<thead><tr><th>")
                .append(h(VizText.COLUMN_VALUE.in(language))).append("</th><th>").append(h(VizText.COLUMN_OP.in(language)))
                .append("</th><th>").append(h(VizText.COLUMN_DATA.in(language))).append("</th><th>")
                .append(h(VizText.COLUMN_GRAD.format(language, output))).append("</th></tr></thead>\n<tbody>\n");
        for (BackpropStep step : steps) {
            Value v = step.node();
            page.append("<tr id=\"row-v").append(pictures.idOf(v)).append("\" data-name=\"").append(h(step.name()))
                    .append("\"><td class=\"name\">").append(h(step.name())).append("</td><td>")
                    .append(h(v.opLabel())).append("</td><td class=\"num\">").append(BackpropPictures.number(v.data()))
                    .append("</td><td class=\"num grad\">").append(BackpropPictures.number(step.grad()))
                    .append("</td></tr>\n");
        }
        page.append("</tbody>\n</table>\n");
        // one script element (the page's policy allows its own inline script): the graph's view, then the steps
        page.append("<script>\n\"use strict\";\n").append(GraphView.script()).append("\nconst STEPS = [\n");
        for (int i = 0; i < steps.size(); i++) {
            BackpropStep step = steps.get(i);
            page.append("{\"id\":\"v").append(pictures.idOf(step.node())).append("\",\"grad\":")
                    .append(ScriptStrings.string(BackpropPictures.number(step.grad()))).append(",\"text\":")
                    .append(ScriptStrings.string(step.text())).append(",\"reason\":").append(ScriptStrings.string(step.reason()))
                    .append(i + 1 < steps.size() ? "},\n" : "}\n");
        }
        page.append("];\nconst WORDS = {grad: ").append(ScriptStrings.string(VizText.CELL_GRAD.in(language)))
                .append(", counter: ").append(ScriptStrings.string(VizText.COUNTER.in(language)))
                .append(", because: ").append(ScriptStrings.string(CoreText.BECAUSE.in(language))).append("};\n");
        page.append("const CURRENT = {fill: \"").append(Palette.CURRENT.fill()).append("\", stroke: \"")
                .append(Palette.CURRENT.stroke()).append("\", width: \"")
                .append(Palette.CURRENT.strokeWidth() == Math.rint(Palette.CURRENT.strokeWidth())
                        ? Long.toString((long) Palette.CURRENT.strokeWidth())
                        : Double.toString(Palette.CURRENT.strokeWidth()))
                .append("\"};\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return page.toString();
    }

    /**
     * The legend: what each colour of the picture means, each swatch drawn in the picture's own colours
     * ({@link Palette}). The grey constant only when the graph has one.
     */
    private static String legend(BackpropPictures pictures, Language language) {
        StringBuilder legend = new StringBuilder("<span class=\"legend\" id=\"legend\">");
        swatch(legend, "leaf", Palette.LEAF, VizText.LEGEND_INPUT.in(language));
        if (pictures.drawsConstants()) {
            swatch(legend, "constant", Palette.CONSTANT, VizText.LEGEND_CONSTANT.in(language));
        }
        swatch(legend, "value", Palette.VALUE, VizText.LEGEND_VALUE.in(language));
        swatch(legend, "op", Palette.OP, VizText.LEGEND_OP.in(language));
        swatch(legend, "output", Palette.OUTPUT, VizText.LEGEND_OUTPUT.in(language));
        swatch(legend, "current", Palette.CURRENT, VizText.LEGEND_CURRENT.in(language));
        return legend.append("</span>").toString();
    }

    private static void swatch(StringBuilder legend, String kind, Style style, String words) {
        legend.append("<span class=\"key\" data-kind=\"").append(kind).append("\"><span class=\"swatch ").append(kind)
                .append("\" style=\"background: ").append(style.fill()).append("; border-color: ").append(style.stroke())
                .append("\"></span>").append(h(words)).append("</span>");
    }

    private static String h(String text) {
        return SvgRenderer.escape(text);
    }

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, 'Segoe UI', 'DejaVu Sans', sans-serif; margin: 1.5rem;
                   color: #202124; background: #ffffff; }
            h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
            h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
            .intro { max-width: 60rem; color: #3c4043; }
            nav { display: flex; align-items: center; gap: .75rem; flex-wrap: wrap; margin: 1rem 0 .5rem; }
            button { font: inherit; padding: .35rem .9rem; border: 1px solid #80868b; border-radius: 6px;
                     background: #f8f9fa; cursor: pointer; }
            button:disabled { opacity: .4; cursor: default; }
            #counter { font-weight: bold; min-width: 8rem; text-align: center; }
            .legend { margin-left: 1.5rem; color: #5f6368; font-size: .9rem; }
            .legend .key { white-space: nowrap; margin-right: .75rem; }
            .swatch { display: inline-block; width: .9rem; height: .9rem; border: 2px solid; vertical-align: -2px;
                      margin-right: .3rem; }
            .swatch.op { width: 1.3rem; border-radius: 50%; border-width: 1px; }
            .swatch.constant, .swatch.value { border-width: 1px; }
            .chain { font-family: 'DejaVu Sans Mono', 'Liberation Mono', Menlo, Consolas, monospace; font-size: 1.05rem;
                     font-weight: bold; margin: .5rem 0 .25rem; white-space: pre-wrap; }
            .reason { font-family: 'DejaVu Sans Mono', 'Liberation Mono', Menlo, Consolas, monospace; color: #5f6368;
                      margin: 0 0 .75rem; min-height: 1.2em; white-space: pre-wrap; }
            #graph { position: relative; overflow: hidden; height: 70vh; min-height: 14rem; border: 1px solid #dadce0;
                     border-radius: 6px; touch-action: none; cursor: grab; }
            #graph.panning { cursor: grabbing; }
            #graph svg { display: block; position: absolute; inset: 0; }
            .graph-zoom { position: absolute; right: .4rem; top: .4rem; display: flex; gap: .25rem; z-index: 1; }
            .graph-zoom button { padding: .1rem .55rem; background: rgba(255, 255, 255, .92); font-size: .9rem; }
            table { border-collapse: collapse; font-family: 'DejaVu Sans Mono', 'Liberation Mono', Menlo, Consolas,
                    monospace; }
            th, td { border: 1px solid #dadce0; padding: .2rem .7rem; }
            th { background: #f1f3f4; text-align: left; }
            td.num { text-align: right; }
            td.grad { color: #b3261e; font-weight: bold; }
            tr.current td { background: #fff4c2; }
            """;

    private static final String SCRIPT = """
            (function () {
              // a message template's {0}, {1}, ... filled as core.text.Templates fills them
              function fill(template, args) {
                return template.replace(/\\{(\\d)\\}/g, function (all, i) { return String(args[Number(i)]); });
              }
              const view = GraphView.attach(document.getElementById("graph")); // fitted, zoom and pan
              const boxes = new Map();
              for (const step of STEPS) {
                const group = document.getElementById(step.id);
                const rect = group.querySelector("rect");
                boxes.set(step.id, {
                  group: group, rect: rect, seps: group.querySelectorAll("line"), grad: document.getElementById(step.id + "-grad"),
                  row: document.getElementById("row-" + step.id),
                  fill: rect.getAttribute("fill"), stroke: rect.getAttribute("stroke"),
                  width: rect.getAttribute("stroke-width")
                });
              }
              const prev = document.getElementById("prev");
              const next = document.getElementById("next");
              let at = 0;
              function show(index) {
                at = Math.max(0, Math.min(STEPS.length - 1, index));
                STEPS.forEach(function (step, i) {
                  const box = boxes.get(step.id);
                  box.grad.textContent = fill(WORDS.grad, [i <= at ? step.grad : ""]);
                  const current = i === at;
                  box.rect.setAttribute("fill", current ? CURRENT.fill : box.fill);
                  box.rect.setAttribute("stroke", current ? CURRENT.stroke : box.stroke);
                  box.rect.setAttribute("stroke-width", current ? CURRENT.width : box.width);
                  box.seps.forEach(function (line) {
                    line.setAttribute("stroke", current ? CURRENT.stroke : box.stroke);
                  });
                  box.group.classList.toggle("current", current);
                  box.row.classList.toggle("current", current);
                });
                document.getElementById("counter").textContent = fill(WORDS.counter, [at + 1, STEPS.length]);
                document.getElementById("text").textContent = STEPS[at].text;
                document.getElementById("reason").textContent =
                    STEPS[at].reason === "" ? "" : fill(WORDS.because, [STEPS[at].reason]);
                prev.disabled = at === 0;
                next.disabled = at === STEPS.length - 1;
                if (window.history && history.replaceState) {
                  try { history.replaceState(null, "", "#step-" + (at + 1)); } catch (e) { /* some file: URLs refuse */ }
                }
                view.reveal(boxes.get(STEPS[at].id).group);
              }
              prev.addEventListener("click", function () { show(at - 1); });
              next.addEventListener("click", function () { show(at + 1); });
              document.addEventListener("keydown", function (e) {
                if (e.key === "ArrowRight" || e.key === "ArrowDown") { show(at + 1); e.preventDefault(); }
                else if (e.key === "ArrowLeft" || e.key === "ArrowUp") { show(at - 1); e.preventDefault(); }
                else if (e.key === "Home") { show(0); e.preventDefault(); }
                else if (e.key === "End") { show(STEPS.length - 1); e.preventDefault(); }
              });
              const linked = /^#step-(\\d+)$/.exec(location.hash);
              show(linked ? parseInt(linked[1], 10) - 1 : 0);
            })();
            """;
}
