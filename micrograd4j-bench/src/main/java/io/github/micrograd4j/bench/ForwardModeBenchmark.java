package io.github.micrograd4j.bench;

import io.github.micrograd4j.core.GraphRecording;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.tape.Tape;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hipparchus.analysis.differentiation.Gradient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full gradient of f: R^n -> R ({@link Workloads#ring}, n = 1,000) three ways: micrograd4j's
 * reverse mode building the object graph each time, its reverse mode replaying a compiled tape, and
 * Hipparchus' forward-mode {@link Gradient}, which carries all n partial derivatives through every
 * operation. Reverse mode costs a few passes over the graph; forward mode about n of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ForwardModeBenchmark {

    /** The number of inputs. */
    @Param("1000")
    public int n;

    private double[] point;
    private Tape tape;

    /** Random inputs in [-1, 1) and the tape, compiled once. */
    @Setup
    public void setUp() {
        point = new SplittableRandom(42).doubles(n, -1, 1).toArray();
        Value[] x = leaves(point);
        tape = Tape.compile(Workloads.ring(x), Arrays.asList(x), java.util.List.of());
    }

    private static Value[] leaves(double[] point) {
        Value[] x = new Value[point.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = new Value(point[i]);
        }
        return x;
    }

    /**
     * Reverse mode on a newly built object graph.
     *
     * @return one partial derivative, so the work cannot be skipped
     */
    @Benchmark
    public double reverseObjectGraph() {
        Value[] x = leaves(point);
        Workloads.ring(x).backward();
        return x[n / 2].grad();
    }

    /**
     * Reverse mode on a newly built object graph, built inside a {@link GraphRecording} so that
     * backward needs no search.
     *
     * @return one partial derivative
     */
    @Benchmark
    public double reverseRecordedObjectGraph() {
        Value[] x = leaves(point);
        try (GraphRecording recording = GraphRecording.start()) {
            recording.backward(Workloads.ring(x));
        }
        return x[n / 2].grad();
    }

    /**
     * Reverse mode replaying the compiled tape.
     *
     * @return one partial derivative
     */
    @Benchmark
    public double reverseTape() {
        for (int i = 0; i < n; i++) {
            tape.setInput(i, point[i]);
        }
        tape.forward();
        tape.backward();
        return tape.inputGrad(n / 2);
    }

    /**
     * Forward mode with Hipparchus: every value carries its gradient with respect to all n inputs.
     *
     * @return one partial derivative
     */
    @Benchmark
    public double forwardHipparchus() {
        Gradient[] x = new Gradient[n];
        for (int i = 0; i < n; i++) {
            x[i] = Gradient.variable(n, i, point[i]);
        }
        Gradient sum = Gradient.constant(n, 0.0);
        for (int i = 0; i < n; i++) {
            Gradient xi = x[i];
            sum = sum.add(xi.multiply(x[(i + 1) % n]).tanh()).add(xi.multiply(xi).multiply(0.5));
        }
        return sum.getGradient()[n / 2];
    }
}
