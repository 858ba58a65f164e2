package io.github.micrograd4j.jupyter;

import static io.github.micrograd4j.jupyter.NotebookJson.only;
import static io.github.micrograd4j.jupyter.NotebookJson.stdout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.jupyter.NotebookJson.CodeCell;
import io.github.micrograd4j.jupyter.NotebookJson.Output;
import io.github.micrograd4j.lang.Program;
import io.github.micrograd4j.lang.ProgramException;
import io.github.micrograd4j.lang.grad.GradRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Executes every notebook in {@code notebooks/} with the micrograd4j kernel spec (in a temporary
 * {@code JUPYTER_PATH}) and checks what the cells show: the walkthrough's graph and grads, the lecture's
 * neuron and MLP, the moons demo reaching accuracy 1.0. The committed notebooks are read, never written.
 */
class NotebooksTest {
    private static final Path NOTEBOOKS = Path.of(System.getProperty("micrograd4j.notebooks", "../notebooks"));

    @TempDir
    static Path home;
    private static JupyterRunner runner;

    @BeforeAll
    static void jupyter() throws IOException, InterruptedException {
        runner = JupyterRunner.create(home);
    }

    private static List<CodeCell> execute(String name) throws IOException, InterruptedException {
        Path run = runner.execute(NOTEBOOKS.resolve(name), home.resolve("out").resolve(name));
        // the kernel's start-up, start-up script included, logs nothing below a warning to Jupyter's terminal
        assertThat(Files.readString(runner.log(NOTEBOOKS.resolve(name)))).doesNotContain("INFO", "Loading init script");
        List<CodeCell> executed = NotebookJson.codeCells(run);
        // the outputs must survive a reader's tools too: nbconvert's HTML export fails on an SVG string with
        // an XML encoding declaration (lxml refuses it), so SVG is sent as the bare <svg> element
        assertThat(runner.toHtml(run)).isRegularFile();
        for (CodeCell cell : executed) {
            for (Output out : cell.outputs()) {
                if (out.data().containsKey("image/svg+xml")) {
                    assertThat(out.get("image/svg+xml")).startsWith("<svg ");
                }
            }
        }
        List<CodeCell> committed = NotebookJson.codeCells(NOTEBOOKS.resolve(name));
        // committed with outputs, so the notebook reads on GitHub without running: the same cells show something
        assertThat(committed).hasSameSizeAs(executed);
        for (int i = 0; i < executed.size(); i++) {
            assertThat(committed.get(i).outputs().isEmpty()).as("committed outputs of cell %d of %s", i, name)
                    .isEqualTo(executed.get(i).outputs().isEmpty());
        }
        return executed;
    }

    @Test
    void walkthroughShowsTheGraphTheGradsAndTheCheck() throws Exception {
        List<CodeCell> cells = execute("01-walkthrough.ipynb");
        Value[] w = walkthrough();

        CodeCell whole = cell(cells, "Value L = d.mul(f)");
        String before = only(whole, "image/svg+xml");
        assertThat(svgField(before, "a", "grad")).isEqualTo("grad 0.0000");
        assertThat(svgField(before, "L", "data")).isEqualTo(String.format(Locale.ROOT, "data %.4f", w[6].data()));
        // shown before any gradient was known: the text of a node with L's data and label and grad 0
        assertThat(only(whole, "text/plain")).isEqualTo(new Value(w[6].data(), "L").toString());

        String byHand = only(cell(cells, "a.setGrad("), "image/svg+xml");
        for (Value v : w) {
            assertThat(svgField(byHand, v.label(), "grad")).as("grad of %s", v.label())
                    .isEqualTo(String.format(Locale.ROOT, "grad %.4f", v.grad()));
        }
        assertThat(byHand).contains("grad 6.0000", "grad -4.0000");

        assertThat(stdout(cell(cells, "L.backward()"))).contains(String.format(Locale.ROOT,
                "a %.1f  b %.1f  c %.1f  e %.1f  d %.1f  f %.1f  L %.1f", w[0].grad(), w[1].grad(), w[2].grad(),
                w[3].grad(), w[4].grad(), w[5].grad(), w[6].grad()));

        // every step that builds or changes the graph is written in Java and then in the language: the same graph
        assertThat(LanguageForms.assertEachDrawsTheGraphOfItsJavaForm(cells, Language.EN)).as("steps in both forms").isEqualTo(5);

        // the whole program in the language: the graph and grads of backward(), with grad's table below it
        CodeCell language = cell(cells, "f = -2.0\nL = d * f\n\"\"\")");
        String shown = only(language, "text/html");
        for (Value v : w) {
            assertThat(svgField(shown, v.label(), "grad")).as("grad of %s in the language's graph", v.label())
                    .isEqualTo(String.format(Locale.ROOT, "grad %.4f", v.grad()));
        }
        assertThat(shown.indexOf("<pre>")).as("the table below the graph").isGreaterThan(shown.indexOf("</svg>"));
        assertThat(only(language, "image/svg+xml")).contains("grad 6.0000");
        assertThat(only(language, "text/plain").lines().filter(l -> l.startsWith("a ")).toList()).singleElement()
                .asString().endsWith(String.format(Locale.ROOT, " %.4f", w[0].grad())).endsWith(" 6.0000");

        // the cell that mixes both prints each value's data and grad from the language and from Java: equal
        Matcher side = Pattern.compile("(?m)^(\\w+)  data (\\S+) = (\\S+)  grad (\\S+) = (\\S+)$")
                .matcher(stdout(cell(cells, "fromText.value(v.label())")));
        List<String> compared = new ArrayList<>();
        for (Value v : w) {
            assertThat(side.find()).as("a line for %s", v.label()).isTrue();
            assertThat(side.group(1)).isEqualTo(v.label());
            assertThat(Double.parseDouble(side.group(2))).as("data of %s", v.label()).isEqualTo(v.data())
                    .isEqualTo(Double.parseDouble(side.group(3)));
            assertThat(Double.parseDouble(side.group(4))).as("grad of %s", v.label()).isEqualTo(v.grad())
                    .isEqualTo(Double.parseDouble(side.group(5)));
            compared.add(v.label());
        }
        assertThat(compared).containsExactly("a", "b", "c", "e", "d", "f", "L");

        // one step along the gradient: L rises from -8 to the lecture's -7.2865, in both forms (compared above)
        Value[] nudged = new Value[4];
        for (int k : new int[] {0, 1, 2, 5}) {
            nudged[k == 5 ? 3 : k] = new Value(w[k].data() + 0.01 * w[k].grad());
        }
        double risen = nudged[0].mul(nudged[1]).add(nudged[2]).mul(nudged[3]).data();
        assertThat(svgField(only(cell(cells, "v.setData("), "image/svg+xml"), "L", "data"))
                .isEqualTo(String.format(Locale.ROOT, "data %.4f", risen)).isEqualTo("data -7.2865");

        CodeCell badProgram = cell(cells, "grad(\"a = 2.0; b = a * ; L = b\")");
        assertThat(badProgram.tags()).contains("raises-exception");
        assertThat(badProgram.outputs()).hasSize(1);
        ProgramException expected = catchThrowableOfType(ProgramException.class,
                () -> Program.parse("a = 2.0; b = a * ; L = b"));
        String programError = badProgram.outputs().get(0).get("error");
        assertThat(programError).startsWith("error: " + expected.describe() + "\n")
                .startsWith("error: line 1, column 18: ").contains("\n  a = 2.0; b = a * ; L = b\n" + " ".repeat(19) + "^");
        assertThat(programError.replaceAll("\u001b\\[[0-9;]*m", "").lines().filter(l -> l.matches("\\s+at \\S+\\(.*")))
                .isEmpty();

        CodeCell steps = cell(cells, "BackpropPictures.of(L)");
        assertThat(only(steps, "text/html")).startsWith("<iframe sandbox=\"allow-scripts\"").contains("srcdoc=\"&lt;!DOCTYPE html&gt;");
        assertThat(only(steps, "text/plain")).contains("dL/da = dL/de * de/da = -2.0000 * -3.0000 = 6.0000");

        Matcher numeric = Pattern.compile("\\(L\\(f \\+ h\\) - L\\(f\\)\\) / h = (\\S+), dL/df = (\\S+)")
                .matcher(stdout(cell(cells, "double h = 0.001")));
        assertThat(numeric.find()).isTrue();
        assertThat(Double.parseDouble(numeric.group(1))).isCloseTo(w[5].grad(), within(1e-3)).isNotEqualTo(0.0);
        assertThat(Double.parseDouble(numeric.group(2))).isEqualTo(w[5].grad());
        Matcher inLanguage = Pattern.compile("in the language: \\(L\\(f \\+ h\\) - L\\(f\\)\\) / h = (\\S+), dL/df = (\\S+)")
                .matcher(stdout(cell(cells, "numericInLanguage")));
        assertThat(inLanguage.find()).isTrue();
        assertThat(Double.parseDouble(inLanguage.group(1))).as("the same difference quotient")
                .isCloseTo(Double.parseDouble(numeric.group(1)), within(1e-9));
        assertThat(Double.parseDouble(inLanguage.group(2))).isEqualTo(w[5].grad());

        CodeCell check = cell(cells, "GradientCheck.walkthrough()");
        assertThat(only(check, "text/html")).startsWith("<table").contains("<td>a</td>", "6.000000");
        assertThat(only(check, "text/plain")).contains("4 passed, 0 failed");

        // the language's check is grad --check's: central differences, every input passes, dL/da = 6
        CodeCell languageCheck = cell(cells, ".check()");
        assertThat(only(languageCheck, "text/html")).startsWith("<table").contains("<td>a</td>", "6.000000");
        assertThat(only(languageCheck, "text/plain")).contains("4 passed, 0 failed", "central")
                .isEqualTo(GradRun.of(Program.parse("a = 2.0; b = -3.0; c = 10.0; e = a*b; d = e + c; f = -2.0; L = d * f"),
                        Map.of(), true).report().toTable(Language.EN));

        CodeCell bad = cell(cells, "AnomalyMode.enable()");
        assertThat(bad.tags()).contains("raises-exception");
        assertThat(bad.outputs()).hasSize(1);
        String error = bad.outputs().get(0).get("error");
        assertThat(error).startsWith("error: anomaly in forward").contains("log(0)");
        // one line: the error's text, no stack frames
        assertThat(error.replaceAll("\u001b\\[[0-9;]*m", "").lines().filter(l -> l.matches("\\s+at \\S+\\(.*"))).isEmpty();
        assertThat(error.split("\n")).hasSizeLessThanOrEqualTo(3);

        CodeCell big = cell(cells, "Value big");
        assertThat(big.outputs()).hasSize(1);
        assertThat(big.outputs().get(0).data()).containsOnlyKeys("text/plain");
        assertThat(big.outputs().get(0).get("text/plain")).startsWith("error: the graph has 4001 values").doesNotContain("\n");
    }

    @Test
    void neuronAndMlpShowTheLecturesNumbers() throws Exception {
        List<CodeCell> cells = execute("02-neuron-and-mlp.ipynb");
        Value x1 = new Value(2.0, "x1"), x2 = new Value(0.0, "x2");
        Value w1 = new Value(-3.0, "w1"), w2 = new Value(1.0, "w2");
        Value o = x1.mul(w1).add(x2.mul(w2)).add(6.8813735870195432).tanh();
        o.backward();
        String expected = String.format(Locale.ROOT, "o %.4f  x1 %.4f  w1 %.4f  x2 %.4f  w2 %.4f", o.data(), x1.grad(),
                w1.grad(), x2.grad(), w2.grad());
        assertThat(expected).isEqualTo("o 0.7071  x1 -1.5000  w1 1.0000  x2 0.5000  w2 0.0000");
        assertThat(stdout(cell(cells, "System.out.println(String.format(\"o %.4f"))).contains(expected);
        // the neuron in the language after the Java cell: the same graph, data and grads
        assertThat(LanguageForms.assertEachDrawsTheGraphOfItsJavaForm(cells, Language.EN)).as("neurons in both forms")
                .isEqualTo(1);
        assertThat(only(cell(cells, "o = tanh(n)"), "text/plain")).contains("tanh")
                .containsPattern("(?m)^x1 +2\\.0000 +-1\\.5000$");
        CodeCell expForm = cell(cells, ".exp()");
        assertThat(stdout(expForm)).contains(expected);
        assertThat(svgField(only(expForm, "image/svg+xml"), "o", "data")).isEqualTo("data 0.7071");

        List<Double> losses = new ArrayList<>();
        Matcher step = Pattern.compile("step +\\d+ loss (\\S+)").matcher(stdout(cell(cells, "for (int k = 0; k < 50")));
        while (step.find()) {
            losses.add(Double.parseDouble(step.group(1)));
        }
        assertThat(losses).hasSize(6);
        assertThat(losses.get(losses.size() - 1)).isLessThan(losses.get(0) / 10).isLessThan(0.1);
        Matcher pred = Pattern.compile("y (\\S+)  prediction (\\S+)").matcher(stdout(cell(cells, "prediction")));
        int points = 0;
        while (pred.find()) {
            double y = Double.parseDouble(pred.group(1));
            assertThat(Double.parseDouble(pred.group(2))).as("prediction of point %d", points).isCloseTo(y, within(0.25));
            points++;
        }
        assertThat(points).isEqualTo(4);
    }

    @Test
    void moonsTrainLiveToAccuracyOne() throws Exception {
        List<CodeCell> cells = execute("03-moons-live.ipynb");
        CodeCell before = cell(cells, "Objective objective");
        assertThat(only(before, "image/svg+xml")).contains("<svg");
        assertThat(only(before, "text/plain")).startsWith("MLP(2, [16, 16, 1]) on moons: accuracy ");

        CodeCell live = cell(cells, "Live.train(");
        // one display, redrawn in place: not one picture per redraw
        List<Output> displays = live.outputs().stream().filter(out -> out.type().equals("display_data")).toList();
        assertThat(displays).hasSize(1);
        String html = displays.get(0).get("text/html");
        assertThat(Pattern.compile("<svg").matcher(html).results().count()).isEqualTo(2);
        assertThat(displays.get(0).get("text/plain")).contains("accuracy 1.0000; 100 steps: loss");

        assertThat(stdout(cell(cells, "run.history().last()")))
                .contains("step 99 loss 0.0136, accuracy 1.00; after the last update: accuracy 1.00");
        assertThat(only(cell(cells, "run.history()"), "image/svg+xml")).contains("<svg");
    }

    /** The walkthrough's a b c e d f L after backward(), as micrograd4j computes them here. */
    private static Value[] walkthrough() {
        WalkthroughExample example = WalkthroughExample.build();
        example.L().backward();
        return new Value[] {example.a(), example.b(), example.c(), example.e(), example.d(), example.f(), example.L()};
    }

    /** The first code cell whose source is {@code source} exactly or, failing that, contains it. */
    private static CodeCell cell(List<CodeCell> cells, String source) {
        return cells.stream().filter(c -> c.source().strip().equals(source)).findFirst()
                .orElseGet(() -> cells.stream().filter(c -> c.source().contains(source)).findFirst()
                        .orElseThrow(() -> new AssertionError("no cell with " + source)));
    }

    /** The text of a value's field ("data" or "grad") in a graph's SVG, found through its label's element id. */
    private static String svgField(String svg, String label, String field) {
        Matcher m = Pattern.compile("id=\"(v\\d+)-label\"[^>]*>" + Pattern.quote(label) + "</text>").matcher(svg);
        assertThat(m.find()).as("label %s in the SVG", label).isTrue();
        Matcher f = Pattern.compile("id=\"" + m.group(1) + "-" + field + "\"[^>]*>([^<]*)</text>").matcher(svg);
        assertThat(f.find()).as("%s of %s in the SVG", field, label).isTrue();
        return f.group(1);
    }
}
