package io.github.micrograd4j.cli.bench;

import java.util.Arrays;

/**
 * Wall-clock timing of a repeated piece of work, warmed up and iterated the way JMH's average-time
 * mode does it, shorter: warm-up for a while, then measured iterations of a fixed length, each
 * timing every run it holds. It gives two summaries:
 * <ul>
 *   <li>JMH's: the {@link #mean()} over the iterations of each one's mean time per run, with JMH's
 *       {@link #error()} (the half-width of a 99.9% Student-t confidence interval). It counts the
 *       time the work spent waiting for a core, so on a busy machine it grows with the load, as
 *       JMH's score does.</li>
 *   <li>{@code bench}'s own: the {@link #median()} of the single runs, which leaves out runs the
 *       operating system interrupted; on a quiet machine it is close to the mean, on a busy one it
 *       says what the code costs when it runs.</li>
 * </ul>
 * What else differs from the JMH benchmarks in micrograd4j-bench: one JVM for every figure instead
 * of a fresh fork per benchmark, and shorter warm-up and iterations
 * ({@link BenchSuite.Lengths#DEFAULT}) so that {@code bench} takes about a minute.
 */
final class Timing {
    /** Where results go so that the JIT cannot drop the work that made them. */
    private static volatile double sink;

    /**
     * Two-sided 99.9% Student-t quantiles (t at 0.9995) for 1 to 10 degrees of freedom, as JMH
     * computes its error from them.
     */
    private static final double[] T_9995 = {636.619, 31.599, 12.924, 8.610, 6.869, 5.959, 5.408, 5.041, 4.781, 4.587};

    private final double[] iterationMillis;
    private final double[] runMillis;

    private Timing(double[] iterationMillis, double[] runMillis) {
        this.iterationMillis = iterationMillis;
        this.runMillis = runMillis;
    }

    /**
     * Runs {@code work} untimed for {@code warmupNanos}, then {@code iterations} iterations of at least
     * {@code iterationNanos} each (and at least one run each), timing each run.
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
        double[] perIteration = new double[iterations];
        double[] runs = new double[64];
        int count = 0;
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            long t = t0;
            long n = 0;
            do {
                long before = t;
                s += work.run();
                n++;
                t = System.nanoTime();
                if (count == runs.length) {
                    runs = Arrays.copyOf(runs, count * 2);
                }
                runs[count++] = (t - before) / 1e6;
            } while (t - t0 < iterationNanos);
            perIteration[i] = (t - t0) / 1e6 / n;
        }
        sink = s;
        return new Timing(perIteration, Arrays.copyOf(runs, count));
    }

    /** A repeatable piece of work returning a number that depends on all of it. */
    @FunctionalInterface
    interface Work {
        double run();
    }

    /** JMH's score: the mean over the iterations of each one's mean time per run, ms. */
    double mean() {
        return Arrays.stream(iterationMillis).average().orElse(Double.NaN);
    }

    /** JMH's error: the half-width of the 99.9% confidence interval of {@link #mean()}, ms. */
    double error() {
        int n = iterationMillis.length;
        if (n < 2) {
            return Double.NaN;
        }
        double m = mean();
        double ss = 0.0;
        for (double x : iterationMillis) {
            ss += (x - m) * (x - m);
        }
        double sd = Math.sqrt(ss / (n - 1));
        return T_9995[Math.min(n - 1, T_9995.length) - 1] * sd / Math.sqrt(n);
    }

    /** The median of the single runs, ms. */
    double median() {
        double[] s = runMillis.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    int iterations() {
        return iterationMillis.length;
    }

    int runs() {
        return runMillis.length;
    }
}
