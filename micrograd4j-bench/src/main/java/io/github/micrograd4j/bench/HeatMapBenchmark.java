package io.github.micrograd4j.bench;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.tape.BatchedTape;
import io.github.micrograd4j.core.tape.ForwardBatch;
import io.github.micrograd4j.core.tape.Tape;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.MicrogradDemo;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The training lab's heat map: the demo net (MLP(2, [16, 16, 1]), 337 parameters, 640 ops a point)
 * over a 100x100 grid, as a frame computes it ({@code serve}'s {@code DecisionGrid}): one point's
 * forward pass compiled once into a tape, the grid's inputs set once; per frame the 337 parameters
 * are set, the 10,000 forward passes run and the output row is read into the map.
 * {@code forwardOnly} is {@link ForwardBatch}, the lab's; {@code batchedTape} is the same frame on
 * {@link BatchedTape}'s forward pass (local derivatives and every row kept), the lab's first version.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class HeatMapBenchmark {
    /** Cells per side. */
    static final int SIDE = 100;

    /** The demo net's forward graph at its initial weights, compiled. */
    @State(Scope.Benchmark)
    public static class Net {
        Tape tape;
        double[] weights;

        /** Builds and compiles the graph, the output watched, as the lab does. */
        @Setup(Level.Trial)
        public void compile() {
            MLP model = MicrogradDemo.model(new Random(MicrogradDemo.SEED + 1));
            Value x1 = new Value(0.0);
            Value x2 = new Value(0.0);
            List<Value> out = model.forward(List.of(x1, x2));
            tape = Tape.compile(out.get(0), List.of(x1, x2), model.parameters(), out);
            weights = model.parameterData();
        }

        static double x(int cell) {
            return -1.5 + (cell % SIDE + 0.5) * 4.0 / SIDE;
        }

        static double y(int cell) {
            return 2.5 - (cell / SIDE + 0.5) * 4.0 / SIDE;
        }
    }

    /** The forward-only replay over the grid. */
    @State(Scope.Benchmark)
    public static class Forward {
        /** Threads that replay the grid. */
        @Param({"1", "2"})
        public int threads;
        /** The most cells a tile computes together. */
        @Param({"64", "256"})
        public int tile;

        ForwardBatch batch;
        final double[] map = new double[SIDE * SIDE];

        /**
         * The grid's inputs, set once.
         *
         * @param net the compiled net
         */
        @Setup(Level.Trial)
        public void grid(Net net) {
            batch = new ForwardBatch(net.tape, SIDE * SIDE, tile, threads);
            for (int e = 0; e < SIDE * SIDE; e++) {
                batch.setInput(0, e, Net.x(e));
                batch.setInput(1, e, Net.y(e));
            }
        }

        /** Stops the worker thread. */
        @TearDown(Level.Trial)
        public void close() {
            batch.close();
        }
    }

    /** The same grid on the batched tape, one thread, its default tile. */
    @State(Scope.Benchmark)
    public static class Batched {
        BatchedTape batch;
        final double[] map = new double[SIDE * SIDE];

        /**
         * The grid's inputs, set once.
         *
         * @param net the compiled net
         */
        @Setup(Level.Trial)
        public void grid(Net net) {
            batch = new BatchedTape(net.tape, SIDE * SIDE, BatchedTape.DEFAULT_MAX_TILE, 1);
            for (int e = 0; e < SIDE * SIDE; e++) {
                batch.setInput(0, e, Net.x(e));
                batch.setInput(1, e, Net.y(e));
            }
        }

        /** Nothing to stop with one thread; closed for symmetry. */
        @TearDown(Level.Trial)
        public void close() {
            batch.close();
        }
    }

    /**
     * One frame's map on {@link ForwardBatch}.
     *
     * @param net the net
     * @param f the replay
     * @return the map
     */
    @Benchmark
    public double[] forwardOnly(Net net, Forward f) {
        double[] w = net.weights;
        for (int j = 0; j < w.length; j++) {
            f.batch.setParameter(j, w[j]);
        }
        f.batch.forward();
        for (int e = 0; e < f.map.length; e++) {
            f.map[e] = f.batch.watched(0, e);
        }
        return f.map;
    }

    /**
     * One frame's map on {@link BatchedTape#forward()}.
     *
     * @param net the net
     * @param b the replay
     * @return the map
     */
    @Benchmark
    public double[] batchedTape(Net net, Batched b) {
        double[] w = net.weights;
        for (int j = 0; j < w.length; j++) {
            b.batch.setParameter(j, w[j]);
        }
        b.batch.forward();
        for (int e = 0; e < b.map.length; e++) {
            b.map[e] = b.batch.watched(0, e);
        }
        return b.map;
    }
}
