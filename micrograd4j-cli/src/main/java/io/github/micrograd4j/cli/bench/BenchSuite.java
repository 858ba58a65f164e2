package io.github.micrograd4j.cli.bench;

import io.github.micrograd4j.core.GraphRecording;
import io.github.micrograd4j.core.LoopJvmOptions;
import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.tape.Tape;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.MicrogradDemo;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.data.Datasets;
import io.github.micrograd4j.nn.loss.ClassificationLoss;
import io.github.micrograd4j.nn.optim.LearningRate;
import io.github.micrograd4j.nn.optim.Sgd;
import io.github.micrograd4j.nn.train.GraphEngine;
import io.github.micrograd4j.nn.train.LossGraph;
import io.github.micrograd4j.nn.train.Objective;
import io.github.micrograd4j.nn.train.TapeEngine;
import io.github.micrograd4j.nn.train.Trainer;
import io.github.micrograd4j.nn.train.TrainingEngine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The performance figures and their targets (see BenchCommand): micrograd's demo (the default {@code train}: MLP
 * 2-16-16-1, 100 moons, max-margin + 1e-4 L2, 100 SGD steps, 65,481 values a step) on the object
 * graph and on the tape, a deep chain, a 1,000-input gradient, and the {@code train} command as a
 * whole process. Each figure is warmed up and iterated the way JMH does it ({@link Timing}); its value
 * comes from the median of the single runs, its mean ± error is JMH's score for the same runs, and
 * its note names the JMH benchmark that measures the same.
 */
public final class BenchSuite {
    /** Values the object graph builds per demo step; micrograd builds the same number. */
    public static final int VALUES_PER_STEP = 65_481;
    private static final int STEPS = 100;

    /**
     * How long each figure is timed.
     *
     * @param warmupSeconds untimed warm-up first
     * @param iterations measured iterations, 2 to 11
     * @param iterationSeconds the length of each
     */
    public record Lengths(double warmupSeconds, int iterations, double iterationSeconds) {
        /** The default: 2 s of warm-up, 5 iterations of 0.5 s (JMH's benchmarks: 5 + 5 of 2 s). */
        public static final Lengths DEFAULT = new Lengths(2.0, 5, 0.5);

        /**
         * Checks the lengths.
         *
         * @param warmupSeconds zero or more
         * @param iterations 2 to 11
         * @param iterationSeconds more than zero
         */
        public Lengths {
            if (!(warmupSeconds >= 0) || !(iterationSeconds > 0) || iterations < 2 || iterations > 11) {
                throw new IllegalArgumentException("warm-up >= 0 s, 2 to 11 iterations of > 0 s; got " + warmupSeconds
                        + " s, " + iterations + ", " + iterationSeconds + " s");
            }
        }
    }

    private final Dataset moons = Datasets.moons(100, 0.1, new Random(1337));
    private final double[] initial = MicrogradDemo.model(new Random(1338)).parameterData();
    private final int chainLength;
    private final boolean process;
    private final Lengths lengths;
    private final Consumer<String> progress;

    /**
     * A suite.
     *
     * @param chainLength how deep the chain goes
     * @param process whether to time {@code train} as a separate process
     * @param lengths how long to time each figure
     * @param progress receives a line as each figure starts
     */
    public BenchSuite(int chainLength, boolean process, Lengths lengths, Consumer<String> progress) {
        this.chainLength = chainLength;
        this.process = process;
        this.lengths = lengths;
        this.progress = progress;
    }

    private Timing time(Timing.Work work) {
        return Timing.of(work, (long) (lengths.warmupSeconds() * 1e9), lengths.iterations(),
                (long) (lengths.iterationSeconds() * 1e9));
    }

    /**
     * Measures every figure.
     *
     * @return the figures, in table order
     */
    public List<BenchFigure> run() {
        List<BenchFigure> figures = new ArrayList<>();
        progress.accept("object graph: 100 demo steps");
        Timing graph = time(() -> train(GraphEngine::new));
        figures.add(new BenchFigure("graph_100_steps_ms", "object graph: demo, 100 steps", graph.median(), graph.mean(),
                graph.error(), "ms", "<= 300 ms", graph.median() <= 300, spread(graph, "DemoTrainingBenchmark.objectGraph100Steps")
                    + "; micrograd: ~14 s of pure forward+backward, ~200 s as run"));

        progress.accept("object graph: forward + backward of one step");
        Objective stepObjective = objective();
        GraphEngine stepEngine = new GraphEngine(stepObjective);
        Timing step = time(() -> stepEngine.evaluate().loss());
        figures.add(perSecond("graph_values_per_second_millions", "object graph: values/s (forward + backward)", step,
                ">= 50 M/s", "built in a GraphRecording; micrograd: ~0.065 M/s; "
                    + spread(step, "DemoTrainingBenchmark.objectGraphForwardBackward")));
        Timing bySearch = time(() -> {
            LossGraph built = stepObjective.build();
            stepObjective.model().zeroGrad();
            built.loss().backward();
            return built.loss().data() + stepObjective.accuracy(built.outputData());
        });
        figures.add(perSecond("graph_values_per_second_millions_backward", "object graph: values/s with loss.backward()",
                bySearch, "", "backward() first searches the graph depth-first; "
                    + spread(bySearch, "DemoTrainingBenchmark.objectGraphForwardBackwardBySearch")));

        progress.accept("tape: 100 demo steps");
        for (int threads : new int[] {1, 2}) {
            Objective o = objective();
            double[] start = o.model().parameterData();
            try (TapeEngine engine = new TapeEngine(o, threads)) {
                Timing tape = time(() -> {
                    o.model().setParameterData(start);
                    return train(o, engine);
                });
                double evals = (double) VALUES_PER_STEP * STEPS / (tape.median() / 1e3) / 1e6;
                figures.add(new BenchFigure("tape_100_steps_ms_" + threads + "_thread" + (threads > 1 ? "s" : ""),
                        "tape: demo, 100 steps, " + threads + " thread" + (threads > 1 ? "s" : ""), tape.median(),
                        tape.mean(), tape.error(), "ms", "<= 10 ms", tape.median() <= 10, fmt(evals)
                            + " M node evaluations/s (target >= 650); "
                            + spread(tape, "DemoTrainingBenchmark.tape100Steps, threads = " + threads)));
            }
        }
        progress.accept("tape: compiling the demo");
        Timing compile = time(() -> {
            try (TapeEngine e = new TapeEngine(objective(), 1)) {
                return e.objective().l2();
            }
        });
        figures.add(new BenchFigure("tape_compile_ms", "tape: compile the demo (100 per-point graphs)", compile.median(),
                compile.mean(), compile.error(), "ms", "", null, "once per training run; " + spread(compile, null)));

        progress.accept("gradient of f: R^1000 -> R");
        double[] point = new SplittableRandom(42).doubles(1000, -1, 1).toArray();
        Timing reverse = time(() -> ringGradient(point));
        figures.add(micros("gradient_1000_graph_us", "gradient, n = 1,000: reverse mode, object graph", reverse,
                "6,001 values; forward mode (Hipparchus): see docs/PERFORMANCE.md; "
                    + spread(reverse, "ForwardModeBenchmark.reverseObjectGraph")));
        Timing recorded = time(() -> {
            Value[] x = leaves(point);
            try (GraphRecording recording = GraphRecording.start()) {
                recording.backward(ring(x));
            }
            return x[0].grad();
        });
        figures.add(micros("gradient_1000_recorded_us", "gradient, n = 1,000: reverse mode, recorded object graph",
                recorded, "built in a GraphRecording, backward without the search; "
                    + spread(recorded, "ForwardModeBenchmark.reverseRecordedObjectGraph")));
        Value[] leaves = leaves(point);
        Tape ring = Tape.compile(ring(leaves), Arrays.asList(leaves), List.of());
        Timing replay = time(() -> {
            for (int i = 0; i < point.length; i++) {
                ring.setInput(i, point[i]);
            }
            ring.forward();
            ring.backward();
            return ring.inputGrad(0);
        });
        figures.add(micros("gradient_1000_tape_us", "gradient, n = 1,000: reverse mode, tape", replay,
                "replaying the compiled graph; " + spread(replay, "ForwardModeBenchmark.reverseTape")));

        progress.accept("chain: " + String.format(Numbers.LOCALE, "%,d", chainLength) + " deep");
        figures.add(chain());

        if (process) {
            progress.accept("train: whole process, 3 runs");
            figures.add(trainProcess());
        }
        return figures;
    }

    /** Values per second, in millions, from the time per demo step; the error carried over to first order. */
    private static BenchFigure perSecond(String id, String name, Timing step, String target, String note) {
        double valuesPerSecond = VALUES_PER_STEP / (step.median() / 1e3) / 1e6;
        double mean = VALUES_PER_STEP / (step.mean() / 1e3) / 1e6;
        Boolean met = target.isEmpty() ? null : valuesPerSecond >= 50;
        return new BenchFigure(id, name, valuesPerSecond, mean, mean * step.error() / step.mean(), "M/s", target, met,
                "65,481 values in " + fmt(step.median()) + " ms per step, " + note);
    }

    private static BenchFigure micros(String id, String name, Timing t, String note) {
        return new BenchFigure(id, name, t.median() * 1e3, t.mean() * 1e3, t.error() * 1e3, "us", "", null, note);
    }

    private Objective objective() {
        MLP model = MicrogradDemo.model(new Random(1338));
        model.setParameterData(initial);
        return new Objective(model, moons, ClassificationLoss.MAX_MARGIN, 1e-4);
    }

    private double train(java.util.function.Function<Objective, TrainingEngine> engineFor) {
        Objective o = objective();
        return train(o, engineFor.apply(o));
    }

    private static double train(Objective o, TrainingEngine engine) {
        Sgd sgd = new Sgd(o.model().parameters(), LearningRate.microgradLinear(1.0, STEPS));
        return Trainer.train(engine, sgd, STEPS, r -> { }).last().loss();
    }

    private static Value[] leaves(double[] point) {
        Value[] x = new Value[point.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = new Value(point[i]);
        }
        return x;
    }

    /** f(x) = sum of tanh(x[i] * x[i+1]) + x[i]² / 2, indices wrapping around. */
    static Value ring(Value[] x) {
        int n = x.length;
        Value sum = new Value(0.0);
        for (int i = 0; i < n; i++) {
            Value xi = x[i];
            sum = sum.add(xi.mul(x[(i + 1) % n]).tanh()).add(xi.mul(xi).mul(0.5));
        }
        return sum;
    }

    private static double ringGradient(double[] point) {
        Value[] x = leaves(point);
        ring(x).backward();
        return x[0].grad();
    }

    /** Builds the chain, times build and backward, and measures the heap it holds after a collection. */
    private BenchFigure chain() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long t0 = System.nanoTime();
        Value x = new Value(1.0);
        Value c = new Value(1.0 + 1e-8);
        Value y = x;
        for (int i = 0; i < chainLength; i++) {
            y = y.mul(c);
        }
        long t1 = System.nanoTime();
        y.backward();
        long t2 = System.nanoTime();
        System.gc();
        long held = memory.getHeapMemoryUsage().getUsed() - before;
        double expected = Math.pow(1.0 + 1e-8, chainLength);
        if (Math.abs(x.grad() - expected) > 1e-6 * expected || y.data() <= 0) {
            throw new IllegalStateException("chain gradient " + x.grad() + ", expected " + expected);
        }
        double seconds = (t2 - t0) / 1e9;
        return new BenchFigure("chain_build_backward_s", "chain " + String.format(Numbers.LOCALE, "%,d", chainLength)
                + " deep: build + backward", seconds, Double.NaN, Double.NaN, "s", "no error", true,
                String.format(Numbers.LOCALE, "build %.2f s, backward %.2f s; heap held %,d MB (%.0f bytes/value); "
                        + "micrograd: RecursionError past ~995, 1M deep 25 s and 1.5 GB",
                        (t1 - t0) / 1e9, (t2 - t1) / 1e9, held >> 20, (double) held / (chainLength + 2)));
    }

    /** {@code micrograd train} (the demo, tape engine) as a new JVM, wall clock, median of 3. */
    private BenchFigure trainProcess() {
        String java = ProcessHandle.current().info().command().orElse("java");
        // with the options ./micrograd gives train (not its class-data archive, which belongs to the launcher)
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(LoopJvmOptions.list());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.github.micrograd4j.cli.Main", "train"));
        double[] seconds = new double[3];
        for (int i = 0; i < seconds.length; i++) {
            long t0 = System.nanoTime();
            try {
                Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("micrograd train took over a minute");
                }
                if (p.exitValue() != 0) {
                    throw new IllegalStateException("micrograd train exited with " + p.exitValue());
                }
            } catch (IOException e) {
                throw new IllegalStateException("could not start " + java + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(seconds);
        return new BenchFigure("train_process_s", "train (demo), whole process incl. JVM start", seconds[1], Double.NaN,
                Double.NaN, "s", "<= 1 s", seconds[1] <= 1.0, "median of 3; best " + fmt(seconds[0]) + " s; java "
                    + String.join(" ", LoopJvmOptions.list()) + " -cp ... io.github.micrograd4j.cli.Main train");
    }

    /** How it was timed, JMH's score for the same runs and the JMH benchmark that measures the same (if any). */
    private static String spread(Timing t, String jmh) {
        return "median of " + t.runs() + " runs in " + t.iterations() + " iterations; as JMH scores them "
                + fmt(t.mean()) + " ± " + fmt(t.error()) + " ms" + (jmh == null ? "" : " (JMH: " + jmh + ")");
    }

    static String fmt(double d) {
        if (Math.abs(d) >= 100) {
            return String.format(Numbers.LOCALE, "%,.0f", d);
        }
        return String.format(Numbers.LOCALE, Math.abs(d) >= 10 ? "%.1f" : "%.2f", d);
    }
}
