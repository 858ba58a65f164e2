package io.github.micrograd4j.nn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.data.Datasets;
import io.github.micrograd4j.nn.loss.ClassificationLoss;
import io.github.micrograd4j.nn.optim.LearningRate;
import io.github.micrograd4j.nn.optim.Sgd;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The tape engine against the graph engine: the same training run, step by step, to 1e-12
 * relative (issue 5's bar), and the same accuracy at every step.
 */
class TapeEngineTest {
    private static final double RELATIVE = 1e-12;

    /** The numbers of one run: each step's loss and accuracy, then the final parameters. */
    private record Run(double[] losses, double[] accuracies, double[] parameters) {
    }

    private static Run train(Dataset data, ClassificationLoss loss, double l2, int[] sizes, long seed, int steps,
            Function<Objective, TrainingEngine> engineFor) {
        MLP model = new MLP(new Random(seed), data.featureCount(), sizes);
        Objective objective = new Objective(model, data, loss, l2);
        TrainingEngine engine = engineFor.apply(objective);
        TrainingHistory h = Trainer.train(engine, new Sgd(model.parameters(), LearningRate.microgradLinear(1.0, steps)),
                steps, r -> { });
        engine.close(); // every engine is AutoCloseable; the tape's stops its threads
        return new Run(h.losses(), h.accuracies(), model.parameterData());
    }

    /**
     * Relative to each number, or to the vector's largest entry for numbers that are tiny by
     * cancellation (a weight decayed to 1e-13 carries the rounding of the sums that made it).
     */
    private static void assertClose(double[] actual, double[] expected, String what) {
        assertThat(actual).hasSameSizeAs(expected);
        double largest = 0.0;
        for (double e : expected) {
            largest = Math.max(largest, Math.abs(e));
        }
        for (int i = 0; i < expected.length; i++) {
            double scale = Math.max(Math.abs(expected[i]), 1e-6 * largest);
            assertThat(Math.abs(actual[i] - expected[i]) / scale)
                    .as("%s %d: tape %s, graph %s", what, i, actual[i], expected[i])
                    .isLessThanOrEqualTo(RELATIVE);
        }
    }

    private static void assertSameRun(Run tape, Run graph) {
        assertClose(tape.losses(), graph.losses(), "loss at step");
        assertThat(tape.accuracies()).containsExactly(graph.accuracies());
        assertClose(tape.parameters(), graph.parameters(), "final parameter");
    }

    @Test
    void theDemoRunMatchesTheGraphEngineTo1e12() {
        Dataset moons = Datasets.moons(100, 0.1, new Random(1337));
        int[] sizes = {16, 16, 1};
        Run graph = train(moons, ClassificationLoss.MAX_MARGIN, 1e-4, sizes, 1338, 100, GraphEngine::new);
        Run tape = train(moons, ClassificationLoss.MAX_MARGIN, 1e-4, sizes, 1338, 100, TapeEngine::new);
        assertSameRun(tape, graph);
        assertThat(tape.accuracies()[99]).isEqualTo(1.0);
    }

    @Test
    void theOtherSupportedLossesMatchToo() {
        Dataset circles = Datasets.circles(60, 0.1, 0.5, new Random(5));
        int[] sizes = {8, 8, 1};
        for (ClassificationLoss loss : List.of(ClassificationLoss.MSE, ClassificationLoss.BINARY_CROSS_ENTROPY,
                ClassificationLoss.MAX_MARGIN)) {
            for (double l2 : new double[] {0.0, 1e-3}) {
                Run graph = train(circles, loss, l2, sizes, 9, 30, GraphEngine::new);
                Run tape = train(circles, loss, l2, sizes, 9, 30, o -> new TapeEngine(o, 1));
                // not the accuracies: with these small nets some scores sit within rounding of 0, where
                // a last-bit difference flips the predicted class
                assertClose(tape.losses(), graph.losses(), loss + " l2 " + l2 + " loss at step");
                assertClose(tape.parameters(), graph.parameters(), loss + " l2 " + l2 + " final parameter");
            }
        }
    }

    @Test
    void oneAndTwoThreadsGiveTheSameBits() {
        Dataset moons = Datasets.moons(100, 0.1, new Random(3));
        int[] sizes = {16, 16, 1};
        Run one = train(moons, ClassificationLoss.MAX_MARGIN, 1e-4, sizes, 4, 20, o -> new TapeEngine(o, 1));
        Run two = train(moons, ClassificationLoss.MAX_MARGIN, 1e-4, sizes, 4, 20, o -> new TapeEngine(o, 2));
        assertThat(two.losses()).containsExactly(one.losses());
        assertThat(two.parameters()).containsExactly(one.parameters());
    }

    @Test
    void stepZeroGradientsAreTheGraphsInEveryParameter() {
        Dataset moons = Datasets.moons(40, 0.1, new Random(8));
        MLP model = new MLP(new Random(9), 2, 16, 16, 1);
        Objective objective = new Objective(model, moons, ClassificationLoss.MAX_MARGIN, 1e-4);
        LossEvaluation viaGraph = new GraphEngine(objective).evaluate();
        double[] expected = model.parameters().stream().mapToDouble(Value::grad).toArray();
        try (TapeEngine tape = new TapeEngine(objective)) {
            LossEvaluation viaTape = tape.evaluate();
            assertThat(viaTape.loss()).isEqualTo(viaGraph.loss());
            assertThat(viaTape.accuracy()).isEqualTo(viaGraph.accuracy());
        }
        double[] actual = model.parameters().stream().mapToDouble(Value::grad).toArray();
        assertClose(actual, expected, "gradient of parameter");
    }

    @Test
    void aNegativeThreadCountIsRefused() {
        Dataset moons = Datasets.moons(10, 0.1, new Random(1));
        Objective objective = new Objective(new MLP(new Random(2), 2, 4, 1), moons, ClassificationLoss.MAX_MARGIN, 0.0);
        assertThatThrownBy(() -> new TapeEngine(objective, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("threads must be at least 1 (or 0 to choose), got -1");
    }

    @Test
    void softmaxIsRefusedWithTheReason() {
        Dataset blobs = Datasets.blobs(30, 3, 0.5, new Random(2));
        MLP model = new MLP(new Random(3), 2, 4, 3);
        Objective objective = new Objective(model, blobs, ClassificationLoss.SOFTMAX_CROSS_ENTROPY, 0.0);
        assertThat(TapeEngine.supports(objective)).isFalse();
        assertThatThrownBy(() -> new TapeEngine(objective)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not support the softmax loss");
    }
}
