package io.github.micrograd4j.jupyter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.check.GradientCheckReport;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.lang.Evaluation;
import io.github.micrograd4j.lang.Program;
import io.github.micrograd4j.lang.ProgramException;
import io.github.micrograd4j.lang.grad.GradRun;
import io.github.micrograd4j.lang.grad.GradTable;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code grad("""…""")} in a cell gives what {@code micrograd grad} gives: its numbers, its table, its errors. */
class GradCellTest {
    /** The walkthrough's expression as notebook 1 writes it in the language, a text block's line breaks and all. */
    private static final String WALKTHROUGH = """
            a = 2.0; b = -3.0; c = 10.0
            e = a*b; d = e + c
            f = -2.0
            L = d * f
            """;

    @AfterEach
    void english() {
        Displays.language(Language.EN);
    }

    @Test
    void everyValueAndGradIsTheCommandLinesRun() {
        GradCell cell = GradCell.grad(WALKTHROUGH);
        Evaluation cli = GradRun.of(Program.parse(WALKTHROUGH), Map.of(), false).run();
        assertThat(cell.names()).containsExactlyElementsOf(cli.names()).containsExactly("a", "b", "c", "e", "d", "f", "L");
        for (int i = 0; i < cli.names().size(); i++) {
            Value mine = cell.value(cli.names().get(i));
            Value theirs = cli.results().get(i);
            assertThat(mine.data()).as("data of %s", cli.names().get(i)).isEqualTo(theirs.data());
            assertThat(mine.grad()).as("grad of %s", cli.names().get(i)).isEqualTo(theirs.grad());
        }
        // the walkthrough's numbers (seed: dL/da = 6, dL/db = -4, dL/dc = -2, dL/df = 4, L = -8)
        assertThat(cell.value("a").grad()).isEqualTo(6.0);
        assertThat(cell.value("b").grad()).isEqualTo(-4.0);
        assertThat(cell.value("c").grad()).isEqualTo(-2.0);
        assertThat(cell.value("f").grad()).isEqualTo(4.0);
        assertThat(cell.output()).isSameAs(cell.value("L"));
        assertThat(cell.output().data()).isEqualTo(-8.0);
        assertThat(cell.table()).isEqualTo(GradTable.text(cli, Language.EN)).contains("a                       2.0000         6.0000");
    }

    @Test
    void theGradsAgreeWithAFiniteDifference() {
        String program = "x = 0.7; y = -1.3; z = tanh(x * y) + x ** 3 / (y * y)";
        GradCell cell = GradCell.grad(program);
        double h = 1e-6;
        for (String input : new String[] {"x", "y"}) {
            double plus = Program.parse(program).evaluate(Map.of(input, new Value(cell.value(input).data() + h))).output().data();
            double minus = Program.parse(program).evaluate(Map.of(input, new Value(cell.value(input).data() - h))).output().data();
            assertThat(cell.value(input).grad()).as("dz/d%s", input).isCloseTo((plus - minus) / (2 * h),
                    org.assertj.core.data.Offset.offset(1e-6));
        }
    }

    @Test
    void theCellShowsTheGraphWithTheTableBelowIt() {
        GradCell cell = GradCell.grad(WALKTHROUGH);
        MimeBundle shown = Displays.of(cell).orElseThrow();
        String html = shown.get(MimeBundle.HTML);
        assertThat(html).contains("<svg style=\"max-width: 100%; height: auto\" ", "grad 6.0000", "grad -4.0000");
        assertThat(html.indexOf("<pre>")).isGreaterThan(html.indexOf("</svg>"));
        // the graph alone too, for a front end that shows no HTML
        assertThat(shown.get(MimeBundle.SVG)).startsWith("<svg ").contains("grad 6.0000");
        assertThat(shown.text()).isEqualTo(cell.table());
        // a mixed cell: Java changes a grad, the next display shows it
        cell.value("a").setGrad(0.5);
        assertThat(Displays.of(cell).orElseThrow().text()).contains("0.5000");
    }

    @Test
    void aBadProgramFailsWithTheCommandLinesPositionedMessageAndNoStackTrace() {
        String program = "a = 2; b = a * ; L = b";
        ProgramException cli = catchThrowableOfType(ProgramException.class, () -> Program.parse(program));
        OneLineErrors.CellError e = catchThrowableOfType(OneLineErrors.CellError.class, () -> GradCell.grad(program));
        assertThat(e.getMessage()).isEqualTo("error: " + cli.describe())
                .startsWith("error: line 1, column 16: ")
                .endsWith(System.lineSeparator() + "  a = 2; b = a * ; L = b" + System.lineSeparator()
                        + " ".repeat(2 + 15) + "^");
        assertThat(e.getStackTrace()).isEmpty();
        assertThat(e.getCause()).isNull();

        assertThatThrownBy(() -> GradCell.grad("a = 2\nL = a * q")).isInstanceOf(OneLineErrors.CellError.class)
                .hasMessage("error: line 2, column 9: unknown name 'q'");
    }

    @Test
    void inChineseTheHeadingsAndTheErrorAreChineseAndTheNumbersTheSame() {
        String english = GradCell.grad(WALKTHROUGH).table();
        Displays.language(Language.ZH);
        GradCell cell = GradCell.grad(WALKTHROUGH);
        assertThat(cell.table()).startsWith("变量").contains("梯度")
                .isEqualTo(GradTable.text(GradRun.of(Program.parse(WALKTHROUGH), Map.of(), false).run(), Language.ZH));
        assertThat(cell.table().lines().skip(1).toList()).isEqualTo(english.lines().skip(1).toList());
        // the error in the displays' language too, at the same line and column, the name as written
        assertThatThrownBy(() -> GradCell.grad("L = a * 2")).hasMessageStartingWith("错误：第 1 行第 5 列：未知的变量名 'a'");
    }

    @Test
    void checkIsTheCommandLinesCheck() {
        GradientCheckReport mine = GradCell.grad(WALKTHROUGH).check();
        GradientCheckReport cli = GradRun.of(Program.parse(WALKTHROUGH), Map.of(), true).report();
        assertThat(mine.passed()).isTrue();
        assertThat(mine.toTable(Language.EN)).isEqualTo(cli.toTable(Language.EN)).contains("a ", "6.000000");
        assertThat(mine.settings().oneSided()).isFalse();
        assertThatThrownBy(() -> GradCell.grad("L = 2 * 3").check()).isInstanceOf(OneLineErrors.CellError.class)
                .hasMessageStartingWith("error: --check needs at least one input");
    }

    @Test
    void anUnknownNameIsNamedWithTheNamesThereAre() {
        GradCell cell = GradCell.grad("a = 2; L = a * a");
        assertThatThrownBy(() -> cell.value("b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no value named 'b'; the names are [a, L]");
    }
}
