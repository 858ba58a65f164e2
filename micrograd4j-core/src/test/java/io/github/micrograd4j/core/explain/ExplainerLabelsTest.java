package io.github.micrograd4j.core.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Labels with operators or spaces stay readable in the chain-rule text. */
class ExplainerLabelsTest {

    @Test
    void labelsWithOperatorsAreBracketedAndNoSentenceExplainsAValueByItself() {
        Value x1 = new Value(2.0, "x1"), w1 = new Value(-3.0, "w1"), x2 = new Value(0.0, "x2"), w2 = new Value(1.0, "w2");
        Value x1w1 = x1.mul(w1).label("x1*w1");
        Value x2w2 = x2.mul(w2).label("x2*w2");
        Value sum = x1w1.add(x2w2).label("x1*w1 + x2*w2");
        Value o = sum.tanh().label("o");
        List<BackpropStep> steps = BackpropExplainer.steps(o);
        String all = String.join("\n", steps.stream().map(s -> s.text() + " because " + s.reason()).toList());
        assertThat(all).contains("do/d(x1*w1 + x2*w2) = ").contains("do/d(x2*w2) = do/d(x1*w1 + x2*w2) * d(x1*w1 + x2*w2)/d(x2*w2)")
                .contains("(x1*w1 + x2*w2) = (x1*w1) + (x2*w2)")
                .doesNotContain("because x1*w1 + x2*w2 = x1*w1 + x2*w2");
        for (BackpropStep s : steps) {
            for (String rule : s.reason().split("; ")) {
                if (rule.contains(" = ") && rule.contains(", so")) {
                    String definition = rule.substring(0, rule.indexOf(", so"));
                    String[] sides = definition.split(" = ", 2);
                    assertThat(sides[1]).as(rule).isNotEqualTo(sides[0]);
                }
            }
        }
    }

    @Test
    void plainNamesAreLeftAsTheyAre() {
        assertThat(BackpropExplainer.operand("a")).isEqualTo("a");
        assertThat(BackpropExplainer.operand("a@1:8")).isEqualTo("a@1:8");
        assertThat(BackpropExplainer.operand("x_1'")).isEqualTo("x_1'");
        assertThat(BackpropExplainer.operand("a b")).isEqualTo("(a b)");
        assertThat(BackpropExplainer.operand("-a")).isEqualTo("(-a)");
    }
}
