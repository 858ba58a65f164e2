package io.github.micrograd4j.jupyter;

import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.check.GradientCheckReport;
import io.github.micrograd4j.core.check.InputCheck;
import io.github.micrograd4j.core.explain.BackpropStep;
import io.github.micrograd4j.core.text.CoreText;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.nn.train.Objective;
import io.github.micrograd4j.nn.train.StepRecord;
import io.github.micrograd4j.nn.train.TrainingHistory;
import io.github.micrograd4j.viz.BackpropPictures;
import io.github.micrograd4j.viz.GraphTooLargeException;
import io.github.micrograd4j.viz.WalkthroughPage;
import io.github.micrograd4j.viz.plot.Figure;
import io.github.micrograd4j.viz.plot.Plots;
import io.github.micrograd4j.viz.render.SvgRenderer;
import io.github.micrograd4j.viz.text.VizText;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What micrograd4j's types look like in a notebook, as display data any Jupyter kernel can send: a
 * {@link Value} as {@code draw_dot}'s graph (SVG), {@link BackpropPictures} as the walkthrough page's
 * step-through, a {@link GradientCheckReport} as a table, a {@link TrainingHistory} as its curves, an
 * {@link Objective} (a model with its data) as its decision boundary, a {@link TrainingRun} as both, and a
 * {@link GradCell} (the expression language in a cell) as its graph with {@code grad}'s table below it.
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

    /** The language of the displays, for every cell of the notebook; English until set. */
    private static volatile Language language = Language.EN;

    private Displays() {
    }

    /**
     * Sets the language every display speaks from now on: the graph's box words, the step-through's page and
     * sentences, the gradient check's table and the training summaries. Numbers are the same in every
     * language.
     *
     * @param chosen the language, e.g. {@code Language.ZH}
     */
    public static void language(Language chosen) {
        language = Objects.requireNonNull(chosen, "language");
    }

    /**
     * {@link #language(Language)} by tag, for a notebook cell: {@code Displays.language("zh")}.
     *
     * @param tag {@code "zh"}, {@code "zh-CN"}, {@code "en"}, …
     * @throws IllegalArgumentException naming the tag and the choices, if no language has it
     */
    public static void language(String tag) {
        language(Language.fromTag(tag));
    }

    /**
     * The language the displays speak.
     *
     * @return the language last set, English by default
     */
    public static Language language() {
        return language;
    }

    /**
     * Every type this class shows, with the MIME type of its rich form and its display, in one place for the
     * kernels' adapters to register.
     */
    private static final List<Kind<?>> KINDS = List.of(new Kind<>(Value.class, MimeBundle.SVG, Displays::value),
            new Kind<>(BackpropPictures.class, MimeBundle.HTML, Displays::stepThrough),
            new Kind<>(GradientCheckReport.class, MimeBundle.HTML, Displays::gradientCheck),
            new Kind<>(TrainingHistory.class, MimeBundle.SVG, Displays::history),
            new Kind<>(Objective.class, MimeBundle.SVG, Displays::model),
            new Kind<>(TrainingRun.class, MimeBundle.HTML, Displays::run),
            new Kind<>(GradCell.class, MimeBundle.HTML, Displays::grad));

    /**
     * The types {@link #of} shows, each with the MIME type of its rich form (a refused graph falls back to text).
     *
     * @return type to MIME type, in a fixed order
     */
    public static Map<Class<?>, String> types() {
        Map<Class<?>, String> types = new LinkedHashMap<>();
        KINDS.forEach(k -> types.put(k.type(), k.mime()));
        return Collections.unmodifiableMap(types);
    }

    /**
     * The display of an object whose type this class knows.
     *
     * @param o any object
     * @return its display, or empty if it is none of the {@link #types()}
     */
    public static Optional<MimeBundle> of(Object o) {
        for (Kind<?> kind : KINDS) {
            if (kind.type().isInstance(o)) {
                return Optional.of(kind.show(o));
            }
        }
        return Optional.empty();
    }

    /**
     * A notebook cell's program run ({@code grad("""…""")}): the graph of its output, as {@link #value} draws it,
     * with {@code grad}'s table below it, the table being the text form too. A graph too large to draw gives its
     * refusal in place of the picture.
     *
     * @param cell the run
     * @return HTML with the graph and the table, the graph alone as SVG, and the table as text
     */
    public static MimeBundle grad(GradCell cell) {
        Objects.requireNonNull(cell, "cell");
        String table = cell.table();
        MimeBundle graph = value(cell.output());
        String svg = graph.get(MimeBundle.SVG);
        // inside HTML the picture keeps its own width, wider than the cell for the walkthrough's graph; scaled
        // down to the cell's width it shows whole, as front ends show an image/svg+xml output
        String picture = svg != null ? svg.replaceFirst("^<svg ", "<svg style=\"max-width: 100%; height: auto\" ")
                : "<pre>" + SvgRenderer.escape(graph.text()) + "</pre>";
        String html = "<div class=\"micrograd4j-grad\">\n<div>" + picture + "</div>\n<pre>"
                + SvgRenderer.escape(table) + "</pre>\n</div>";
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put(MimeBundle.HTML, html);
        if (svg != null) {
            forms.put(MimeBundle.SVG, svg); // for a front end that shows pictures but no HTML: the graph alone
        }
        forms.put(MimeBundle.TEXT, svg != null ? table : graph.text() + System.lineSeparator() + table);
        return new MimeBundle(forms);
    }

    /** A type, the MIME type of its rich form and how it is shown. */
    private record Kind<T>(Class<T> type, String mime, Function<T, MimeBundle> display) {
        MimeBundle show(Object o) {
            return display.apply(type.cast(o));
        }
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
            pictures = BackpropPictures.of(v, language);
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
     * <p>Pictures laid out in another language than {@link #language()} are laid out again in it, so the
     * step-through follows the setting however the pictures were made.
     *
     * @param pictures the laid-out graph and its steps
     * @return HTML with the chain-rule steps as text for a front end that shows no HTML
     */
    public static MimeBundle stepThrough(BackpropPictures pictures) {
        Objects.requireNonNull(pictures, "pictures");
        Language now = language;
        if (pictures.language() != now) {
            pictures = BackpropPictures.of(pictures.steps().get(0).node(), now);
        }
        String page = WalkthroughPage.html(pictures);
        long height = Math.round(pictures.blank().height()) + PAGE_CHROME + (long) TABLE_ROW * pictures.valueCount();
        String frame = "<iframe sandbox=\"allow-scripts\" title=\"" + attribute(VizText.FRAME_TITLE.in(now))
                + "\" style=\"width: 100%; "
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
            return stepThrough(BackpropPictures.of(Objects.requireNonNull(output, "output"), language));
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
        Language now = language;
        StringBuilder html = new StringBuilder("<table class=\"micrograd4j-gradcheck\">\n<thead><tr>");
        for (CoreText heading : List.of(CoreText.CHECK_INPUT, CoreText.CHECK_VALUE, CoreText.CHECK_ANALYTIC,
                CoreText.CHECK_NUMERIC, CoreText.CHECK_ERROR, CoreText.CHECK_RESULT)) {
            html.append("<th>").append(SvgRenderer.escape(heading.in(now))).append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        long failed = 0;
        for (InputCheck line : report.inputs()) {
            failed += line.passed() ? 0 : 1;
            html.append("<tr").append(line.passed() ? "" : " style=\"color: #c00; font-weight: bold\"").append("><td>")
                    .append(SvgRenderer.escape(line.name())).append("</td>").append(cell("%.6f", line.value()))
                    .append(cell("%.6f", line.analytic())).append(cell("%.6f", line.numeric()))
                    .append(cell("%.2e", line.error())).append("<td>")
                    .append((line.passed() ? CoreText.CHECK_OK : CoreText.CHECK_FAIL).in(now))
                    .append("</td></tr>\n");
        }
        html.append("</tbody>\n<caption style=\"caption-side: bottom\">")
                .append(SvgRenderer.escape(CoreText.CHECK_SUMMARY.format(now,
                        (report.settings().oneSided() ? CoreText.CHECK_ONE_SIDED : CoreText.CHECK_CENTRAL).in(now),
                        report.settings().eps(), report.settings().atol(), report.settings().rtol(),
                        report.inputs().size() - failed, failed)))
                .append("</caption>\n</table>");
        return MimeBundle.of(MimeBundle.HTML, html.toString(), report.toTable(now));
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
            return MimeBundle.text(DisplayText.NO_BOUNDARY.format(language, text));
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
        String text = modelText(run) + DisplayText.SEPARATOR.in(language) + summary(run.history());
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
        return MimeBundle.text(DisplayText.REFUSAL.format(language, e.message(language)));
    }

    private static Figure boundary(Objective objective) {
        return Plots.decisionBoundary(points(objective.data()), x -> objective.loss().predict(objective.model().predict(x)),
                objective.data().name() + ": MLP " + objective.model().sizes());
    }

    private static String modelText(TrainingRun run) {
        return DisplayText.MODEL.format(language, run.objective().model().inputCount(), run.objective().model().sizes(),
                run.objective().data().name(), four(run.accuracy()));
    }

    private static String summary(TrainingHistory history) {
        if (history.steps().isEmpty()) {
            return DisplayText.NO_STEPS.in(language);
        }
        StepRecord first = history.steps().get(0);
        StepRecord last = history.last();
        return DisplayText.STEPS_SUMMARY.format(language, history.steps().size(), four(first.loss()), four(last.loss()),
                four(first.accuracy()), four(last.accuracy()));
    }

    private static String four(double x) {
        return String.format(Numbers.LOCALE, "%.4f", x);
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
