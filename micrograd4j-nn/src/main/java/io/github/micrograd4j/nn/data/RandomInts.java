package io.github.micrograd4j.nn.data;

import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Bounded random ints as {@link Random#nextInt(int)} draws them, written out here so that every platform
 * draws the same ones: the JDK specifies that algorithm, but a class library for the browser (TeaVM's)
 * inherits {@link RandomGenerator#nextInt(int)}'s, which gives other numbers from the same seed, and so
 * other shuffles, data and runs. For a {@link Random} this is exactly {@code rng.nextInt(bound)} on a JVM
 * ({@code next(31)} is {@code nextInt() >>> 1}: the same 31 bits, the same one step of the generator);
 * any other generator keeps its own {@code nextInt(bound)}.
 */
public final class RandomInts {
    private RandomInts() {
    }

    /**
     * A random int in {@code [0, bound)}.
     *
     * @param rng the generator
     * @param bound the bound, positive
     * @return the int, as {@code java.util.Random.nextInt(bound)} would draw it from a {@code Random}
     */
    public static int below(RandomGenerator rng, int bound) {
        if (!(rng instanceof Random)) {
            return rng.nextInt(bound);
        }
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, got " + bound);
        }
        int r = rng.nextInt() >>> 1;
        int m = bound - 1;
        if ((bound & m) == 0) {
            return (int) ((bound * (long) r) >> 31);
        }
        for (int u = r; u - (r = u % bound) + m < 0; u = rng.nextInt() >>> 1) {
            // rejected: u fell in the last, incomplete run of bound values
        }
        return r;
    }
}
