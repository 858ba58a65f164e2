package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.check.GradientCheck;
import io.github.micrograd4j.core.check.GradientCheckReport;
import io.github.micrograd4j.core.fixture.RandomOpGraphs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Thousands of seeded random expressions over every op of {@link Op#values()} and every composite of
 * {@link Value} (the shared fixture, {@link RandomOpGraphs}): backpropagation against central finite
 * differences. Each operand is kept inside its op's smooth domain, judged from the op's values, and
 * so away from relu's kink.
 */
class RandomExpressionTest {
    private static final int TREES = 3000;

    /** A drawn graph, built again for every evaluation so that the check sees fresh graphs. */
    private record Expression(RandomOpGraphs.Graph graph) implements Function<Map<String, Value>, Value> {
        @Override
        public Value apply(Map<String, Value> in) {
            List<Value> leaves = new ArrayList<>();
            for (int i = 0; i < graph.inputs(); i++) {
                leaves.add(in.get(name(i)));
            }
            Value[] v = graph.build(leaves);
            return v[v.length - 1];
        }
    }

    private static String name(int input) {
        return "x" + input;
    }

    @Test
    void backpropagationMatchesCentralDifferencesOnRandomExpressions() {
        SplittableRandom seeds = new SplittableRandom(20261127L);
        GradientCheck check = GradientCheck.defaults();
        int checked = 0;
        int nearKink = 0;
        for (int t = 0; t < TREES; t++) {
            RandomOpGraphs.Graph graph = RandomOpGraphs.inDomain(seeds.nextLong(), RandomOpGraphs.PRIMITIVES,
                    RandomOpGraphs.COMPOSITES, 3, 1 + seeds.nextInt(12));
            Expression expression = new Expression(graph);
            Map<String, Double> inputs = new LinkedHashMap<>();
            for (int i = 0; i < graph.inputs(); i++) {
                inputs.put(name(i), graph.data()[i]);
            }
            if (reluArgumentNearZero(expression, inputs)) {
                nearKink++;
                continue;
            }
            GradientCheckReport report = check.check(inputs, expression);
            assertThat(report.passed()).as("graph seed %d (%s) at %s:%n%s", graph.seed(), graph.nodes(), inputs,
                    report.toTable()).isTrue();
            checked++;
        }
        assertThat(checked).isGreaterThan(TREES * 95 / 100);
        assertThat(nearKink).isLessThan(TREES / 20);
    }

    /** A finite difference across relu's kink measures a slope the derivative does not have. */
    private static boolean reluArgumentNearZero(Expression expression, Map<String, Double> inputs) {
        Map<String, Value> leaves = new LinkedHashMap<>();
        inputs.forEach((k, v) -> leaves.put(k, new Value(v, k)));
        for (Value v : expression.apply(leaves).topologicalOrder()) {
            if (v.op() == Op.RELU && Math.abs(v.child(0).data()) < 1e-4) {
                return true;
            }
        }
        return false;
    }
}
