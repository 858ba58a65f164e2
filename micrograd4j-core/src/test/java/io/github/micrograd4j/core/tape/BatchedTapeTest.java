package io.github.micrograd4j.core.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.micrograd4j.core.Op;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.fixture.RandomOpGraphs;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The batched replay: each example equals the scalar tape bit for bit; the summed parameter
 * gradients equal the object graph of the whole batch's loss to rounding, and do not depend on the
 * number of threads at all.
 */
class BatchedTapeTest {

    /** A random per-example graph with 2 inputs and 4 parameters, and a batch of inputs for it. */
    private record Problem(Tape tape, long seed, int ops, double[] parameters, double[][] inputs, double[] seeds) {
        static Problem random(SplittableRandom rnd, int batch, boolean unitSeeds) {
            long seed = rnd.nextLong();
            int ops = 5 + rnd.nextInt(50);
            List<Value> leaves = RandomOpGraphs.leaves(RandomOpGraphs.randomData(rnd, 6));
            Tape tape = Tape.compile(RandomOpGraphs.anyData(seed, leaves, ops, RandomOpGraphs.PRIMITIVES), leaves.subList(0, 2),
                    leaves.subList(2, 6));
            double[][] inputs = new double[batch][];
            double[] seeds = new double[batch];
            for (int e = 0; e < batch; e++) {
                inputs[e] = RandomOpGraphs.randomData(rnd, 2);
                seeds[e] = unitSeeds ? 1.0 : rnd.nextDouble(-1, 1);
            }
            return new Problem(tape, seed, ops, RandomOpGraphs.randomData(rnd, 4), inputs, seeds);
        }

        BatchedTape batched(int maxTile, int threads) {
            BatchedTape b = new BatchedTape(tape, inputs.length, maxTile, threads);
            for (int j = 0; j < 4; j++) {
                b.setParameter(j, parameters[j]);
            }
            for (int e = 0; e < inputs.length; e++) {
                b.setInput(0, e, inputs[e][0]);
                b.setInput(1, e, inputs[e][1]);
                b.setSeed(e, seeds[e]);
            }
            return b;
        }
    }

    @Test
    void everyExampleStartsWithTheTapesOwnInputs() {
        Value x = new Value(1.5);
        Value w = new Value(-0.5);
        Value out = x.mul(w).add(2.0).tanh();
        Tape tape = Tape.compile(out, List.of(x), List.of(w));
        try (BatchedTape batch = new BatchedTape(tape, 5, 2, 1)) {
            batch.forward();
            for (int e = 0; e < 5; e++) {
                assertThat(batch.input(0, e)).isEqualTo(1.5);
                assertThat(batch.output(e)).isEqualTo(out.data());
            }
        }
    }

    @Test
    void eachExampleEqualsTheScalarTapeBitForBit() {
        SplittableRandom rnd = new SplittableRandom(21);
        for (int g = 0; g < 100; g++) {
            Problem p = Problem.random(rnd, 1 + rnd.nextInt(70), true);
            try (BatchedTape b = p.batched(1 + rnd.nextInt(16), 1 + rnd.nextInt(2))) {
                b.forwardBackward();
                Tape t = p.tape().copy();
                for (int j = 0; j < 4; j++) {
                    t.setParameter(j, p.parameters()[j]);
                }
                for (int e = 0; e < p.inputs().length; e++) {
                    t.setInput(0, p.inputs()[e][0]);
                    t.setInput(1, p.inputs()[e][1]);
                    t.forward();
                    t.backward();
                    Bits.assertSameDouble(b.output(e), t.output(), "graph " + g + " example " + e);
                    // with seed 1 the per-example gradients are the scalar tape's
                    Bits.assertSameDouble(b.inputGrad(0, e), t.inputGrad(0), "input 0 grad");
                    Bits.assertSameDouble(b.inputGrad(1, e), t.inputGrad(1), "input 1 grad");
                }
            }
        }
    }

    @Test
    void parameterGradsMatchTheWholeBatchObjectGraph() {
        SplittableRandom rnd = new SplittableRandom(22);
        for (int g = 0; g < 100; g++) {
            Problem p = Problem.random(rnd, 1 + rnd.nextInt(70), false);
            try (BatchedTape b = p.batched(BatchedTape.DEFAULT_MAX_TILE, 2)) {
                b.forwardBackward();
                List<Value> params = RandomOpGraphs.leaves(p.parameters());
                Value loss = new Value(0.0);
                for (int e = 0; e < p.inputs().length; e++) {
                    List<Value> leaves = new ArrayList<>(RandomOpGraphs.leaves(p.inputs()[e]));
                    leaves.addAll(params);
                    loss = loss.add(RandomOpGraphs.anyData(p.seed(), leaves, p.ops(), RandomOpGraphs.PRIMITIVES).mul(p.seeds()[e]));
                }
                loss.backward();
                for (int j = 0; j < 4; j++) {
                    double expected = params.get(j).grad();
                    if (!Double.isFinite(expected)) {
                        continue; // an infinite or NaN sum: order-dependent by nature
                    }
                    assertThat(b.parameterGrad(j)).as("graph %d parameter %d", g, j)
                            .isCloseTo(expected, within(1e-12 * Math.max(1.0, Math.abs(expected))));
                }
            }
        }
    }

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        SplittableRandom rnd = new SplittableRandom(23);
        for (int g = 0; g < 30; g++) {
            Problem p = Problem.random(rnd, 100, false);
            try (BatchedTape one = p.batched(8, 1); BatchedTape two = p.batched(8, 2)) {
                one.forwardBackward();
                two.forward();
                two.backward();
                assertThat(two.tileCount()).isEqualTo(13);
                for (int j = 0; j < 4; j++) {
                    Bits.assertSameDouble(two.parameterGrad(j), one.parameterGrad(j), "parameter grad " + j);
                }
                for (int e = 0; e < 100; e++) {
                    Bits.assertSameDouble(two.output(e), one.output(e), "output " + e);
                }
            }
        }
    }

    @Test
    void anOptimizerStepNeedsNoRebuild() {
        Value w = new Value(0.5);
        Value x = new Value(1.0);
        Tape tape = Tape.compile(w.mul(x).sub(2.0).pow(2), List.of(x), List.of(w));
        try (BatchedTape b = new BatchedTape(tape, 4)) {
            for (int e = 0; e < 4; e++) {
                b.setInput(0, e, e + 1.0);
                b.setSeed(e, 0.25);
            }
            for (int step = 0; step < 200; step++) {
                b.forwardBackward();
                b.setParameter(0, b.parameter(0) - 0.05 * b.parameterGrad(0));
            }
            // least squares of w*x = 2 over x = 1..4: w = 2 * sum(x) / sum(x^2) = 20/30
            assertThat(b.parameter(0)).isCloseTo(2.0 / 3.0, within(1e-9));
        }
    }

    @Test
    void badArgumentsAreNamed() {
        Value x = new Value(1.0);
        Tape tape = Tape.compile(x.exp(), List.of(x), List.of());
        assertThatThrownBy(() -> new BatchedTape(tape, 0)).hasMessage("batch size must be at least 1, got 0");
        assertThatThrownBy(() -> new BatchedTape(tape, 3, 0, 1)).hasMessage("tile size must be at least 1, got 0");
        assertThatThrownBy(() -> new BatchedTape(tape, 3, 2, 0)).hasMessage("threads must be at least 1, got 0");
        try (BatchedTape b = new BatchedTape(tape, 3)) {
            assertThatThrownBy(() -> b.setInput(0, 3, 1.0)).hasMessage("example 3 does not exist: the tape has 3 examples");
        }
    }

    /**
     * The batched replay keeps no rows of local derivatives for sums and products and uses 1 and the
     * operands' rows instead ({@link OpKernels#storesLocals}); that is only right while the ops define
     * their derivatives that way, bit for bit, which this checks on ordinary and extreme numbers.
     */
    @Test
    void sumsAndProductsHaveTheLocalDerivativesTheReplayAssumes() {
        double[] special = {0.0, -0.0, 1.0, -2.5, 1e-300, -1e300, Double.MIN_VALUE, Double.MAX_VALUE,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        SplittableRandom rnd = new SplittableRandom(3);
        List<Double> numbers = new ArrayList<>();
        for (double d : special) {
            numbers.add(d);
        }
        for (int i = 0; i < 200; i++) {
            numbers.add(rnd.nextDouble(-1e6, 1e6));
        }
        for (double x : numbers) {
            for (double y : numbers) {
                double sum = Op.ADD.value(x, y);
                Bits.assertSameDouble(Op.ADD.dx(x, y, sum), 1.0, "d(x+y)/dx");
                Bits.assertSameDouble(Op.ADD.dy(x, y, sum), 1.0, "d(x+y)/dy");
                double product = Op.MUL.value(x, y);
                Bits.assertSameDouble(Op.MUL.dx(x, y, product), y, "d(x*y)/dx");
                Bits.assertSameDouble(Op.MUL.dy(x, y, product), x, "d(x*y)/dy");
            }
        }
        assertThat(OpKernels.storesLocals(Op.ADD)).isFalse();
        assertThat(OpKernels.storesLocals(Op.MUL)).isFalse();
        assertThat(OpKernels.storesLocals(Op.TANH)).isTrue();
    }

    /**
     * Products read their operands' value rows back as local derivatives, so an input set for the
     * next forward pass must not reach the backward pass of the last one: the gradients stay those
     * of the values the forward pass used, as on the scalar tape.
     */
    @Test
    void anInputSetAfterForwardDoesNotChangeThatPassesGradients() {
        Value x = new Value(2.0);
        Value w = new Value(3.0);
        Value out = w.mul(x).add(x.mul(x));
        Tape tape = Tape.compile(out, List.of(x), List.of(w));
        try (BatchedTape batch = new BatchedTape(tape, 2)) {
            batch.setParameter(0, 3.0);
            batch.setInput(0, 0, 2.0);
            batch.setInput(0, 1, -1.0);
            batch.forward();
            batch.setInput(0, 0, 5.0);
            batch.setInput(0, 1, 7.0);
            batch.backward();
            // d/dw = x summed over the examples; d/dx = w + 2x, per example, at the forward pass's x
            assertThat(batch.parameterGrad(0)).isEqualTo(2.0 + -1.0);
            assertThat(batch.inputGrad(0, 0)).isEqualTo(3.0 + 4.0);
            assertThat(batch.inputGrad(0, 1)).isEqualTo(3.0 - 2.0);
            assertThat(batch.input(0, 0)).as("the input for the next pass").isEqualTo(5.0);
            batch.forward();
            assertThat(batch.output(0)).isEqualTo(3.0 * 5.0 + 25.0);
        }
    }
}
