package io.github.micrograd4j.core.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.micrograd4j.core.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link BatchedTape#compile}: per-example graphs of a small MLP under micrograd's max-margin loss
 * give, batched, the loss and parameter gradients of the whole-batch object graph.
 */
class BatchCompileTest {

    /** A 2-8-8-1 relu MLP written with Values the way micrograd's nn.py computes it. */
    private static final class Mlp {
        final List<Value> parameters = new ArrayList<>();
        final int[] sizes = {2, 8, 8, 1};

        Mlp(SplittableRandom rnd) {
            for (int l = 1; l < sizes.length; l++) {
                for (int n = 0; n < sizes[l]; n++) {
                    for (int i = 0; i <= sizes[l - 1]; i++) {
                        parameters.add(new Value(i < sizes[l - 1] ? rnd.nextDouble(-1, 1) : 0.0));
                    }
                }
            }
        }

        Value score(double[] x) {
            List<Value> in = new ArrayList<>();
            for (double d : x) {
                in.add(new Value(d));
            }
            int p = 0;
            for (int l = 1; l < sizes.length; l++) {
                List<Value> out = new ArrayList<>();
                for (int n = 0; n < sizes[l]; n++) {
                    Value bias = parameters.get(p + sizes[l - 1]);
                    Value act = bias;
                    for (int i = 0; i < sizes[l - 1]; i++) {
                        act = act.add(parameters.get(p + i).mul(in.get(i)));
                    }
                    p += sizes[l - 1] + 1;
                    out.add(l == sizes.length - 1 ? act : act.relu());
                }
                in = out;
            }
            return in.get(0);
        }
    }

    private static Value hinge(Value score, double y) {
        return score.mul(-y).add(1.0).relu();
    }

    @Test
    void aBatchOfMlpLossesEqualsTheWholeBatchObjectGraph() {
        SplittableRandom rnd = new SplittableRandom(7);
        Mlp mlp = new Mlp(rnd);
        int n = 50;
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int e = 0; e < n; e++) {
            x[e] = new double[] {rnd.nextDouble(-2, 2), rnd.nextDouble(-2, 2)};
            y[e] = rnd.nextBoolean() ? 1.0 : -1.0;
        }
        // the object graph of the whole batch: mean of the hinge losses
        Value sum = new Value(0.0);
        List<Value> wholeScores = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            Value s = mlp.score(x[e]);
            wholeScores.add(s);
            sum = sum.add(hinge(s, y[e]));
        }
        Value loss = sum.mul(1.0 / n);
        loss.backward();

        List<Value> terms = new ArrayList<>();
        Value firstScore = null;
        for (int e = 0; e < n; e++) {
            Value s = mlp.score(x[e]);
            firstScore = e == 0 ? s : firstScore;
            terms.add(hinge(s, y[e]));
        }
        try (BatchedTape batch = BatchedTape.compile(terms, mlp.parameters, List.of(firstScore), 8, 2)) {
            // inputs: the two features and the label, which is a constant leaf inside each graph
            assertThat(batch.tape().inputCount()).isEqualTo(3);
            for (int e = 0; e < n; e++) {
                batch.setSeed(e, 1.0 / n);
            }
            batch.forwardBackward();
            double total = 0.0;
            for (int e = 0; e < n; e++) {
                total += batch.output(e);
                Bits.assertSameDouble(batch.watched(0, e), wholeScores.get(e).data(), "score " + e);
            }
            Bits.assertSameDouble(total * (1.0 / n), loss.data(), "loss");
            for (int j = 0; j < mlp.parameters.size(); j++) {
                double expected = mlp.parameters.get(j).grad();
                assertThat(batch.parameterGrad(j)).as("parameter %d", j)
                        .isCloseTo(expected, within(1e-12 * Math.max(1e-3, Math.abs(expected))));
            }
        }
    }

    @Test
    void graphsBuiltDifferentlyAreRefusedWithTheExampleAndValue() {
        Value p = new Value(0.5);
        Value a = p.mul(new Value(1.0)).tanh();
        Value b = p.mul(new Value(2.0)).relu();
        assertThatThrownBy(() -> BatchedTape.compile(List.of(a, b), List.of(p), List.of(), 4, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("example 1 differs from example 0 at value 3 of 4: 'ReLU' instead of 'tanh'");
        Value c = p.mul(new Value(1.0)).mul(p).tanh();
        assertThatThrownBy(() -> BatchedTape.compile(List.of(a, c), List.of(p), List.of(), 4, 1))
                .hasMessageContaining("example 1 has 5 values, example 0 has 4");
        assertThatThrownBy(() -> BatchedTape.compile(List.of(), List.of(p), List.of(), 4, 1))
                .hasMessage("expected at least 1 example, got 0");
    }

    @Test
    void leavesEqualInEveryExampleAreConstants() {
        Value p = new Value(0.5);
        Value a = p.mul(new Value(3.0)).add(new Value(7.0));
        Value b = p.mul(new Value(4.0)).add(new Value(7.0));
        try (BatchedTape batch = BatchedTape.compile(List.of(a, b), List.of(p), List.of(), 4, 1)) {
            assertThat(batch.tape().inputCount()).isEqualTo(1);
            batch.setParameter(0, 2.0);
            batch.forwardBackward();
            assertThat(batch.output(0)).isEqualTo(13.0);
            assertThat(batch.output(1)).isEqualTo(15.0);
            assertThat(batch.parameterGrad(0)).isEqualTo(7.0);
        }
    }
}
