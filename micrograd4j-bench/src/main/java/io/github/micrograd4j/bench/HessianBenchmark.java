package io.github.micrograd4j.bench;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.hessian.Hessian;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
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
 * The full Hessian of f: R^n -> R ({@link Workloads#ring}, n = 100) two ways: micrograd4j's
 * reverse over reverse ({@link Hessian#of}: the gradient built as a graph, then n reverse sweeps of
 * it), and Hipparchus' forward mode at order 2 ({@link DerivativeStructure}), which carries all
 * (n + 1)(n + 2)/2 = 5,151 derivatives through every operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HessianBenchmark {

    /** The number of inputs. */
    @Param("100")
    public int n;

    private double[] point;
    private DSFactory factory;

    /** Random inputs in [-1, 1), and Hipparchus' factory (its derivative tables, built once). */
    @Setup
    public void setUp() {
        point = new SplittableRandom(42).doubles(n, -1, 1).toArray();
        factory = new DSFactory(n, 2);
    }

    /**
     * Reverse over reverse on a newly built object graph.
     *
     * @return one Hessian entry, so the work cannot be skipped
     */
    @Benchmark
    public double reverseOverReverse() {
        Value[] x = new Value[n];
        for (int i = 0; i < n; i++) {
            x[i] = new Value(point[i]);
        }
        double[][] h = Hessian.of(Workloads.ring(x), Arrays.asList(x));
        return h[n / 2][n / 2 + 1];
    }

    /**
     * Forward mode at order 2 with Hipparchus.
     *
     * @return one Hessian entry
     */
    @Benchmark
    public double forwardHipparchusOrder2() {
        DerivativeStructure[] x = new DerivativeStructure[n];
        for (int i = 0; i < n; i++) {
            x[i] = factory.variable(i, point[i]);
        }
        DerivativeStructure sum = factory.constant(0.0);
        for (int i = 0; i < n; i++) {
            DerivativeStructure xi = x[i];
            sum = sum.add(xi.multiply(x[(i + 1) % n]).tanh()).add(xi.multiply(xi).multiply(0.5));
        }
        int[] orders = new int[n];
        orders[n / 2] = 1;
        orders[n / 2 + 1] = 1;
        return sum.getPartialDerivative(orders);
    }
}
