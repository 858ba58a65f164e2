package io.github.micrograd4j.lang.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.micrograd4j.core.AnomalyMode;
import io.github.micrograd4j.core.fixture.MessageBundles;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.lang.Program;
import io.github.micrograd4j.lang.ProgramException;
import io.github.micrograd4j.lang.grad.GradRun;
import io.github.micrograd4j.lang.grad.GradTable;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LangTextTest {
    @Test
    void everyKeyHasAnEnglishAndAChineseText() {
        MessageBundles.assertComplete(LangText.class);
    }

    @Test
    void anAnomalyIsToldInTheLanguageAtItsStatementsPosition() {
        Program program = Program.parse("a = 0\nb = 2\nL = b * log(a)");
        ProgramException e;
        try (AnomalyMode anomaly = AnomalyMode.enable()) {
            e = catchThrowableOfType(ProgramException.class, () -> GradRun.of(program, Map.of(), false));
        }
        assertThat(e.describe(Language.EN)).isEqualTo(e.describe()).startsWith("line 3, column 1: in statement 'L': ");
        assertThat(e.describe(Language.ZH)).startsWith("第 3 行第 1 列：在语句 'L' 中：").contains("log(0)");
        assertThat(MessageBundles.numbersInOrder(e.describe(Language.ZH)))
                .containsExactlyInAnyOrderElementsOf(MessageBundles.numbersInOrder(e.describe(Language.EN)));
    }

    @Test
    void aSyntaxErrorIsToldInTheLanguageWithTheSamePositionAndCaret() {
        ProgramException e = catchThrowableOfType(ProgramException.class, () -> Program.parse("a = 2 $"));
        assertThat(e.describe(Language.EN)).isEqualTo(e.describe());
        assertThat(e.getMessage()).isEqualTo("line 1, column 7: unexpected character '$' (U+0024)");
        assertThat(e.message(Language.ZH)).isEqualTo("第 1 行第 7 列：无法识别的字符 '$' (U+0024)");
        assertThat(e.describe(Language.ZH)).isEqualTo(e.message(Language.ZH) + System.lineSeparator() + e.excerpt());
        assertThat(e.excerpt()).isEqualTo("  a = 2 $" + System.lineSeparator() + "        ^");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(7);
    }

    @Test
    void everySyntaxAndNameErrorHasChineseWordsAndKeepsItsNamesAndNumbers() {
        String[] programs = {"a = 2 $", "a = 1e", "a = 2x", "", "a = foo(2)", "2 = a", "a 2", "a = * 2", "a = )",
            "a = 2)", "a = 2, 3", "a = (2", "a = 2 = 3", "a = 2 3", "a = b; b = 1", "a = zz", "a = 1" + "0".repeat(400),
            "a = tanh(1, 2)", "a = pow(2)", "a = tanh()", "a = 2 +"};
        for (String program : programs) {
            ProgramException e = catchThrowableOfType(ProgramException.class, () -> Program.parse(program));
            assertThat(e).as("an error in %s", program).isNotNull();
            String zh = e.message(Language.ZH);
            assertThat(MessageBundles.hasChinese(zh)).as("Chinese in %s", zh).isTrue();
            assertThat(zh).as("the position of %s", program).startsWith("第 " + e.line() + " 行第 " + e.column() + " 列：");
            assertThat(MessageBundles.numbersInOrder(zh)).as("the numbers of %s", zh)
                    .containsExactlyInAnyOrderElementsOf(MessageBundles.numbersInOrder(e.getMessage()));
            assertThat(zh).as("no English word in %s", zh).doesNotContainPattern("\\b(?:expected|found|the|unknown|is)\\b");
        }
    }

    @Test
    void anErrorOfTheWholeRunIsToldInChineseNamingTheInput() {
        Program program = Program.parse("a = 2; L = a * a");
        ProgramException unknown = catchThrowableOfType(ProgramException.class,
                () -> GradRun.of(program, Map.of("zz", 1.0), false));
        assertThat(unknown.getMessage()).isEqualTo("no input named 'zz'; the inputs are [a]");
        assertThat(unknown.message(Language.ZH)).isEqualTo("程序中没有名为 'zz' 的输入；现有的输入为 [a]");
        ProgramException noInputs = catchThrowableOfType(ProgramException.class,
                () -> GradRun.of(Program.parse("L = 2 * 3"), Map.of(), true));
        assertThat(noInputs.message(Language.ZH)).startsWith("--check 的数值检验至少需要一个输入").contains("'a = 2'");
    }

    @Test
    void theTablesHeadingsAreTranslatedAndItsColumnsStayWhereTheyAre() {
        var run = GradRun.of(Program.parse("a = 2; b = -3; L = a * b"), Map.of(), false).run();
        String en = GradTable.text(run, Language.EN);
        String zh = GradTable.text(run, Language.ZH);
        assertThat(en.lines().findFirst()).hasValue("label  op                 data           grad");
        assertThat(zh.lines().findFirst()).hasValue("变量   运算                 值           梯度");
        assertThat(en.lines().skip(1).toList()).isEqualTo(zh.lines().skip(1).toList())
                .contains("L      *               -6.0000         1.0000");
    }
}
