package io.github.micrograd4j.core;

/**
 * The argument checks of micrograd4j's public API, with their messages in one place: each returns
 * its argument, so it can be used inline, and names the argument and the bad value
 * ({@code "batch size must be at least 1, got 0"}).
 */
public final class Require {
    private Require() {
    }

    /**
     * {@code value}, if it is at least {@code min}.
     *
     * @param value the argument
     * @param min the smallest allowed value
     * @param name the argument's name in the message
     * @return {@code value}
     * @throws IllegalArgumentException "NAME must be at least MIN, got VALUE"
     */
    public static int atLeast(int value, int min, String name) {
        if (value < min) {
            throw new IllegalArgumentException(name + " must be at least " + min + ", got " + value);
        }
        return value;
    }

    /**
     * {@code value}, if it is greater than 0 (infinity included).
     *
     * @param value the argument
     * @param name the argument's name in the message
     * @return {@code value}
     * @throws IllegalArgumentException "NAME must be positive, got VALUE" (also for NaN)
     */
    public static double positive(double value, String name) {
        if (!(value > 0.0)) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
        return value;
    }

    /**
     * {@code value}, if it is finite.
     *
     * @param value the argument
     * @param name the argument's name in the message
     * @return {@code value}
     * @throws IllegalArgumentException "NAME must be finite, got VALUE"
     */
    public static double finite(double value, String name) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
        return value;
    }

    /**
     * {@code value}, if it is greater than 0 and finite.
     *
     * @param value the argument
     * @param name the argument's name in the message
     * @return {@code value}
     * @throws IllegalArgumentException "NAME must be positive and finite, got VALUE"
     */
    public static double positiveFinite(double value, String name) {
        if (!(value > 0.0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be positive and finite, got " + value);
        }
        return value;
    }
}
