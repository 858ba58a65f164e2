package io.github.micrograd4j.core.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackpropExplainerTest {

    @Test
    void walkthroughStepsReadLikeTheWalkthrough() {
        WalkthroughExample w = WalkthroughExample.build();
        List<BackpropStep> steps = BackpropExplainer.steps(w.L());
        assertThat(steps).extracting(BackpropStep::name).containsExactly("L", "f", "d", "c", "e", "b", "a");
        assertThat(steps.get(0).text()).isEqualTo("dL/dL = 1");
        assertThat(steps).filteredOn(s -> s.name().equals("c")).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("dL/dc = dL/dd * dd/dc = -2.0000 * 1.0000 = -2.0000");
            assertThat(c.reason()).isEqualTo("d = e + c, so dd/dc = 1");
        });
        assertThat(steps).filteredOn(s -> s.name().equals("a")).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("dL/da = dL/de * de/da = -2.0000 * -3.0000 = 6.0000");
            assertThat(a.reason()).isEqualTo("e = a * b, so de/da = b");
        });
        assertThat(w.a().grad()).as("explaining does not touch the nodes' grads").isZero();
    }

    @Test
    void explainedGradsEqualBackwardOnRandomishGraphs() {
        Value x = new Value(0.7, "x");
        Value y = new Value(-1.3, "y");
        Value h = x.mul(y).tanh().label("h");
        Value out = h.mul(x).add(h.exp()).add(y.pow(3)).sigmoid().log().label("out");
        List<BackpropStep> steps = BackpropExplainer.steps(out);
        out.backward();
        for (BackpropStep step : steps) {
            assertThat(step.grad()).as(step.name()).isEqualTo(step.node().grad());
        }
    }

    @Test
    void aValueFeedingSeveralOpsShowsTheSum() {
        Value a = new Value(3.0, "a");
        Value b = a.mul(a).label("b");
        BackpropStep stepA = BackpropExplainer.steps(b).get(1);
        assertThat(stepA.contributions()).hasSize(2);
        assertThat(stepA.text()).isEqualTo("db/da = db/db * db/da + db/db * db/da = (1.0000 * 3.0000) + (1.0000 * 3.0000) = 6.0000");
        assertThat(stepA.grad()).isEqualTo(6.0);
    }

    @Test
    void unlabelledNodesAreNamedByTheirTopologicalId() {
        Value x = new Value(2.0, "x");
        Value out = x.mul(3.0).relu();
        List<BackpropStep> steps = BackpropExplainer.steps(out);
        assertThat(steps).extracting(BackpropStep::name).containsExactly("v3", "v2", "v1", "x");
        assertThat(steps.get(1).reason()).isEqualTo("v3 = relu(v2), so dv3/dv2 = (1 if v3 > 0 else 0)");
    }
}
