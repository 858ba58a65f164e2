package io.github.micrograd4j.core.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import io.github.micrograd4j.core.fixture.MessageBundles;
import io.github.micrograd4j.core.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseExplanationTest {

    @Test
    void theWalkthroughInChineseUsesTheTextbookTerms() {
        List<BackpropStep> steps = BackpropExplainer.steps(WalkthroughExample.build().L(), Language.ZH);
        assertThat(steps.get(0).text()).isEqualTo("反向传播从输出 L 开始，它对自身的梯度 dL/dL = 1");
        assertThat(steps).filteredOn(s -> s.name().equals("c")).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("由链式法则，c 的梯度 dL/dc = dL/dd * dd/dc = -2.0000 * 1.0000 = -2.0000");
            assertThat(c.reason()).isEqualTo("d = e + c，所以局部导数 dd/dc = 1");
        });
    }

    @Test
    void bothLanguagesExplainTheSameNumbersInTheSameOrder() {
        Value x = new Value(0.7, "x");
        Value y = new Value(-1.3, "y");
        Value h = x.mul(y).tanh().label("h");
        Value out = h.mul(x).add(h.exp()).add(y.pow(3)).add(x).sigmoid().log().label("out");
        List<BackpropStep> en = BackpropExplainer.steps(out, Language.EN);
        List<BackpropStep> zh = BackpropExplainer.steps(out, Language.ZH);
        assertThat(zh).hasSameSizeAs(en);
        for (int i = 0; i < en.size(); i++) {
            assertThat(zh.get(i).grad()).isEqualTo(en.get(i).grad());
            assertThat(MessageBundles.numbersInOrder(zh.get(i).text()))
                    .as(en.get(i).text()).isEqualTo(MessageBundles.numbersInOrder(en.get(i).text()));
            assertThat(MessageBundles.numbersInOrder(zh.get(i).reason()))
                    .isEqualTo(MessageBundles.numbersInOrder(en.get(i).reason()));
            assertThat(MessageBundles.hasChinese(zh.get(i).text())).as(zh.get(i).text()).isTrue();
        }
        assertThat(zh.get(zh.size() - 1).reason()).as("x feeds two ops: two reasons").contains("；");
    }

    @Test
    void englishStaysTheDefault() {
        Value a = new Value(3.0, "a");
        Value b = a.mul(a).label("b");
        assertThat(BackpropExplainer.steps(b)).extracting(BackpropStep::text)
                .isEqualTo(BackpropExplainer.steps(b, Language.EN).stream().map(BackpropStep::text).toList());
    }
}
