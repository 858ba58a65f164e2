package io.github.micrograd4j.cli.commands;

import java.util.Locale;

/**
 * How the commands print a number for people: fixed point where it is readable, scientific for
 * tiny and huge magnitudes, so 1e300 is one short cell and not 300 digits.
 */
final class Numbers {
    /** From here on up a magnitude is printed in scientific notation. */
    static final double LARGEST_FIXED = 1e10;
    /** Below this (and above zero) a magnitude is printed in scientific notation. */
    static final double SMALLEST_FIXED = 1e-4;

    private Numbers() {
    }

    /**
     * The number with {@code decimals} digits after the point: {@code 0.1235}, {@code 1.2346e+300},
     * {@code NaN}, {@code Infinity}.
     *
     * @param d the number
     * @param decimals digits after the point (in the mantissa for scientific notation)
     * @return the text
     */
    static String readable(double d, int decimals) {
        double magnitude = Math.abs(d);
        boolean fixed = d == 0.0 || !Double.isFinite(d) || (magnitude >= SMALLEST_FIXED && magnitude < LARGEST_FIXED);
        return String.format(Locale.ROOT, "%." + decimals + (fixed ? "f" : "e"), d);
    }
}
