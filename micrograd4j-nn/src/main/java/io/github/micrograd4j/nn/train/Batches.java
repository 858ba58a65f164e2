package io.github.micrograd4j.nn.train;

import io.github.micrograd4j.nn.data.RandomInts;
import java.util.Random;

/**
 * Which points each training step's loss is taken over: all of them (micrograd's full batch), or
 * mini-batches of a given size cut in turn from an order shuffled once by a seed, wrapping around.
 */
public final class Batches {
    /** Every step uses every point, in order. */
    public static final Batches ALL = new Batches(null, 0);

    private final int[] order;
    private final int size;

    private Batches(int[] order, int size) {
        this.order = order;
        this.size = size;
    }

    /**
     * Mini-batches: the points shuffled once with {@code java.util.Random(seed)} (Fisher-Yates from the
     * end), then step k takes the {@code size} points from position {@code k * size} on, wrapping
     * around. A size of 0 or at least {@code points} is {@link #ALL}.
     *
     * @param points the number of points, at least 1
     * @param size the batch size, zero or more
     * @param seed the shuffle's seed
     * @return the batches
     * @throws IllegalArgumentException naming a bad size or point count
     */
    public static Batches of(int points, int size, long seed) {
        if (points < 1) {
            throw new IllegalArgumentException("points must be at least 1, got " + points);
        }
        if (size < 0) {
            throw new IllegalArgumentException("the batch size must be zero (all points) or more, got " + size);
        }
        if (size == 0 || size >= points) {
            return ALL;
        }
        int[] order = new int[points];
        for (int i = 0; i < points; i++) {
            order[i] = i;
        }
        Random rng = new Random(seed);
        for (int i = points - 1; i > 0; i--) {
            int j = RandomInts.below(rng, i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return new Batches(order, size);
    }

    /**
     * Step k's points.
     *
     * @param k the 0-based step
     * @return the indices, or null for all points
     */
    public int[] batch(int k) {
        if (order == null) {
            return null;
        }
        int[] out = new int[size];
        long start = (long) k * size;
        for (int i = 0; i < size; i++) {
            out[i] = order[(int) ((start + i) % order.length)];
        }
        return out;
    }

    /**
     * The batch size.
     *
     * @return the size, 0 for all points
     */
    public int size() {
        return size;
    }
}
