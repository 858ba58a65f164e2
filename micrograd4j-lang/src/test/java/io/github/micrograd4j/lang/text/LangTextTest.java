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
    void aSyntaxErrorKeepsItsCaretInEveryLanguage() {
        ProgramException e = catchThrowableOfType(ProgramException.class, () -> Program.parse("a = 2 $"));
        assertThat(e.describe(Language.ZH)).isEqualTo(e.describe()).contains("line 1, column 7").endsWith("^");
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
