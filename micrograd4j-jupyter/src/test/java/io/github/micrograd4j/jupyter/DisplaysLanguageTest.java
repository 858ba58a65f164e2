package io.github.micrograd4j.jupyter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.core.check.GradientCheck;
import io.github.micrograd4j.core.check.GradientCheckReport;
import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import io.github.micrograd4j.core.fixture.MessageBundles;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.nn.train.StepRecord;
import io.github.micrograd4j.nn.train.TrainingHistory;
import io.github.micrograd4j.viz.BackpropPictures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DisplaysLanguageTest {

    @AfterEach
    void backToEnglish() {
        Displays.language(Language.EN);
    }

    @Test
    void everyKeyHasAnEnglishAndAChineseText() {
        MessageBundles.assertComplete(DisplayText.class);
    }

    @Test
    void theGraphAndTheStepThroughFollowTheSetting() {
        WalkthroughExample w = WalkthroughExample.build();
        w.L().backward();
        String english = Displays.value(w.L()).get(MimeBundle.SVG);
        Displays.language("zh-CN");
        assertThat(Displays.language()).isEqualTo(Language.ZH);
        String chinese = Displays.value(w.L()).get(MimeBundle.SVG);
        assertThat(chinese).contains("梯度 6.0000", "值 -8.0000").doesNotContain("grad 6.0000");
        assertThat(english).contains("grad 6.0000");
        // pictures made in English are shown in the language set
        MimeBundle steps = Displays.of(BackpropPictures.of(w.L())).orElseThrow();
        assertThat(steps.get(MimeBundle.HTML)).contains("lang=&quot;zh&quot;", "title=\"逐步演示反向传播\"");
        assertThat(steps.text()).contains("由链式法则，a 的梯度 dL/da = dL/de * de/da = -2.0000 * -3.0000 = 6.0000");
    }

    @Test
    void theCheckAndTheSummariesSpeakChineseWithTheSameNumbers() {
        GradientCheckReport report = GradientCheck.walkthrough().check(Map.of("a", 2.0, "b", -3.0),
                in -> in.get("a").mul(in.get("b")));
        MimeBundle english = Displays.gradientCheck(report);
        Displays.language(Language.ZH);
        MimeBundle chinese = Displays.gradientCheck(report);
        assertThat(chinese.get(MimeBundle.HTML)).contains("<th>数值梯度</th>", "<td>通过</td>", "单侧差分");
        assertThat(MessageBundles.numbersInOrder(chinese.get(MimeBundle.HTML).replaceAll("<[^>]*>", " ")))
                .isEqualTo(MessageBundles.numbersInOrder(english.get(MimeBundle.HTML).replaceAll("<[^>]*>", " ")));
        assertThat(chinese.text()).isEqualTo(report.toTable(Language.ZH));
        TrainingHistory history = new TrainingHistory(List.of(new StepRecord(0, 1.5, 0.5, 1.0),
                new StepRecord(1, 0.25, 0.75, 0.9)));
        assertThat(Displays.history(history).text()).isEqualTo("2 步：损失 1.5000 -> 0.2500，准确率 0.5000 -> 0.7500");
    }

    @Test
    void anUnknownTagIsRefusedByName() {
        assertThatThrownBy(() -> Displays.language("fr")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'fr'");
        assertThat(Displays.language()).isEqualTo(Language.EN);
    }

    @Test
    void oneLineErrorsAndRefusalsFollowTheSetting() {
        Displays.language(Language.ZH);
        String anomaly = OneLineErrors.line(catchAnomaly());
        assertThat(anomaly).startsWith("错误：前向传播出现异常：").contains("log(0) 是 -Infinity");
        io.github.micrograd4j.core.Value v = new io.github.micrograd4j.core.Value(1.0, "x");
        while (v.topologicalOrder().size() <= BackpropPictures.MAX_VALUES) {
            v = v.mul(v.add(1.0));
        }
        assertThat(Displays.value(v).text()).startsWith("错误：这张计算图有 " + v.topologicalOrder().size() + " 个值，超过了作图的上限 2000 个");
        Displays.language(Language.EN);
        assertThat(OneLineErrors.line(catchAnomaly())).startsWith("error: anomaly in forward: ");
    }

    private static RuntimeException catchAnomaly() {
        try (io.github.micrograd4j.core.AnomalyMode mode = io.github.micrograd4j.core.AnomalyMode.enable()) {
            new io.github.micrograd4j.core.Value(0.0, "x").log();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("log(0) in anomaly mode did not throw");
    }
}
