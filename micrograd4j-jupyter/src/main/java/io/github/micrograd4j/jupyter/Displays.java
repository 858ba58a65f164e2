package io.github.micrograd4j.jupyter;

import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.check.GradientCheckReport;
import io.github.micrograd4j.core.check.InputCheck;
import io.github.micrograd4j.core.explain.BackpropStep;
import io.github.micrograd4j.nn.train.Objective;
import io.github.micrograd4j.nn.train.StepRecord;
import io.github.micrograd4j.nn.train.TrainingHistory;
import io.github.micrograd4j.viz.BackpropPictures;
import io.github.micrograd4j.viz.GraphTooLargeException;
import io.github.micrograd4j.viz.WalkthroughPage;
import io.github.micrograd4j.viz.plot.Figure;
import io.github.micrograd4j.viz.plot.Plots;
import io.github.micrograd4j.viz.render.SvgRenderer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What micrograd4j's types look like in a notebook, as display data any Jupyter kernel can send: a
 * {@link Value} as {@code draw_dot}'s graph (SVG), {@link BackpropPictures} as the walkthrough page's
 * step-through, a {@link GradientCheckReport} as a table, a {@link TrainingHistory} as its curves, an
 * {@link Objective} (a model with its data) as its decision boundary and a {@link TrainingRun} as both.
 * A graph over the pictures' limits shows the one-line refusal as text instead, as the CLI prints it.
 * SVG is given as the {@code <svg>} element without an XML declaration, as IPython's {@code SVG} display does.
 */
public final class Displays {
    /**
     * Height of the step-through's frame besides its graph and table rows: title, intro, buttons, step
     * sentence, table heading (measured in Chromium at the page's default font size, with some to spare,
     * since a frame cannot size itself to a sandboxed page).
     */
    private static final int PAGE_CHROME = 400;
    /** Height of one row of the page's closing gradient table, as measured there. */
    private static final int TABLE_ROW = 34;

    private Displays() {
    }

    /**
     * The display of an object whose type this class knows.
     *
     * @param o any object
     * @return its display, or empty if it is none of the types above
     */
    public static Optional<MimeBundle> of(Object o) {
        if (o instanceof Value v) {
            return Optional.of(value(v));
        } else if (o instanceof BackpropPictures p) {
            return Optional.of(stepThrough(p));
        } else if (o instanceof GradientCheckReport r) {
            return Optional.of(gradientCheck(r));
        } else if (o instanceof TrainingHistory h) {
            return Optional.of(history(h));
        } else if (o instanceof Objective m) {
            return Optional.of(model(m));
        } else if (o instanceof TrainingRun r) {
            return Optional.of(run(r));
        }
        return Optional.empty();
    }

    /**
     * The graph ending at {@code v} with the data and grads it holds now, as {@code draw_dot} draws it.
     *
     * @param v the graph's output
     * @return SVG with the value's text form as fallback, or the refusal if the graph is too large
     */
    public static MimeBundle value(Value v) {
        Objects.requireNonNull(v, "value");
        BackpropPictures pictures;
        try {
            pictures = BackpropPictures.of(v);
        } catch (GraphTooLargeException e) {
            return refusal(e);
        }
        return MimeBundle.of(MimeBundle.SVG, SvgRenderer.element(pictures.graph()), v.toString());
    }

    /**
     * The walkthrough page (Previous/Next, the ← → keys, each step's chain-rule sentence) in a sandboxed
     * frame: the page keeps its own style, script and element ids apart from the notebook's and from
     * other step-throughs in it, and, like the page, loads nothing.
     *
     * @param pictures the laid-out graph and its steps
     * @return HTML with the chain-rule steps as text for a front end that shows no HTML
     */
    public static MimeBundle stepThrough(BackpropPictures pictures) {
        Objects.requireNonNull(pictures, "pictures");
        String page = WalkthroughPage.html(pictures);
        long height = Math.round(pictures.blank().height()) + PAGE_CHROME + (long) TABLE_ROW * pictures.valueCount();
        String frame = "<iframe sandbox=\"allow-scripts\" title=\"backpropagation step by step\" style=\"width: 100%; "
                + "border: 1px solid #ddd\" height=\"" + height + "\" srcdoc=\"" + attribute(page) + "\"></iframe>";
        StringBuilder text = new StringBuilder();
        for (BackpropStep step : pictures.steps()) {
            text.append(step.text()).append('\n');
        }
        return MimeBundle.of(MimeBundle.HTML, frame, text.toString());
    }

    /**
     * The step-through of the graph ending at {@code output}, or the refusal if it is too large.
     *
     * @param output the graph's output
     * @return the display
     */
    public static MimeBundle stepThrough(Value output) {
        try {
            return stepThrough(BackpropPictures.of(Objects.requireNonNull(output, "output")));
        } catch (GraphTooLargeException e) {
            return refusal(e);
        }
    }

    /**
     * A gradient check as an HTML table, one row per input, failed rows marked, with the settings.
     *
     * @param report the check
     * @return HTML with the report's fixed-width table as text
     */
    public static MimeBundle gradientCheck(GradientCheckReport report) {
        Objects.requireNonNull(report, "report");
        StringBuilder html = new StringBuilder("<table class=\"micrograd4j-gradcheck\">\n<thead><tr><th>input</th>"
                + "<th>value</th><th>analytic</th><th>numeric</th><th>error</th><th>result</th></tr></thead>\n<tbody>\n");
        long failed = 0;
        for (InputCheck line : report.inputs()) {
            failed += line.passed() ? 0 : 1;
            html.append("<tr").append(line.passed() ? "" : " style=\"color: #c00; font-weight: bold\"").append("><td>")
                    .append(SvgRenderer.escape(line.name())).append("</td>").append(cell("%.6f", line.value()))
                    .append(cell("%.6f", line.analytic())).append(cell("%.6f", line.numeric()))
                    .append(cell("%.2e", line.error())).append("<td>").append(line.passed() ? "ok" : "FAIL")
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n<caption style=\"caption-side: bottom\">")
                .append(report.settings().oneSided() ? "one-sided" : "central").append(" difference, eps ")
                .append(report.settings().eps()).append(", atol ").append(report.settings().atol()).append(", rtol ")
                .append(report.settings().rtol()).append(": ").append(report.inputs().size() - failed)
                .append(" passed, ").append(failed).append(" failed</caption>\n</table>");
        return MimeBundle.of(MimeBundle.HTML, html.toString(), report.toTable());
    }

    /**
     * A run's loss and accuracy curves.
     *
     * @param history the run
     * @return SVG with a one-line summary as text, or the summary alone for a run of no steps
     */
    public static MimeBundle history(TrainingHistory history) {
        Objects.requireNonNull(history, "history");
        String summary = summary(history);
        if (history.steps().isEmpty()) {
            return MimeBundle.text(summary);
        }
        return MimeBundle.of(MimeBundle.SVG, inline(Plots.trainingCurves(history.losses(), history.accuracies(), "training").svg()), summary);
    }

    /**
     * A model's decision boundary over its data.
     *
     * @param objective the model, its data and loss
     * @return SVG with the model and its accuracy as text, or the text alone when the data does not have
     *     exactly 2 features (the plot's axes)
     */
    public static MimeBundle model(Objective objective) {
        TrainingRun now = new TrainingRun(objective, new TrainingHistory(List.of()));
        String text = modelText(now);
        if (objective.data().featureCount() != 2) {
            return MimeBundle.text(text + " (no decision boundary: the plot needs 2 features)");
        }
        return MimeBundle.of(MimeBundle.SVG, inline(boundary(objective).svg()), text);
    }

    /**
     * A run: the decision boundary (2 features) beside the loss and accuracy curves (1 step or more).
     *
     * @param run the model, its data and its steps so far
     * @return HTML with both pictures inline, with a summary as text
     */
    public static MimeBundle run(TrainingRun run) {
        Objects.requireNonNull(run, "run");
        String text = modelText(run) + "; " + summary(run.history());
        StringBuilder html = new StringBuilder("<div class=\"micrograd4j-training\" style=\"display: flex; "
                + "flex-wrap: wrap; gap: 8px; align-items: flex-start\">\n");
        if (run.objective().data().featureCount() == 2) {
            html.append("<div>").append(inline(boundary(run.objective()).svg())).append("</div>\n");
        }
        if (!run.history().steps().isEmpty()) {
            html.append("<div>").append(inline(Plots.trainingCurves(run.history().losses(), run.history().accuracies(), "training").svg()))
                    .append("</div>\n");
        }
        html.append("</div>\n<pre>").append(SvgRenderer.escape(text)).append("</pre>");
        return MimeBundle.of(MimeBundle.HTML, html.toString(), text);
    }

    /**
     * The one line shown instead of a picture of a graph over the limits, as the CLI's error.
     *
     * @param e the refusal
     * @return the text
     */
    public static MimeBundle refusal(GraphTooLargeException e) {
        return MimeBundle.text("error: " + e.getMessage() + "; show it as text with DotExporter.toDot(value) instead");
    }

    private static Figure boundary(Objective objective) {
        return Plots.decisionBoundary(points(objective.data()), x -> objective.loss().predict(objective.model().predict(x)),
                objective.data().name() + ": MLP " + objective.model().sizes());
    }

    private static String modelText(TrainingRun run) {
        return String.format(Numbers.LOCALE, "MLP(%d, %s) on %s: accuracy %.4f", run.objective().model().inputCount(),
                run.objective().model().sizes(), run.objective().data().name(), run.accuracy());
    }

    private static String summary(TrainingHistory history) {
        if (history.steps().isEmpty()) {
            return "0 steps";
        }
        StepRecord first = history.steps().get(0);
        StepRecord last = history.last();
        return String.format(Numbers.LOCALE, "%d steps: loss %.4f -> %.4f, accuracy %.4f -> %.4f",
                history.steps().size(), first.loss(), last.loss(), first.accuracy(), last.accuracy());
    }

    private static String cell(String format, double x) {
        return "<td style=\"text-align: right\">" + String.format(Numbers.LOCALE, format, x) + "</td>";
    }

    /**
     * An SVG document as its {@code <svg>} element alone. Inside HTML a declaration does not belong, and as
     * {@code image/svg+xml} output nbconvert's HTML export (lxml) refuses a string with an encoding declaration.
     */
    private static String inline(String svgDocument) {
        return svgDocument.startsWith("<?xml") ? svgDocument.substring(svgDocument.indexOf("?>") + 2).strip()
                : svgDocument;
    }

    /** Text for a double-quoted HTML attribute. */
    private static String attribute(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** The data as the plots take it: plain arrays. */
    private static Plots.Points points(io.github.micrograd4j.nn.data.Dataset data) {
        return new Plots.Points(data.name(), data.features(), data.classes(), data.labelValues());
    }
}
