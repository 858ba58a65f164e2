package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.core.fixture.RandomOpGraphs;
import io.github.micrograd4j.core.hessian.Hessian;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * {@link Gradients#of} driven by {@link Op#values()} through the random-graph fixture, so a new op's
 * symbolic rule is checked with no test edit: first derivatives against {@link Value#backward()},
 * second derivatives against central differences of backward's gradients, and each op's
 * {@link Op#localDerivative(int, Value, Value, Value)} against its numeric {@code dx}/{@code dy}.
 */
class GradientsTest {
    private static final int GRAPHS = 3000;
    static final List<Op> OPS = RandomOpGraphs.PRIMITIVES;

    @Test
    void firstDerivativesAreBackwardsNumbersAndLeaveGradAlone() {
        for (int s = 0; s < GRAPHS; s++) {
            RandomOpGraphs.Graph graph = RandomOpGraphs.inDomain(7_000L + s, OPS, 4, 10);
            List<Value> leaves = RandomOpGraphs.leaves(graph.data());
            Value[] nodes = graph.build(leaves);
            Value out = nodes[nodes.length - 1];
            List<Value> symbolic = Gradients.of(out, leaves, true);
            List<Value> numbers = Gradients.of(out, leaves, false);
            for (Value v : out.topologicalOrder()) {
                assertThat(v.grad()).as("seed %d: Gradients.of wrote a .grad", graph.seed()).isEqualTo(0.0);
            }
            out.backward();
            for (int k = 0; k < leaves.size(); k++) {
                double expected = leaves.get(k).grad();
                assertThat(numbers.get(k).data()).as("seed %d, input %d, numbers", graph.seed(), k).isEqualTo(expected);
                assertThat(numbers.get(k).isLeaf()).isTrue();
                assertThat(close(symbolic.get(k).data(), expected, 1e-12))
                        .as("seed %d, input %d: graph %s vs backward %s", graph.seed(), k, symbolic.get(k).data(), expected)
                        .isTrue();
            }
        }
    }

    @Test
    void secondDerivativesMatchCentralDifferencesOfBackwardsGradients() {
        Map<Op, Integer> covered = new EnumMap<>(Op.class);
        List<String> failures = new ArrayList<>();
        int compared = 0;
        for (int s = 0; s < GRAPHS && failures.size() < 5; s++) {
            RandomOpGraphs.Graph graph = RandomOpGraphs.inDomain(90_000L + s, OPS, 3, 8);
            List<Value> leaves = RandomOpGraphs.leaves(graph.data());
            Value[] nodes = graph.build(leaves);
            double[][] h = Hessian.of(nodes[nodes.length - 1], leaves);
            int n = graph.inputs();
            double[][] fd = new double[n][];
            double[][] fdHalf = new double[n][];
            for (int j = 0; j < n; j++) {
                double step = 1e-4 * Math.max(1.0, Math.abs(graph.data()[j]));
                fd[j] = differenceOfGradients(graph, j, step);
                fdHalf[j] = differenceOfGradients(graph, j, step / 2);
            }
            boolean stable = true;
            for (int i = 0; i < n && stable; i++) {
                for (int j = 0; j < n; j++) {
                    stable &= close(fd[j][i], fdHalf[j][i], 1e-5);
                }
            }
            boolean finite = java.util.Arrays.stream(h).flatMapToDouble(java.util.Arrays::stream)
                    .allMatch(Double::isFinite);
            if (!stable || !finite) {
                // the gradient is not smooth enough around the point for a difference to judge, or the
                // gradient graph meets a domain edge the graph itself does not (0 ** 0 has d/dy = log 0)
                continue;
            }
            compared++;
            for (Op op : OPS) {
                covered.merge(op, graph.count(op), Integer::sum);
            }
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    if (!close(h[i][j], fdHalf[j][i], 1e-5)) {
                        failures.add("seed " + graph.seed() + " H[" + i + "][" + j + "] = " + h[i][j] + ", difference "
                                + fdHalf[j][i]);
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(compared).as("graphs compared").isGreaterThan(GRAPHS * 8 / 10);
        for (Op op : OPS) {
            assertThat(covered.getOrDefault(op, 0)).as("nodes of %s in compared graphs", op).isGreaterThan(300);
        }
    }

    /** Column j of the Hessian: (grad f(x + h e_j) - grad f(x - h e_j)) / 2h, gradients from backward(). */
    private static double[] differenceOfGradients(RandomOpGraphs.Graph graph, int j, double h) {
        double[] up = backwardGradient(graph, j, h);
        double[] down = backwardGradient(graph, j, -h);
        double[] d = new double[up.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (up[i] - down[i]) / (2 * h);
        }
        return d;
    }

    private static double[] backwardGradient(RandomOpGraphs.Graph graph, int j, double h) {
        double[] x = graph.data().clone();
        x[j] += h;
        List<Value> leaves = RandomOpGraphs.leaves(x);
        Value[] nodes = graph.build(leaves);
        nodes[nodes.length - 1].backward();
        return leaves.stream().mapToDouble(Value::grad).toArray();
    }

    @ParameterizedTest
    @FieldSource("OPS")
    void eachOpsSymbolicRuleIsItsNumericDerivativeAndDifferentiable(Op op) {
        SplittableRandom rnd = new SplittableRandom(31L + op.ordinal());
        int compared = 0;
        for (int i = 0; i < 500; i++) {
            double x = rnd.nextDouble(-3.0, 3.0);
            double y = op.hasConstant() ? RandomOpGraphs.CONSTANTS[rnd.nextInt(RandomOpGraphs.CONSTANTS.length)]
                    : rnd.nextDouble(-3.0, 3.0);
            if (!RandomOpGraphs.smooth(op, x, y) || !RandomOpGraphs.smooth(op, x + 1e-4, y)) {
                continue;
            }
            Value a = new Value(x);
            Value b = op.arity() == 2 ? new Value(y) : null;
            Value out = RandomOpGraphs.apply(op, a, b, y);
            for (int operand = 0; operand < op.arity(); operand++) {
                Value rule = op.localDerivative(operand, a, b, out);
                double numeric = op.localDerivative(operand, x, y, out.data());
                assertThat(close(rule.data(), numeric, 1e-12)).as("%s d/d%d at %s, %s: %s vs %s", op, operand, x, y,
                        rule.data(), numeric).isTrue();
                // d(rule)/dx against a central difference of the numeric rule
                double h = 1e-6;
                double up = op.localDerivative(operand, x + h, y, op.value(x + h, y));
                double down = op.localDerivative(operand, x - h, y, op.value(x - h, y));
                double slope = Gradients.of(rule, List.of(a), false).get(0).data();
                assertThat(close(slope, (up - down) / (2 * h), 1e-4)).as("%s: d/dx of d/d%d at %s, %s: %s vs %s", op,
                        operand, x, y, slope, (up - down) / (2 * h)).isTrue();
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void theLectureNeuronsSecondDerivative() {
        Value n = new Value(0.8814, "n");
        Value o = n.tanh().label("o");
        Value dodn = Gradients.of(o, List.of(n), true).get(0);
        Value d2 = Gradients.of(dodn, List.of(n), true).get(0);
        double t = Math.tanh(0.8814);
        assertThat(dodn.label()).isEqualTo("do/dn");
        assertThat(dodn.data()).isCloseTo(1 - t * t, org.assertj.core.data.Offset.offset(1e-15));
        assertThat(d2.data()).isCloseTo(-2 * t * (1 - t * t), org.assertj.core.data.Offset.offset(1e-15));
        // third order: d/dn of -2 o (1 - o^2) = -2 (1 - o^2)(1 - 3 o^2)
        Value d3 = Gradients.of(d2, List.of(n), false).get(0);
        assertThat(d3.data()).isCloseTo(-2 * (1 - t * t) * (1 - 3 * t * t), org.assertj.core.data.Offset.offset(1e-14));
    }

    @Test
    void backwardOnAGradientAccumulatesIntoGradLikeAnyGraph() {
        Value x = new Value(0.5, "x");
        Value f = x.pow(3.0);                                   // f' = 3x^2, f'' = 6x
        Value df = Gradients.of(f, List.of(x), true).get(0);
        assertThat(x.grad()).isEqualTo(0.0);
        df.backward();
        assertThat(x.grad()).isCloseTo(3.0, org.assertj.core.data.Offset.offset(1e-15));
        df.zeroGrad();                                          // backward twice without it over-counts
        df.backward();
        assertThat(x.grad()).isCloseTo(3.0, org.assertj.core.data.Offset.offset(1e-15));
        // Gradients.of twice gives the same answer twice
        assertThat(Gradients.of(df, List.of(x), false).get(0).data())
                .isEqualTo(Gradients.of(df, List.of(x), false).get(0).data());
    }

    @Test
    void labelsInputsOutsideTheGraphAndReluSteps() {
        Value a = new Value(2.0, "a");
        Value unused = new Value(1.0);
        Value L = a.relu().mul(a).label("L");                  // a^2 for a > 0, with relu' a constant step
        List<Value> g = Gradients.of(L, List.of(a, unused), true);
        assertThat(g.get(0).label()).isEqualTo("dL/da");
        assertThat(g.get(1).label()).isEqualTo("dL/dx2");
        assertThat(g.get(1).data()).isEqualTo(0.0);
        assertThat(g.get(0).data()).isEqualTo(4.0);
        assertThat(Gradients.of(g.get(0), List.of(a), false).get(0).data()).isEqualTo(2.0);
        assertThatThrownBy(() -> Gradients.of(L, java.util.Arrays.asList(a, null), true))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("inputs[1]");
        assertThatThrownBy(() -> Op.LEAF.localDerivative(0, a, null, a)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    static boolean close(double a, double b, double tol) {
        return a == b || Math.abs(a - b) <= tol * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }
}
