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
}
