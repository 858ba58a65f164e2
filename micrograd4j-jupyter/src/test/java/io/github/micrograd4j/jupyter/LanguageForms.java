package io.github.micrograd4j.jupyter;

import static io.github.micrograd4j.jupyter.NotebookJson.only;
import static io.github.micrograd4j.jupyter.NotebookJson.stdout;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.jupyter.NotebookJson.CodeCell;
import io.github.micrograd4j.jupyter.NotebookJson.Output;
import io.github.micrograd4j.lang.Evaluation;
import io.github.micrograd4j.lang.Program;
import io.github.micrograd4j.lang.grad.GradRun;
import io.github.micrograd4j.lang.grad.GradTable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Notebook 1 writes each step that builds or changes the graph twice, a Java cell and then the same step as a
 * {@code grad("""…""")} cell. This compares each such pair in an executed notebook, so that the two forms cannot
 * drift apart: the language cell's graph has the same values (labels, ops and data) as the Java cell's graph,
 * and the same grads once the Java graph has any.
 */
final class LanguageForms {
    private static final Pattern LABEL = Pattern.compile("<text id=\"(v\\d+)-label\"[^>]*>([^<]*)</text>");
    private static final Pattern PRINTED = Pattern.compile("Value\\(data=(\\S+), grad=\\S+, label=(\\w+)\\)");
    private static final String TEXT_BLOCK = "grad(\"\"\"";

    private LanguageForms() {
    }

    /**
     * Checks every language form (a cell that is one {@code grad("""…""")} text block) against the code cell
     * before it, its Java form.
     *
     * @param cells the executed notebook's code cells
     * @param language the language the notebook's displays speak
     * @return how many pairs were compared
     */
    static int assertEachDrawsTheGraphOfItsJavaForm(List<CodeCell> cells, Language language) {
        int pairs = 0;
        for (int i = 1; i < cells.size(); i++) {
            String source = cells.get(i).source().strip();
            if (!source.startsWith(TEXT_BLOCK) || !source.endsWith("\"\"\")")) {
                continue;
            }
            CodeCell form = cells.get(i);
            CodeCell java = cells.get(i - 1);
            String program = source.substring(TEXT_BLOCK.length(), source.length() - 4);
            Evaluation run = GradRun.of(Program.parse(program), Map.of(), false).run();
            // what the cell shows is the language module's own run of the program
            assertThat(only(form, "text/plain")).as("table of %s", source)
                    .isEqualTo(GradTable.text(run, language));
            Map<String, String> drawn = boxes(only(form, "image/svg+xml"));
            List<Output> javaSvg = java.outputs().stream().filter(o -> o.data().containsKey("image/svg+xml")).toList();
            if (javaSvg.isEmpty()) {
                // the inputs alone: Java prints them, the language's table lists them
                Matcher printed = PRINTED.matcher(stdout(java));
                Map<String, Double> values = new LinkedHashMap<>();
                while (printed.find()) {
                    values.put(printed.group(2), Double.parseDouble(printed.group(1)));
                }
                assertThat(values.keySet()).as("values printed by %s", java.source()).containsExactlyElementsOf(run.names());
                for (int k = 0; k < run.names().size(); k++) {
                    Value v = run.results().get(k);
                    assertThat(v.data()).as("data of %s", run.names().get(k)).isEqualTo(values.get(run.names().get(k)));
                    assertThat(v.isLeaf()).as("%s is an input", run.names().get(k)).isTrue();
                }
            } else {
                assertThat(javaSvg).hasSize(1);
                Map<String, String> javaBoxes = boxes(javaSvg.get(0).get("image/svg+xml"));
                boolean javaHasGrads = javaBoxes.values().stream().anyMatch(b -> !b.endsWith(" 0.0000"));
                for (Map.Entry<String, String> box : javaBoxes.entrySet()) {
                    // label, op and data always; the grads too once Java has computed them (grad runs backward at once)
                    String javaBox = javaHasGrads ? box.getValue() : box.getValue().replaceAll(" \\S+ \\S+$", "");
                    String languageBox = drawn.get(box.getKey()) == null || javaHasGrads ? drawn.get(box.getKey())
                            : drawn.get(box.getKey()).replaceAll(" \\S+ \\S+$", "");
                    assertThat(languageBox).as("box %s in %s against %s", box.getKey(), source, java.source())
                            .isEqualTo(javaBox);
                }
                assertThat(drawn.keySet()).as("values drawn by %s", source).isEqualTo(javaBoxes.keySet());
            }
            pairs++;
        }
        return pairs;
    }

    /** Each value box of a graph's SVG, by label: its op (or "leaf"), then the texts of its data and grad fields. */
    static Map<String, String> boxes(String svg) {
        Map<String, String> boxes = new LinkedHashMap<>();
        Matcher label = LABEL.matcher(svg);
        while (label.find()) {
            String id = label.group(1);
            Matcher op = Pattern.compile("<g id=\"" + id + "-op\"[^>]*>.*?<text[^>]*>([^<]*)</text>", Pattern.DOTALL)
                    .matcher(svg);
            boxes.put(label.group(2), (op.find() ? op.group(1) : "leaf") + " " + field(svg, id, "data") + " "
                    + field(svg, id, "grad"));
        }
        assertThat(boxes).as("value boxes in the SVG").isNotEmpty();
        return boxes;
    }

    private static String field(String svg, String id, String field) {
        Matcher f = Pattern.compile("id=\"" + id + "-" + field + "\"[^>]*>([^<]*)</text>").matcher(svg);
        assertThat(f.find()).as("%s of %s in the SVG", field, id).isTrue();
        return f.group(1);
    }
}
