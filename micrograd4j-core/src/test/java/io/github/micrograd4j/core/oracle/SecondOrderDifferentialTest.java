package io.github.micrograd4j.core.oracle;

import io.github.micrograd4j.core.fixture.RandomGraph;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.Gradients;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.hessian.Hessian;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.Test;

/**
 * Second and third derivatives against Hipparchus' forward mode at any order
 * ({@link DerivativeStructure}), on the first-order {@link DifferentialTest}'s seeded random graphs:
 * every Hessian entry of 10,000 graphs from {@link Hessian#of}, and every third derivative of a few
 * hundred from {@link Gradients#of} applied three times.
 *
 * <p>Tolerance: {@code |a - b| <= 1e-8 * max(1, |a|, |b|)}. A failure prints the seed and the Java code.
 */
class SecondOrderDifferentialTest {
    static final int GRAPHS = 10_000;
    static final int THIRD_ORDER_GRAPHS = 300;
    static final long FIRST_SEED = 20_261_130L;
    static final double TOLERANCE = 1e-8;

    @Test
    void everyHessianEntryAgreesWithHipparchusAtOrderTwo() {
        List<String> failures = new ArrayList<>();
        Map<String, Integer> coverage = new LinkedHashMap<>();
        RandomGraph.kinds().forEach(kind -> coverage.put(kind, 0));
        int entries = 0;
        for (int s = 0; s < GRAPHS && failures.size() < 5; s++) {
            RandomGraph graph = RandomGraph.generate(FIRST_SEED + s);
            graph.nodes.forEach(n -> coverage.merge(n.kind(), 1, Integer::sum));
            DerivativeStructure[] oracle = graph.toDerivativeStructures(2);
            DerivativeStructure expected = oracle[oracle.length - 1];
            Value[] values = graph.toValues();
            List<Value> inputs = Arrays.asList(values).subList(0, graph.inputs);
            double[][] h = Hessian.of(values[values.length - 1], inputs);
            for (int i = 0; i < graph.inputs; i++) {
                for (int j = 0; j < graph.inputs; j++) {
                    double want = expected.getPartialDerivative(orders(graph.inputs, i, j));
                    entries++;
                    if (!close(h[i][j], want)) {
                        failures.add("seed " + graph.seed + " d2/d" + graph.name(i) + "d" + graph.name(j) + " "
                                + h[i][j] + " vs " + want + "\n" + graph.toJava());
                    }
                }
            }
        }
        assertThat(failures).as("Hessian entries that disagree with Hipparchus").isEmpty();
        System.out.printf("second-order differential test: %d graphs, %d Hessian entries, per kind %s%n", GRAPHS,
                entries, coverage);
        assertThat(coverage.keySet()).as("kinds drawn").containsExactlyElementsOf(RandomGraph.kinds());
        for (String kind : RandomGraph.kinds()) {
            assertThat(coverage.getOrDefault(kind, 0)).as("nodes of kind %s", kind).isGreaterThanOrEqualTo(1500);
        }
    }

    @Test
    void everyThirdDerivativeAgreesWithHipparchusAtOrderThree() {
        List<String> failures = new ArrayList<>();
        int entries = 0;
        for (int s = 0; s < THIRD_ORDER_GRAPHS && failures.size() < 5; s++) {
            RandomGraph graph = RandomGraph.generate(FIRST_SEED + GRAPHS + s);
            DerivativeStructure[] oracle = graph.toDerivativeStructures(3);
            DerivativeStructure expected = oracle[oracle.length - 1];
            Value[] values = graph.toValues();
            List<Value> inputs = Arrays.asList(values).subList(0, graph.inputs);
            List<Value> first = Gradients.of(values[values.length - 1], inputs, true);
            for (int i = 0; i < graph.inputs; i++) {
                List<Value> second = Gradients.of(first.get(i), inputs, true);
                for (int j = 0; j < graph.inputs; j++) {
                    List<Value> third = Gradients.of(second.get(j), inputs, false);
                    for (int k = 0; k < graph.inputs; k++) {
                        double want = expected.getPartialDerivative(orders(graph.inputs, i, j, k));
                        double got = third.get(k).data();
                        entries++;
                        if (!close(got, want)) {
                            failures.add("seed " + graph.seed + " d3/d" + graph.name(i) + "d" + graph.name(j) + "d"
                                    + graph.name(k) + " " + got + " vs " + want + "\n" + graph.toJava());
                        }
                    }
                }
            }
        }
        assertThat(failures).as("third derivatives that disagree with Hipparchus").isEmpty();
        assertThat(entries).isGreaterThan(THIRD_ORDER_GRAPHS);
        System.out.printf("third-order differential test: %d graphs, %d third derivatives%n", THIRD_ORDER_GRAPHS,
                entries);
    }

    @Test
    void theLectureNeuron() {
        Value n = new Value(0.8814, "n");
        Value o = n.tanh();
        double[][] h = Hessian.of(o, List.of(n));
        double t = Math.tanh(0.8814);
        assertThat(close(h[0][0], -2 * t * (1 - t * t))).as("%s", h[0][0]).isTrue();
    }

    /** The derivative orders of the partial d/dx_a d/dx_b …, one count per input. */
    private static int[] orders(int inputs, int... variables) {
        int[] orders = new int[inputs];
        for (int v : variables) {
            orders[v]++;
        }
        return orders;
    }

    static boolean close(double a, double b) {
        return a == b || Math.abs(a - b) <= TOLERANCE * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }
}
