package io.github.micrograd4j.cli.bench;

import java.util.Arrays;

/**
 * Wall-clock timing of a repeated piece of work the way JMH's average-time mode times it, shorter:
 * warm-up iterations for a while, then measured iterations of a fixed length, each giving the mean
 * time of the runs it held; the score is the mean over the measured iterations, with JMH's error
 * (the half-width of a 99.9% Student-t confidence interval). What differs from the JMH benchmarks in
 * micrograd4j-bench: one JVM for every figure instead of a fresh fork per benchmark, and shorter
 * warm-up and iterations ({@link BenchSuite.Lengths#DEFAULT}) so that {@code bench} takes about a
 * minute.
 */
final class Timing {
    /** Where results go so that the JIT cannot drop the work that made them. */
    private static volatile double sink;

    /**
     * Two-sided 99.9% Student-t quantiles (t at 0.9995) for 1 to 10 degrees of freedom, as JMH
     * computes its error from them.
     */
    private static final double[] T_9995 = {636.619, 31.599, 12.924, 8.610, 6.869, 5.959, 5.408, 5.041, 4.781, 4.587};

    private final double[] millis;
    private final long runs;

    private Timing(double[] millis, long runs) {
        this.millis = millis;
        this.runs = runs;
    }

    /**
     * Runs {@code work} untimed for {@code warmupNanos}, then {@code iterations} iterations of at least
     * {@code iterationNanos} each (and at least one run each), timing each iteration.
     *
     * @param work the work; its result is kept so that it cannot be optimised away
     * @param warmupNanos how long to run it untimed first
     * @param iterations measured iterations, 1 to 11
     * @param iterationNanos the least length of each
     * @return the timings
     */
    static Timing of(Work work, long warmupNanos, int iterations, long iterationNanos) {
        double s = 0.0;
        long start = System.nanoTime();
        do {
            s += work.run();
        } while (System.nanoTime() - start < warmupNanos);
        double[] ms = new double[iterations];
        long total = 0;
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            long t = t0;
            long n = 0;
            do {
                s += work.run();
                n++;
                t = System.nanoTime();
            } while (t - t0 < iterationNanos);
            ms[i] = (t - t0) / 1e6 / n;
            total += n;
        }
        sink = s;
        return new Timing(ms, total);
    }

    /** A repeatable piece of work returning a number that depends on all of it. */
    @FunctionalInterface
    interface Work {
        double run();
    }

    /** The score: mean over the iterations of each one's mean time per run, ms. */
    double mean() {
        return Arrays.stream(millis).average().orElse(Double.NaN);
    }

    /** JMH's error: the half-width of the 99.9% confidence interval of {@link #mean()}, ms. */
    double error() {
        int n = millis.length;
        if (n < 2) {
            return Double.NaN;
        }
        double m = mean();
        double ss = 0.0;
        for (double x : millis) {
            ss += (x - m) * (x - m);
        }
        double sd = Math.sqrt(ss / (n - 1));
        return T_9995[Math.min(n - 1, T_9995.length) - 1] * sd / Math.sqrt(n);
    }

    double best() {
        return Arrays.stream(millis).min().orElse(Double.NaN);
    }

    double worst() {
        return Arrays.stream(millis).max().orElse(Double.NaN);
    }

    int iterations() {
        return millis.length;
    }

    long runs() {
        return runs;
    }
}
