package io.github.micrograd4j.cli.bench;

import java.util.Arrays;

/**
 * Wall-clock timing of a repeated piece of work: some runs to warm the JIT up, then measured runs,
 * summarised by their median (robust to the odd slow run on a busy machine) and their best.
 */
final class Timing {
    /** Where results go so that the JIT cannot drop the work that made them. */
    private static volatile double sink;

    private final double[] millis;

    private Timing(double[] millis) {
        this.millis = millis;
    }

    /**
     * The least time spent warming up: a count of runs alone is not enough once the work gets fast.
     * The tape's 100 steps once took 7 ms, so 30 warm-up runs were over before the JIT had finished
     * compiling the engine's per-step code, and the timed runs measured twice the time JMH does.
     */
    static final long MIN_WARMUP_NANOS = 1_000_000_000L;

    /**
     * Runs {@code work} untimed {@code warmups} times and for at least {@link #MIN_WARMUP_NANOS},
     * then {@code runs} times timed.
     *
     * @param work the work; its result is kept so that it cannot be optimised away
     * @param warmups untimed runs first, at least
     * @param runs timed runs, at least 1
     * @return the timings
     */
    static Timing of(Work work, int warmups, int runs) {
        double sink = 0.0;
        long start = System.nanoTime();
        for (int i = 0; i < warmups || System.nanoTime() - start < MIN_WARMUP_NANOS; i++) {
            sink += work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            sink += work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Timing.sink = sink;
        return new Timing(ms);
    }

    /** A repeatable piece of work returning a number that depends on all of it. */
    @FunctionalInterface
    interface Work {
        double run();
    }

    double median() {
        double[] s = millis.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    double best() {
        return Arrays.stream(millis).min().orElse(Double.NaN);
    }

    int runs() {
        return millis.length;
    }
}
