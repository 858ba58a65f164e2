package io.github.micrograd4j.bench;

import io.github.micrograd4j.nn.train.GraphEngine;
import io.github.micrograd4j.nn.train.LossGraph;
import io.github.micrograd4j.nn.train.Objective;
import io.github.micrograd4j.nn.train.TapeEngine;
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
 * The demo's 100 training steps ({@link Demo}) on each engine, plus one object-graph step for the
 * values-per-second figure (65,481 values / time per step).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DemoTrainingBenchmark {

    /** The demo's data and initial weights. */
    @State(Scope.Benchmark)
    public static class Workload {
        final Demo demo = new Demo();
    }

    /** A compiled tape engine, reset to the initial weights before each run. */
    @State(Scope.Benchmark)
    public static class CompiledTape {
        /** Threads that replay the tape. */
        @Param({"1", "2"})
        public int threads;

        Objective objective;
        TapeEngine engine;
        double[] initial;

        /**
         * Compiles once per trial.
         *
         * @param w the workload
         */
        @Setup(Level.Trial)
        public void compile(Workload w) {
            objective = w.demo.objective();
            initial = objective.model().parameterData();
            engine = new TapeEngine(objective, threads);
        }

        /** Back to the initial weights, so every run trains the same way. */
        @Setup(Level.Invocation)
        public void reset() {
            objective.model().setParameterData(initial);
        }

        /** Stops the worker threads. */
        @TearDown(Level.Trial)
        public void close() {
            engine.close();
        }
    }

    /** The object graph at the initial weights, for one step. */
    @State(Scope.Benchmark)
    public static class OneStep {
        Objective objective;
        GraphEngine engine;

        /**
         * The engine.
         *
         * @param w the workload
         */
        @Setup(Level.Trial)
        public void setUp(Workload w) {
            objective = w.demo.objective();
            engine = new GraphEngine(objective);
        }
    }

    /**
     * The object graph: 100 steps, each building the 65,481-value graph, backpropagating and updating.
     *
     * @param w the workload
     * @return the last loss
     */
    @Benchmark
    public double objectGraph100Steps(Workload w) {
        return w.demo.run(GraphEngine::new);
    }

    /**
     * The tape: 100 steps replaying a tape compiled beforehand (the optimizer only writes parameters).
     *
     * @param t the compiled tape
     * @return the last loss
     */
    @Benchmark
    public double tape100Steps(CompiledTape t) {
        return Demo.train(t.objective, t.engine);
    }

    /**
     * The tape including its compilation: build one graph per point, compile, then 100 steps.
     *
     * @param w the workload
     * @return the last loss
     */
    @Benchmark
    public double tapeCompileAnd100Steps(Workload w) {
        io.github.micrograd4j.nn.train.Objective o = w.demo.objective();
        try (TapeEngine engine = new TapeEngine(o, 1)) {
            return Demo.train(o, engine);
        }
    }

    /**
     * One object-graph step without the update: build the loss graph (65,481 values), zero the
     * gradients, backpropagate.
     *
     * @param s the engine
     * @return the loss
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double objectGraphForwardBackward(OneStep s) {
        return s.engine.evaluate().loss();
    }

    /**
     * The same step with plain {@code loss.backward()}, which first searches the graph (depth-first)
     * for its values, instead of the {@link io.github.micrograd4j.core.GraphRecording} that
     * {@link GraphEngine} builds in.
     *
     * @param s the objective
     * @return the loss
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double objectGraphForwardBackwardBySearch(OneStep s) {
        LossGraph graph = s.objective.build();
        s.objective.model().zeroGrad();
        graph.loss().backward();
        return graph.loss().data() + s.objective.accuracy(graph.outputData());
    }
}
