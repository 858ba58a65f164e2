package io.github.micrograd4j.core;

/** Argument checks for the public API: each returns its argument so it can be used inline. */
final class Checks {
    private Checks() {
    }

    static Value operand(Value v) {
        if (v == null) {
            throw new NullPointerException("operand is null: expected a Value");
        }
        return v;
    }

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
