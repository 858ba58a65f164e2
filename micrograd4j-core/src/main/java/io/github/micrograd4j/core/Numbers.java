package io.github.micrograd4j.core;

/** Number formatting shared by the text outputs. */
final class Numbers {
    private Numbers() {
    }

    /** {@code 2} for 2.0, {@code -0.5} for -0.5: the shortest text that reads back as the number. */
    static String shortest(double d) {
        if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }
}
