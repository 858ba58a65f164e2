package io.github.micrograd4j.core.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.fixture.RandomOpGraphs;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The forward-only replay: every example's output and watched values equal the scalar tape's and the
 * object graph's bit for bit, whatever the tile size and threads; the inputs stay while the
 * parameters change; a net's products are folded into its sums and its rows reuse a few buffers.
 */
class ForwardBatchTest {

    @Test
    void randomGraphsEqualTheScalarTapeBitForBitWithAnyNodesWatched() {
        SplittableRandom rnd = new SplittableRandom(31);
        for (int g = 0; g < 200; g++) {
            long seed = rnd.nextLong();
            List<Value> leaves = RandomOpGraphs.leaves(RandomOpGraphs.randomData(rnd, 6));
            Value output = RandomOpGraphs.anyData(seed, leaves, 5 + rnd.nextInt(60), RandomOpGraphs.PRIMITIVES);
            List<Value> nodes = output.topologicalOrder();
            List<Value> watched = new ArrayList<>();
            for (Value v : nodes) {
                if (rnd.nextInt(4) == 0 && (!v.isLeaf() || leaves.contains(v))) {
                    watched.add(v);
                }
            }
            Tape tape = Tape.compile(output, leaves.subList(0, 2), leaves.subList(2, 6), watched);
            int batch = 1 + rnd.nextInt(90);
            double[][] in = new double[batch][];
            for (int e = 0; e < batch; e++) {
                in[e] = RandomOpGraphs.randomData(rnd, 2);
            }
            try (ForwardBatch f = new ForwardBatch(tape, batch, 1 + rnd.nextInt(20), 1 + rnd.nextInt(3))) {
                for (int e = 0; e < batch; e++) {
                    f.setInput(0, e, in[e][0]);
                    f.setInput(1, e, in[e][1]);
                }
                for (int round = 0; round < 2; round++) {
                    double[] parameters = RandomOpGraphs.randomData(rnd, 4);
                    Tape t = tape.copy();
                    for (int j = 0; j < 4; j++) {
                        f.setParameter(j, parameters[j]);
                        t.setParameter(j, parameters[j]);
                    }
                    f.forward();
                    for (int e = 0; e < batch; e++) {
                        t.setInput(0, in[e][0]);
                        t.setInput(1, in[e][1]);
                        t.forward();
                        String where = "graph " + g + " round " + round + " example " + e;
                        Bits.assertSameDouble(f.output(e), t.output(), where + " output");
                        for (int w = 0; w < watched.size(); w++) {
                            Bits.assertSameDouble(f.watched(w, e), t.watched(w), where + " watched " + w);
                        }
                    }
                }
            }
        }
    }

    /** A 2-16-16-1 relu net as micrograd builds it ({@code b + w0*x0 + ...}), each neuron watched. */
    private record Net(Value x1, Value x2, List<Value> parameters, List<Value> neurons, Value output) {
        static Net of(SplittableRandom rnd) {
            Value x1 = new Value(0.0);
            Value x2 = new Value(0.0);
            List<Value> parameters = new ArrayList<>();
            List<Value> neurons = new ArrayList<>();
            List<Value> in = List.of(x1, x2);
            int[] sizes = {16, 16, 1};
            for (int l = 0; l < sizes.length; l++) {
                List<Value> outs = new ArrayList<>();
                for (int n = 0; n < sizes[l]; n++) {
                    Value b = new Value(0.0);
                    Value act = b;
                    List<Value> ws = new ArrayList<>();
                    for (Value x : in) {
                        Value w = new Value(rnd.nextDouble(-1, 1));
                        ws.add(w);
                        act = act.add(w.mul(x));
                    }
                    parameters.addAll(ws);
                    parameters.add(b);
                    outs.add(l == sizes.length - 1 ? act : act.relu());
                }
                neurons.addAll(outs);
                in = outs;
            }
            return new Net(x1, x2, parameters, neurons, in.get(0));
        }
    }

    @Test
    void aNetsGridEqualsTheObjectGraphAndItsProductsAreFolded() {
        SplittableRandom rnd = new SplittableRandom(7);
        Net net = Net.of(rnd);
        Tape tape = Tape.compile(net.output(), List.of(net.x1(), net.x2()), net.parameters(), net.neurons());
        int side = 30;
        try (ForwardBatch f = new ForwardBatch(tape, side * side, 64, 2)) {
            for (int e = 0; e < side * side; e++) {
                f.setInput(0, e, -2 + 4.0 * (e % side) / side);
                f.setInput(1, e, 2 - 4.0 * (e / side) / side);
            }
            // 337 parameters, 640 ops: the 304 products that feed a sum are folded into it, and the
            // rows live in a few dozen buffers instead of one each
            assertThat(tape.opCount()).isEqualTo(640);
            assertThat(f.instructionCount()).isEqualTo(tape.opCount() - 304);
            assertThat(f.bufferCount()).isBetween(1, 40);
            for (int round = 0; round < 3; round++) {
                for (int j = 0; j < net.parameters().size(); j++) {
                    double d = rnd.nextDouble(-1, 1);
                    net.parameters().get(j).setData(d);
                    f.setParameter(j, d);
                }
                f.forward();
                for (int e = 0; e < side * side; e += 29) {
                    net.x1().setData(-2 + 4.0 * (e % side) / side);
                    net.x2().setData(2 - 4.0 * (e / side) / side);
                    // the object graph built again for this cell, as the net's forward pass would
                    Value rebuilt = rebuild(net.output());
                    Bits.assertSameDouble(f.output(e), rebuilt.data(), "round " + round + " cell " + e);
                    for (int n = 0; n < net.neurons().size(); n++) {
                        Value fresh = rebuild(net.neurons().get(n));
                        Bits.assertSameDouble(f.watched(n, e), fresh.data(), "neuron " + n + " cell " + e);
                    }
                }
            }
        }
    }

    /** A new object graph with the same structure and the leaves' current data: its values are computed anew. */
    private static Value rebuild(Value v) {
        if (v.isLeaf()) {
            return new Value(v.data());
        }
        Value x = rebuild(v.child(0));
        if (v.op().hasConstant()) {
            return x.apply(v.op(), v.constant());
        }
        return v.childCount() == 2 ? x.apply(v.op(), rebuild(v.child(1))) : x.apply(v.op());
    }

    @Test
    void theBatchIsCutIntoTilesOfAtMostTheTileSize() {
        Value x = new Value(1.0);
        Tape tape = Tape.compile(x.exp(), List.of(x), List.of());
        int[][] cases = {{96, 16, 6}, {97, 16, 7}, {1, 16, 1}, {16, 16, 1}, {17, 16, 2}, {100, 1, 100}};
        for (int[] c : cases) {
            try (ForwardBatch f = new ForwardBatch(tape, c[0], c[1], 1)) {
                assertThat(f.batchSize()).isEqualTo(c[0]);
                assertThat(f.tileCount()).as("%d examples in tiles of %d", c[0], c[1]).isEqualTo(c[2]);
            }
        }
    }

    @Test
    void closingStopsTheWorkerThreads() {
        Value x = new Value(1.0);
        Tape tape = Tape.compile(x.exp(), List.of(x), List.of());
        ForwardBatch f = new ForwardBatch(tape, 64, 8, 2);
        f.forward();
        assertThat(f.output(63)).isEqualTo(Math.exp(1.0));
        f.close();
        assertThatThrownBy(f::forward).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void badArgumentsAreNamed() {
        Value x = new Value(1.0);
        Tape tape = Tape.compile(x.exp(), List.of(x), List.of());
        assertThatThrownBy(() -> new ForwardBatch(tape, 0)).hasMessage("batch size must be at least 1, got 0");
        assertThatThrownBy(() -> new ForwardBatch(tape, 3, 0, 1)).hasMessage("tile size must be at least 1, got 0");
        assertThatThrownBy(() -> new ForwardBatch(tape, 3, 2, 0)).hasMessage("threads must be at least 1, got 0");
        try (ForwardBatch f = new ForwardBatch(tape, 3)) {
            assertThatThrownBy(() -> f.setInput(0, 3, 1.0)).hasMessage("example 3 does not exist: the tape has 3 examples");
            assertThatThrownBy(() -> f.setParameter(0, 1.0)).hasMessage("parameter 0 does not exist: the tape has 0 "
                    + "parameters");
            f.forward();
            assertThat(f.output(2)).isEqualTo(Math.exp(1.0));
        }
    }
}
