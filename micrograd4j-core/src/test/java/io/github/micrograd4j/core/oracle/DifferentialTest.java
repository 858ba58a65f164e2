package io.github.micrograd4j.core.oracle;

import io.github.micrograd4j.core.fixture.HipparchusOps;

import io.github.micrograd4j.core.fixture.RandomGraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.core.Op;
import io.github.micrograd4j.core.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.Test;

/**
 * Differential testing against an independent automatic differentiation: Hipparchus' forward mode
 * ({@link Gradient}, one partial derivative per input) computes the value and gradient of the same
 * seeded random graphs that micrograd4j differentiates in reverse mode through the {@link Value} API,
 * so a wrong derivative in {@link Op} fails core's own build. (The expression language's tests check
 * that a program's text builds the same graph; they need no oracle of their own.) The graphs are drawn from {@link Op#values()} ({@link RandomGraph}): every op Hipparchus has a
 * counterpart for ({@link HipparchusOps}) is compared with no edit here.
 *
 * <p>Tolerance: {@code |a - b| <= 1e-9 * max(1, |a|, |b|)}. A failure prints the seed, the Java code
 * and the program text, so it can be replayed with {@code micrograd grad}.
 */
class DifferentialTest {
    static final int GRAPHS = 10_000;
    static final long FIRST_SEED = 20_261_127L;
    static final double TOLERANCE = 1e-9;

    @Test
    void valuesAndGradientsAgreeWithHipparchusForwardMode() {
        List<String> failures = new ArrayList<>();
        Map<String, Integer> coverage = new LinkedHashMap<>();
        RandomGraph.kinds().forEach(kind -> coverage.put(kind, 0));
        for (int i = 0; i < GRAPHS; i++) {
            RandomGraph graph = RandomGraph.generate(FIRST_SEED + i);
            graph.nodes.forEach(n -> coverage.merge(n.kind(), 1, Integer::sum));
            Gradient[] oracle = graph.toGradients();
            Gradient expected = oracle[oracle.length - 1];

            Value[] values = graph.toValues();
            Value out = values[values.length - 1];
            out.backward();
            double[] engineGrads = new double[graph.inputs];
            for (int k = 0; k < graph.inputs; k++) {
                engineGrads[k] = values[k].grad();
            }
            compare("Value API", graph, expected, out.data(), engineGrads, failures);
            if (failures.size() > 5) {
                break;
            }
        }
        assertThat(failures).as("disagreements with Hipparchus").isEmpty();
        // the figures docs/RELIABILITY.md quotes
        int opNodes = coverage.entrySet().stream().filter(e -> !e.getKey().equals(Op.LEAF.name()))
                .mapToInt(Map.Entry::getValue).sum();
        System.out.printf("differential test: %d graphs, %d op nodes, per kind %s;"
                + " ops compared with Hipparchus %s, not compared (no Hipparchus function of that name) %s%n",
                GRAPHS, opNodes, coverage, HipparchusOps.compared(), HipparchusOps.notCompared());
        assertThat(coverage.keySet()).as("kinds drawn").containsExactlyElementsOf(RandomGraph.kinds());
        for (String kind : RandomGraph.kinds()) {
            assertThat(coverage.getOrDefault(kind, 0)).as("nodes of kind %s", kind).isGreaterThanOrEqualTo(1500);
        }
    }

    /**
     * Which ops the test compares is decided from {@link Op#values()} and Hipparchus alone, and said:
     * an op with no Hipparchus counterpart is named in the output (and left to core's
     * finite-difference tests), never silently passed. The ops in the tables must be found, so a typo
     * there cannot drop an op from the comparison, and sin and cos (issue 11) must be compared.
     */
    @Test
    void everyOpIsComparedWithHipparchusOrNamedAsNot() {
        List<Op> compared = HipparchusOps.compared();
        List<Op> notCompared = HipparchusOps.notCompared();
        System.out.printf("differential test: ops compared with Hipparchus %s; not compared %s%n", compared,
                notCompared);
        List<Op> all = new ArrayList<>(compared);
        all.addAll(notCompared);
        assertThat(all).as("every op but LEAF, once").containsExactlyInAnyOrder(
                Arrays.stream(Op.values()).filter(op -> op != Op.LEAF).toArray(Op[]::new));
        assertThat(compared).containsAll(HipparchusOps.RENAMED.keySet()).containsAll(HipparchusOps.FORMULAS.keySet())
                .contains(Op.SIN, Op.COS);
        for (Op op : notCompared) {
            assertThatThrownBy(() -> HipparchusOps.apply(op, Gradient.constant(1, 1.0), Gradient.constant(1, 1.0), 1.0))
                    .as("%s has no Hipparchus counterpart", op).hasMessageContaining("no Hipparchus counterpart");
        }
        for (Op op : compared) {
            Gradient x = Gradient.variable(1, 0, 0.7);
            Gradient out = HipparchusOps.apply(op, x, Gradient.constant(1, 1.3), 2.0);
            double y = op.hasConstant() ? 2.0 : 1.3;
            double value = op.value(0.7, y);
            assertThat(close(out.getValue(), value)).as("%s's value at 0.7: Hipparchus %s, Op %s", op, out.getValue(),
                    value).isTrue();
            assertThat(close(out.getPartialDerivative(0), op.dx(0.7, y, value)))
                    .as("%s's derivative at 0.7", op).isTrue();
        }
    }

    private static void compare(String how, RandomGraph graph, Gradient expected, double value, double[] grads,
            List<String> failures) {
        StringBuilder problems = new StringBuilder();
        if (!close(value, expected.getValue())) {
            problems.append("value ").append(value).append(" vs ").append(expected.getValue()).append('\n');
        }
        for (int k = 0; k < graph.inputs; k++) {
            double oracle = expected.getPartialDerivative(k);
            if (!close(grads[k], oracle)) {
                problems.append("d/d").append(graph.name(k)).append(' ').append(grads[k]).append(" vs ")
                        .append(oracle).append('\n');
            }
        }
        if (problems.length() > 0) {
            failures.add(how + ", seed " + graph.seed + ":\n" + problems + "Java:\n" + graph.toJava()
                    + "program:\n" + graph.toStatements() + "\nnested:\n" + graph.toNestedProgram(100_000));
        }
    }

    static boolean close(double a, double b) {
        return a == b || Math.abs(a - b) <= TOLERANCE * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }
}
