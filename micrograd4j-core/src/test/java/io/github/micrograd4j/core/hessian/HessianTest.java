package io.github.micrograd4j.core.hessian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.fixture.RandomOpGraphs;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Hessians are symmetric, Hessian-vector products are H v, and the second-order check can pass and fail. */
class HessianTest {

    @Test
    void symmetricAndVectorProductsAreTheMatrixTimesV() {
        SplittableRandom rnd = new SplittableRandom(2026);
        int checked = 0;
        for (int s = 0; s < 1000; s++) {
            RandomOpGraphs.Graph graph = RandomOpGraphs.inDomain(40_000L + s, RandomOpGraphs.PRIMITIVES, 5, 12);
            List<Value> leaves = RandomOpGraphs.leaves(graph.data());
            Value[] nodes = graph.build(leaves);
            Value out = nodes[nodes.length - 1];
            double[][] h = Hessian.of(out, leaves);
            int n = h.length;
            double[] v = RandomOpGraphs.randomData(rnd, n);
            double[] hv = Hessian.vectorProduct(out, leaves, v);
            for (int i = 0; i < n; i++) {
                double expected = 0;
                for (int j = 0; j < n; j++) {
                    assertThat(close(h[i][j], h[j][i])).as("seed %d H[%d][%d] %s vs %s", graph.seed(), i, j, h[i][j],
                            h[j][i]).isTrue();
                    expected += h[i][j] * v[j];
                }
                assertThat(close(hv[i], expected)).as("seed %d (Hv)[%d] %s vs %s", graph.seed(), i, hv[i], expected)
                        .isTrue();
            }
            checked += n > 1 ? 1 : 0;
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void aKnownHessian() {
        Value x = new Value(1.5, "x");
        Value y = new Value(-2.0, "y");
        double[][] h = Hessian.of(x.mul(x).mul(y).add(y.exp()), List.of(x, y));   // x^2 y + e^y
        assertThat(h).isEqualTo(new double[][] {{2 * -2.0, 2 * 1.5}, {2 * 1.5, Math.exp(-2.0)}});
        assertThatThrownBy(() -> Hessian.vectorProduct(x, List.of(x, y), new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("v has 1 numbers for 2 inputs");
    }

    @Test
    void theCheckPassesOnTheNeuronAndFailsAcrossAKink() {
        SecondOrderCheck.Report ok = SecondOrderCheck.check(new double[] {0.8814, -0.3},
                x -> x.get(0).mul(x.get(1)).tanh().add(x.get(1).sin()));
        assertThat(ok.passed()).as("worst excess %s", ok.worst()).isTrue();
        // relu(x) * x has gradient 2x for x > 0 and 0 below: at 0 relu's step gives 0, differences give 1
        SecondOrderCheck.Report kink = SecondOrderCheck.check(new double[] {0.0}, x -> x.get(0).relu().mul(x.get(0)));
        assertThat(kink.passed()).isFalse();
        assertThat(kink.analytic()[0][0]).isEqualTo(0.0);
        assertThat(kink.numeric()[0][0]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    private static boolean close(double a, double b) {
        return a == b || Math.abs(a - b) <= 1e-9 * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }
}
