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

    // The engine's own checks: package-private, not API (a null operand, a label, an op's shape)

    /** {@code v}, if it is not null: an op's operand. */
    static Value operand(Value v) {
        if (v == null) {
            throw new NullPointerException("operand is null: expected a Value");
        }
        return v;
    }

    /** {@code value}, if it is not null; the message names it. */
    static <T> T notNull(T value, String name) {
        if (value == null) {
            throw new NullPointerException(name + " is null");
        }
        return value;
    }

    /** The op, if it has {@code children} children and a constant exactly when {@code constant}. */
    static Op shape(Op op, int children, boolean constant) {
        notNull(op, "op");
        if (op.arity() != children || op.hasConstant() != constant) {
            throw new IllegalArgumentException(op + " takes " + op.arity() + " operand" + (op.arity() == 1 ? "" : "s")
                    + (op.hasConstant() ? " and a constant" : "") + ", got " + children + " operand"
                    + (children == 1 ? "" : "s") + (constant ? " and a constant" : ""));
        }
        return op;
    }
}
