package io.github.micrograd4j.core;

/**
 * Explains, in words, why an op gave a NaN or an infinity: the domain rules documented on {@link Op},
 * applied to one node. Used for anomaly messages only, so clarity matters more than speed here.
 */
final class DomainRules {
    private DomainRules() {
    }

    /**
     * The rule a node's non-finite result follows, or {@code null} if none applies.
     *
     * @param node an op node whose value or local derivative is not finite
     * @return a short explanation
     */
    static String explain(Value node) {
        for (Value child : node.children()) {
            if (!Double.isFinite(child.data())) {
                return "an input is already " + child.data()
                        + ": it is a leaf, or it was computed outside anomaly mode";
            }
        }
        double x = node.childCount() > 0 ? node.child(0).data() : 0.0;
        switch (node.op()) {
            case LOG:
                return x < 0.0 ? "log of a negative number is NaN; log is defined for x > 0"
                        : x == 0.0 ? "log(0) is -Infinity and its derivative 1/x is infinite; log is finite for x > 0"
                        : "log of a number this close to 0 has a derivative 1/x that overflows";
            case EXP:
                return "exp(x) overflows a double for x > 709.78";
            case POW_CONST:
                return power(x, node.exponent(), false);
            case POW:
                return power(x, node.child(1).data(), true);
            case MUL:
                return "the product overflows a double (magnitude above 1.8e308)";
            case ADD:
                return "the sum overflows a double (magnitude above 1.8e308)";
            default:
                return null;
        }
    }

    private static String power(double base, double exponent, boolean variableExponent) {
        if (base == 0.0 && exponent < 0.0) {
            return exponent == -1.0
                    ? "division by zero: x / y is computed as x * y ** -1, and 0 ** -1 is infinite"
                    : "0 ** negative is infinite, as IEEE pow says";
        }
        if (base < 0.0 && exponent != Math.rint(exponent)) {
            return "a negative base with a non-integer exponent is NaN: the result would be complex";
        }
        if (base == 0.0 && exponent > 0.0 && exponent < 1.0) {
            return "x ** c with 0 < c < 1 has the infinite slope c * x ** (c - 1) at x = 0";
        }
        if (variableExponent && base < 0.0) {
            return "the derivative with respect to the exponent, x ** y * ln(x), is NaN for a negative base";
        }
        if (variableExponent && base == 0.0) {
            return "the derivative with respect to the exponent, x ** y * ln(x), is infinite at x = 0 when "
                    + "x ** y is not 0";
        }
        return "the power overflows a double (magnitude above 1.8e308)";
    }
}
