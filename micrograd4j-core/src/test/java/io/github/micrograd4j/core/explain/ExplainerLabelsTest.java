package io.github.micrograd4j.core.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.fixture.RandomOpGraphs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Labels with operators or spaces stay readable in the chain-rule text, and equal labels are told apart. */
class ExplainerLabelsTest {
    /** Labels that collide with each other, with unlabelled names ({@code v3}) and with renamed ones ({@code x#2}). */
    private static final String[] LABELS = {"x", "x", "y", "x y", "v1", "v3", "x#2", "x#2#5", "", ""};

    @Test
    void twoValuesWithOneLabelAreToldApartByTheirIds() {
        Value x = new Value(0.5, "x");
        Value y = x.tanh().label("x"); // what `x = x.tanh()` in the shell, labelled by name, makes
        List<BackpropStep> steps = BackpropExplainer.steps(y);
        assertThat(steps).extracting(BackpropStep::name).containsExactly("x#1", "x#0");
        assertThat(steps.get(1).reason()).startsWith("x#1 = tanh(x#0), so dx#1/dx#0 = ")
                .doesNotContain("x = tanh(x)");
        assertThat(steps.get(1).text()).startsWith("dx#1/dx#0 = dx#1/dx#1 * dx#1/dx#0 = ");
    }

    @Test
    void aUniqueLabelIsKeptAsItIs() {
        Value a = new Value(2.0, "a");
        Value b = new Value(3.0, "b");
        Value v = a.mul(b).label("v2").add(a).label("out"); // v2 is its own label here; v1 is not taken
        assertThat(BackpropExplainer.steps(v)).extracting(BackpropStep::name).containsExactly("out", "v2", "b", "a");
    }

    /**
     * 500 seeded random graphs over every op, every value labelled from a few colliding labels: within
     * one explanation, distinct values have distinct names, a renamed value is {@code label#id}, only
     * values that share a name are renamed, and no chain-rule sentence defines a value by its own name.
     */
    @Test
    void randomGraphsWithCollidingLabelsNeverExplainAValueByItself() {
        int renamedSeen = 0;
        for (long seed = 0; seed < 500; seed++) {
            SplittableRandom rnd = new SplittableRandom(seed * 31 + 7);
            List<Value> leaves = new ArrayList<>();
            for (int i = 0, n = 1 + rnd.nextInt(3); i < n; i++) {
                leaves.add(new Value(rnd.nextDouble(-2, 2)));
            }
            Value out = RandomOpGraphs.anyData(seed, leaves, 1 + rnd.nextInt(8), RandomOpGraphs.PRIMITIVES);
            List<Value> order = out.topologicalOrder();
            Map<Value, String> base = new IdentityHashMap<>();
            Map<String, Integer> uses = new HashMap<>();
            for (int id = 0; id < order.size(); id++) {
                Value v = order.get(id);
                v.label(LABELS[rnd.nextInt(LABELS.length)]);
                String b = v.label().isEmpty() ? "v" + id : v.label();
                base.put(v, b);
                uses.merge(b, 1, Integer::sum);
            }
            List<BackpropStep> steps = BackpropExplainer.steps(out);
            assertThat(steps).hasSize(order.size());
            Map<Value, String> names = new IdentityHashMap<>();
            Set<String> distinct = new HashSet<>();
            for (BackpropStep s : steps) {
                names.put(s.node(), s.name());
                assertThat(distinct.add(s.name())).as("seed %d: %s names two values", seed, s.name()).isTrue();
            }
            for (int id = 0; id < order.size(); id++) {
                Value v = order.get(id);
                String name = names.get(v);
                if (uses.get(base.get(v)) > 1) {
                    assertThat(name).as("seed %d", seed).isEqualTo(base.get(v) + "#" + id);
                    renamedSeen++;
                } else if (!name.equals(base.get(v))) {
                    // renamed only because its label is another value's new name, which it keeps
                    assertThat(name).as("seed %d", seed).isEqualTo(base.get(v) + "#" + id);
                    assertThat(names.values()).as("seed %d", seed).contains(base.get(v));
                }
            }
            for (BackpropStep s : steps) {
                for (String rule : s.reason().isEmpty() ? new String[0] : s.reason().split("; ")) {
                    String definition = rule.substring(0, rule.indexOf(", so "));
                    String[] sides = definition.split(" = ", 2);
                    assertThat(sides[1]).as("seed %d: %s", seed, rule).isNotEqualTo(sides[0]);
                }
                for (Contribution c : s.contributions()) {
                    // the parent's definition is about the parent, named apart from this value
                    assertThat(names.get(c.parent())).as("seed %d", seed).isNotEqualTo(s.name());
                    String p = BackpropExplainer.operand(names.get(c.parent()));
                    assertThat(s.reason()).as("seed %d", seed).contains(p + " = ");
                }
            }
        }
        assertThat(renamedSeen).as("the labels collided often enough to test the renaming").isGreaterThan(500);
    }

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
