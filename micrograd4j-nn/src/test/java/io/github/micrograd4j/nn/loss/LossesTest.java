package io.github.micrograd4j.nn.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.micrograd4j.core.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each loss against values and gradients worked out by hand. */
class LossesTest {

    @Test
    void maxMarginIsMeanOfHingesAndPassesGradientOnlyThroughActiveOnes() {
        Value s1 = new Value(0.5);
        Value s2 = new Value(-2.0);
        Value s3 = new Value(3.0);
        // hinges: relu(1 - 0.5) = 0.5 (y=+1), relu(1 - 2) = 0 (y=-1, score -2), relu(1 - 3) = 0 (y=+1)
        Value loss = Losses.maxMargin(List.of(s1, s2, s3), new double[] {1, -1, 1});
        assertThat(loss.data()).isEqualTo(0.5 * (1.0 / 3));
        loss.backward();
        assertThat(s1.grad()).isEqualTo(-1.0 / 3, within(1e-15));
        assertThat(s2.grad()).isEqualTo(0.0);
        assertThat(s3.grad()).isEqualTo(0.0);
    }

    @Test
    void maxMarginGradientForANegativeLabelIsPlusOneOverN() {
        Value s = new Value(0.25);
        Value loss = Losses.maxMargin(List.of(s, new Value(5)), new double[] {-1, 1});
        assertThat(loss.data()).isEqualTo(1.25 * 0.5);
        loss.backward();
        assertThat(s.grad()).isEqualTo(0.5);
    }

    @Test
    void meanSquaredError() {
        Value p1 = new Value(2.0);
        Value p2 = new Value(-1.0);
        Value loss = Losses.meanSquaredError(List.of(p1, p2), new double[] {1.0, 1.0});
        assertThat(loss.data()).isEqualTo((1.0 + 4.0) * 0.5);
        loss.backward();
        assertThat(p1.grad()).isEqualTo(2 * (2.0 - 1.0) / 2, within(1e-15));
        assertThat(p2.grad()).isEqualTo(2 * (-1.0 - 1.0) / 2, within(1e-15));
    }

    @Test
    void binaryCrossEntropyMatchesTheTextbookFormulaAndItsGradient() {
        double[] zs = {-3.0, -0.5, 0.0, 0.7, 4.0};
        double[] ys = {0, 1, 1, 0, 1};
        for (int i = 0; i < zs.length; i++) {
            Value z = new Value(zs[i]);
            Value loss = Losses.binaryCrossEntropyWithLogits(List.of(z), new double[] {ys[i]});
            double s = 1 / (1 + Math.exp(-zs[i]));
            double expected = -(ys[i] * Math.log(s) + (1 - ys[i]) * Math.log(1 - s));
            assertThat(loss.data()).as("loss at z=%s", zs[i]).isCloseTo(expected, within(1e-14));
            loss.backward();
            assertThat(z.grad()).as("gradient at z=%s", zs[i]).isCloseTo(s - ys[i], within(1e-14));
        }
    }

    @Test
    void binaryCrossEntropyStaysFiniteForHugeLogits() {
        Value big = new Value(1000.0);
        Value small = new Value(-1000.0);
        Value loss = Losses.binaryCrossEntropyWithLogits(List.of(big, small), new double[] {0, 1});
        // each point is 1000 nats wrong; the mean is 1000
        assertThat(loss.data()).isCloseTo(1000.0, within(1e-9));
        loss.backward();
        assertThat(big.grad()).isCloseTo(0.5, within(1e-12));    // (sigmoid(1000) - 0) / 2
        assertThat(small.grad()).isCloseTo(-0.5, within(1e-12)); // (sigmoid(-1000) - 1) / 2
    }

    @Test
    void softmaxCrossEntropyMatchesHandComputedValueAndGradient() {
        Value a = new Value(1.0);
        Value b = new Value(2.0);
        Value c = new Value(0.5);
        Value loss = Losses.softmaxCrossEntropy(List.of(List.of(a, b, c)), new int[] {0});
        double sum = Math.exp(1) + Math.exp(2) + Math.exp(0.5);
        assertThat(loss.data()).isCloseTo(Math.log(sum) - 1.0, within(1e-14));
        loss.backward();
        assertThat(a.grad()).isCloseTo(Math.exp(1) / sum - 1, within(1e-14));
        assertThat(b.grad()).isCloseTo(Math.exp(2) / sum, within(1e-14));
        assertThat(c.grad()).isCloseTo(Math.exp(0.5) / sum, within(1e-14));
    }

    @Test
    void softmaxCrossEntropyStaysFiniteForHugeLogits() {
        Value a = new Value(1000.0);
        Value b = new Value(0.0);
        Value loss = Losses.softmaxCrossEntropy(List.of(List.of(a, b)), new int[] {1});
        assertThat(loss.data()).isCloseTo(1000.0, within(1e-9));
        loss.backward();
        assertThat(a.grad()).isCloseTo(1.0, within(1e-12));
        assertThat(b.grad()).isCloseTo(-1.0, within(1e-12));
    }

    @Test
    void l2IsAlphaTimesTheSumOfSquares() {
        Value p = new Value(3.0);
        Value q = new Value(-2.0);
        Value reg = Losses.l2(List.of(p, q), 0.5);
        assertThat(reg.data()).isEqualTo(6.5);
        reg.backward();
        assertThat(p.grad()).isEqualTo(3.0);   // 0.5 * 2 * 3
        assertThat(q.grad()).isEqualTo(-2.0);
    }

    @Test
    void softplusIsLogOnePlusExpWithoutOverflow() {
        for (double z : new double[] {-800, -20, -1, 0, 1, 20, 800}) {
            Value v = new Value(z);
            Value sp = Losses.softplus(v);
            double expected = Math.max(z, 0) + Math.log1p(Math.exp(-Math.abs(z)));
            assertThat(sp.data()).as("softplus(%s)", z).isCloseTo(expected, within(1e-12 * Math.max(1, Math.abs(z))));
            sp.backward();
            assertThat(v.grad()).as("softplus'(%s)", z).isCloseTo(1 / (1 + Math.exp(-z)), within(1e-15));
        }
    }

    @Test
    void badLabelsAndShapesAreNamed() {
        List<Value> one = List.of(new Value(1));
        assertThatThrownBy(() -> Losses.maxMargin(one, new double[] {0})).hasMessageContaining("-1 or +1, got 0.0 at index 0");
        assertThatThrownBy(() -> Losses.binaryCrossEntropyWithLogits(one, new double[] {-1}))
                .hasMessageContaining("0 or 1, got -1.0");
        assertThatThrownBy(() -> Losses.meanSquaredError(one, new double[] {1, 2})).hasMessageContaining("expected 1 targets");
        assertThatThrownBy(() -> Losses.softmaxCrossEntropy(List.of(List.of(new Value(1), new Value(2))), new int[] {2}))
                .hasMessageContaining("class 2 at index 0 is outside [0, 2)");
        assertThatThrownBy(() -> Losses.l2(one, -1)).hasMessageContaining("got -1.0");
    }
}
