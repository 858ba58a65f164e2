package io.github.micrograd4j.jupyter;

import static io.github.micrograd4j.jupyter.NotebookJson.only;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.fixture.MessageBundles;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.jupyter.NotebookJson.CodeCell;
import io.github.micrograd4j.jupyter.NotebookJson.Output;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Executes the Chinese twin of notebook 1 ({@code notebooks/01-walkthrough.zh.ipynb}) and checks that its
 * displays speak Chinese ({@code Displays.language(Language.ZH)} in its first cell) with the numbers of the
 * English notebook's committed outputs. The executed copy is left in {@code target/executed-notebooks/},
 * from where it can be committed with its outputs.
 */
class ChineseNotebookTest {
    private static final Path NOTEBOOKS = Path.of(System.getProperty("micrograd4j.notebooks", "../notebooks"));

    @TempDir
    static Path home;

    @Test
    void theChineseWalkthroughShowsTheEnglishNumbersInChinese() throws Exception {
        JupyterRunner runner = JupyterRunner.create(home);
        String name = "01-walkthrough.zh.ipynb";
        Path run = runner.execute(NOTEBOOKS.resolve(name), home.resolve("out").resolve(name));
        Path kept = Files.createDirectories(Path.of("target", "executed-notebooks"));
        Files.copy(run, kept.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        List<CodeCell> zh = NotebookJson.codeCells(run);
        List<CodeCell> en = NotebookJson.codeCells(NOTEBOOKS.resolve("01-walkthrough.ipynb"));
        assertThat(zh).hasSameSizeAs(en);

        String byHand = only(cell(zh, "a.setGrad("), "image/svg+xml");
        assertThat(byHand).contains("梯度 6.0000", "梯度 -4.0000", "值 -8.0000").doesNotContain("grad 6.0000");
        String steps = only(cell(zh, "BackpropPictures.of(L)"), "text/html");
        assertThat(steps).contains("lang=&quot;zh&quot;", "链式法则");
        assertThat(only(cell(zh, "BackpropPictures.of(L)"), "text/plain"))
                .contains("由链式法则，a 的梯度 dL/da = dL/de * de/da = -2.0000 * -3.0000 = 6.0000");
        // grad("""…""") follows the setting: Chinese words in the graph and the table, the English numbers
        // each step in Java and then in the language: the same graph, in Chinese as in English
        assertThat(LanguageForms.assertEachDrawsTheGraphOfItsJavaForm(zh, Language.ZH)).isEqualTo(5);
        CodeCell language = cell(zh, "f = -2.0\nL = d * f\n\"\"\")");
        assertThat(only(language, "text/html")).contains("梯度 6.0000", "梯度 -4.0000").doesNotContain("grad 6.0000");
        assertThat(only(language, "text/plain")).startsWith("变量   运算                 值           梯度");
        assertThat(cell(zh, "grad(\"a = 2.0; b = a * ;").outputs().get(0).get("error"))
                .startsWith("错误：第 1 行第 18 列：此处应为数字、变量名或 '('，却遇到了 ';'");
        String check = only(cell(zh, "GradientCheck.walkthrough()"), "text/html");
        assertThat(check).contains("数值梯度", "通过", "单侧差分");

        // the same numbers as the English notebook's committed outputs, cell by cell, in the same order
        for (int i = 0; i < en.size(); i++) {
            for (String mime : List.of("image/svg+xml", "text/plain")) {
                String english = joined(en.get(i), mime);
                if (english.isEmpty() || english.contains("Exception") || english.startsWith("error")) {
                    continue; // the error cells' texts are messages, compared by their own tests
                }
                assertThat(MessageBundles.numbersInOrder(withoutIds(joined(zh.get(i), mime))))
                        .as("numbers of cell %d (%s)", i, mime)
                        .isEqualTo(MessageBundles.numbersInOrder(withoutIds(english)));
            }
        }
    }

    /** A picture's element ids and geometry are layout, not numbers the reader reads: only text content. */
    private static String withoutIds(String text) {
        return text.contains("<svg") ? text.replaceAll("<[^>]*>", " ") : text;
    }

    private static String joined(CodeCell cell, String mime) {
        StringBuilder sb = new StringBuilder();
        for (Output out : cell.outputs()) {
            sb.append(out.get(mime));
        }
        return sb.toString();
    }

    private static CodeCell cell(List<CodeCell> cells, String source) {
        return cells.stream().filter(c -> c.source().contains(source)).findFirst()
                .orElseThrow(() -> new AssertionError("no cell with " + source));
    }
}
