package io.github.micrograd4j.bench;

import io.github.micrograd4j.core.Value;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A chain {@code y = x * c * c * ... * c} ten million multiplications deep, built and
 * backpropagated: micrograd's recursive topological sort fails past ~1,000. One shot per iteration
 * (each builds the whole chain); run with {@code -prof gc} for the bytes allocated per chain.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class ChainBenchmark {

    /** The number of multiplications. */
    @Param("10000000")
    public int depth;

    /**
     * Builds the chain and backpropagates through it.
     *
     * @return dy/dx, so the work cannot be skipped
     */
    @Benchmark
    public double buildAndBackward() {
        return Workloads.chain(depth);
    }
}
