package io.github.micrograd4j.core;

/**
 * The primitive operations a {@link Value} can be made by, as data.
 *
 * <p>Each op knows how to compute its result from up to two operands <em>and</em> the local
 * derivative of that result with respect to each operand. A node stores both when it is created, so
 * that backpropagation is one generic loop ({@code child.grad += local * out.grad}) and the same
 * numbers can be replayed by a compiled tape or written out as a chain-rule explanation.
 *
 * <p>The operands are called {@code x} (the first child) and {@code y} (the second child, or, for
 * {@link #POW_CONST}, the constant exponent). {@code out} is the op's result, passed to the
 * derivative functions because several derivatives are cheapest in terms of it ({@code exp},
 * {@code tanh}, {@code sigmoid}).
 *
 * <p><b>Domain rules.</b> Outside their domain the ops give what IEEE 754 and {@link Math} give, and
 * nothing here throws; {@link AnomalyMode} turns the first NaN or infinity into an error instead.
 * Each rule is asserted, value and gradient, by the tests:
 * <table>
 *   <caption>What each op gives at the edges of its domain</caption>
 *   <tr><th>case</th><th>value</th><th>local derivative(s)</th></tr>
 *   <tr><td>{@code log(x)}, x &lt; 0</td><td>NaN</td><td>1/x (finite, negative)</td></tr>
 *   <tr><td>{@code log(0)}</td><td>-Infinity</td><td>+Infinity (1/+0)</td></tr>
 *   <tr><td>{@code x / 0} = {@code x * 0 ** -1}</td><td>±Infinity for x ≠ 0, NaN for x = 0
 *       (0 * Infinity)</td><td>d/dx = +Infinity, d(0 ** -1)/d0 = -Infinity</td></tr>
 *   <tr><td>{@code x ** c}, x &lt; 0, c not an integer</td><td>NaN</td><td>NaN</td></tr>
 *   <tr><td>{@code 0 ** c}, c &lt; 0</td><td>+Infinity</td><td>c * 0 ** (c - 1) = -Infinity</td></tr>
 *   <tr><td>{@code 0 ** c}, 0 &lt; c &lt; 1</td><td>0</td><td>+Infinity</td></tr>
 *   <tr><td>{@code x ** 0}</td><td>1 (even for x = 0 or NaN, as Math.pow)</td><td>0</td></tr>
 *   <tr><td>{@code x ** y}, y a Value, x &lt; 0</td><td>as Math.pow (finite for integer y)</td>
 *       <td>d/dy = x ** y * ln x = NaN</td></tr>
 *   <tr><td>{@code x ** y}, y a Value, x = 0</td><td>as Math.pow</td><td>d/dy = 0 where the result is 0
 *       (its limit for y &gt; 0), -Infinity for y ≤ 0</td></tr>
 *   <tr><td>{@code exp(x)}, x &gt; 709.78</td><td>+Infinity</td><td>+Infinity</td></tr>
 *   <tr><td>{@code tanh}, {@code sigmoid}</td><td>finite everywhere (saturate to ±1, 0/1)</td>
 *       <td>finite everywhere (0 when saturated)</td></tr>
 *   <tr><td>{@code relu(0)}</td><td>0</td><td>0, as micrograd ({@code (out > 0) * grad})</td></tr>
 *   <tr><td>{@code relu(NaN)}</td><td>NaN</td><td>0</td></tr>
 *   <tr><td>{@code +}, {@code *} past ±1.8e308</td><td>±Infinity</td><td>as for finite inputs</td></tr>
 *   <tr><td>any op with a NaN input</td><td>NaN (except {@code x ** 0} = 1 and relu)</td>
 *       <td>NaN where it depends on the input</td></tr>
 * </table>
 */
public enum Op {
    /** A leaf: an input, a parameter or a constant. Has no children and no derivatives. */
    LEAF("", 0, "", "", "") {
        @Override
        public double value(double x, double y) {
            return x;
        }

        @Override
        public double localFirst(double x, double y, double out) {
            return 0.0;
        }
    },
    /** {@code x + y}; both local derivatives are 1, so a sum passes its gradient through unchanged. */
    ADD("+", 2, "{x} + {y}", "1", "1") {
        @Override
        public double value(double x, double y) {
            return x + y;
        }

        @Override
        public double localFirst(double x, double y, double out) {
            return 1.0;
        }

        @Override
        public double localSecond(double x, double y, double out) {
            return 1.0;
        }
    },
    /** {@code x * y}; d/dx = y and d/dy = x. */
    MUL("*", 2, "{x} * {y}", "{y}", "{x}") {
        @Override
        public double value(double x, double y) {
            return x * y;
        }

        @Override
        public double localFirst(double x, double y, double out) {
            return y;
        }

        @Override
        public double localSecond(double x, double y, double out) {
            return x;
        }
    },
    /**
     * {@code x ** y} with a differentiable exponent; d/dx = y * x^(y-1) and d/dy = x^y * ln x.
     * Where the result is 0, d/dy is taken as 0 (its limit for y &gt; 0) instead of {@code 0 * -inf}.
     */
    POW("**", 2, "{x} ** {y}", "{y} * {x} ** ({y} - 1)", "{x} ** {y} * log({x})") {
        @Override
        public double value(double x, double y) {
            return Math.pow(x, y);
        }

        @Override
        public double localFirst(double x, double y, double out) {
            return powerRule(x, y);
        }

        @Override
        public double localSecond(double x, double y, double out) {
            return out == 0.0 ? 0.0 : out * Math.log(x);
        }
    },
    /** {@code x ** c} for a constant exponent {@code c}; d/dx = c * x^(c-1). */
    POW_CONST("**", 1, "{x} ** {y}", "{y} * {x} ** ({y} - 1)", "") {
        @Override
        public double value(double x, double y) {
            return Math.pow(x, y);
        }

        @Override
        public double localFirst(double x, double y, double out) {
            return powerRule(x, y);
        }
    },
    /** {@code e^x}; its derivative is itself. */
    EXP("exp", 1, "exp({x})", "exp({x}) = {out}", "") {
        @Override
        public double value(double x, double y) {
            return Math.exp(x);
        }

        @Override
        public double localFirst(double x, double y, double out) {
            return out;
        }
    },
    /** The natural logarithm; d/dx = 1/x. */
    LOG("log", 1, "log({x})", "1 / {x}", "") {
        @Override
        public double value(double x, double y) {
            return Math.log(x);
        }

        @Override
        public double localFirst(double x, double y, double out) {
            return 1.0 / x;
        }
    },
    /**
     * The hyperbolic tangent via {@link Math#tanh}, which saturates to ±1 instead of overflowing the
     * way {@code (e^2x - 1) / (e^2x + 1)} does; d/dx = 1 - tanh².
     */
    TANH("tanh", 1, "tanh({x})", "1 - {out} ** 2", "") {
        @Override
        public double value(double x, double y) {
            return Math.tanh(x);
        }

        @Override
        public double localFirst(double x, double y, double out) {
            return 1.0 - out * out;
        }
    },
    /** {@code max(0, x)} as micrograd has it: the derivative at 0 is 0, and NaN stays NaN. */
    RELU("ReLU", 1, "relu({x})", "(1 if {out} > 0 else 0)", "") {
        @Override
        public double value(double x, double y) {
            return x < 0.0 ? 0.0 : x;
        }

        @Override
        public double localFirst(double x, double y, double out) {
            return out > 0.0 ? 1.0 : 0.0;
        }
    },
    /**
     * The logistic function {@code 1 / (1 + e^-x)}, a primitive rather than a composite: built from
     * exp, add and pow, its gradient would be {@code 0 * inf = NaN} once {@code e^-x} overflows,
     * whereas sigmoid'(x) = s(1 - s) stays finite everywhere.
     */
    SIGMOID("sigmoid", 1, "sigmoid({x})", "{out} * (1 - {out})", "") {
        @Override
        public double value(double x, double y) {
            return x >= 0.0 ? 1.0 / (1.0 + Math.exp(-x)) : Math.exp(x) / (1.0 + Math.exp(x));
        }

        @Override
        public double localFirst(double x, double y, double out) {
            return out * (1.0 - out);
        }
    };

    private final String symbol;
    private final int arity;
    /** The op written out, and its local derivatives, as templates over {x}, {y} and {out}. */
    private final String formula;
    private final String firstRule;
    private final String secondRule;

    Op(String symbol, int arity, String formula, String firstRule, String secondRule) {
        this.symbol = symbol;
        this.arity = arity;
        this.formula = formula;
        this.firstRule = firstRule;
        this.secondRule = secondRule;
    }

    /**
     * The op written out over operand names, as the chain-rule explanation shows it:
     * {@code formula("e", "c") == "e + c"}, {@code TANH.formula("n", "") == "tanh(n)"}. For
     * {@link #POW_CONST}, {@code y} is the exponent's text.
     *
     * @param x the first operand's name
     * @param y the second operand's name, or the constant exponent; ignored by unary ops
     * @return the formula; empty for a leaf
     */
    public String formula(String x, String y) {
        return fill(formula, x, y, "");
    }

    /**
     * The local derivative with respect to one operand, written out over the operand and result
     * names: {@code MUL.localRule(0, "a", "b", "e") == "b"}, {@code TANH.localRule(0, "n", "", "o")
     * == "1 - o ** 2"}. It is the text of what {@link #localFirst} and {@link #localSecond} compute,
     * kept beside them so that the two cannot drift apart.
     *
     * @param operand 0 for d out / d x, 1 for d out / d y
     * @param x the first operand's name
     * @param y the second operand's name, or the constant exponent
     * @param out the result's name
     * @return the rule
     * @throws IndexOutOfBoundsException if the op has no such differentiable operand
     */
    public String localRule(int operand, String x, String y, String out) {
        if (operand < 0 || operand >= arity) {
            throw new IndexOutOfBoundsException("operand " + operand + " of " + name() + ", which has " + arity
                    + " differentiable operand" + (arity == 1 ? "" : "s"));
        }
        return fill(operand == 0 ? firstRule : secondRule, x, y, out);
    }

    private static String fill(String template, String x, String y, String out) {
        return template.replace("{x}", x).replace("{y}", y).replace("{out}", out);
    }

    /**
     * The symbol shown in graphs and tables: {@code +}, {@code *}, {@code **}, {@code exp}, …; empty
     * for a leaf.
     *
     * @return the op's symbol
     */
    public String symbol() {
        return symbol;
    }

    /**
     * How many children a node of this op has: 0 for a leaf, 1 for a unary op (including
     * {@link #POW_CONST}, whose exponent is a constant, not a child), 2 for a binary op.
     *
     * @return the number of children
     */
    public int arity() {
        return arity;
    }

    /**
     * Computes the op's result.
     *
     * @param x the first operand
     * @param y the second operand, or the constant exponent of {@link #POW_CONST}; ignored by unary ops
     * @return the result
     */
    public abstract double value(double x, double y);

    /**
     * The local derivative d out / d x.
     *
     * @param x the first operand
     * @param y the second operand or constant parameter
     * @param out the result, as {@link #value} computed it
     * @return the partial derivative of the result with respect to the first operand
     */
    public abstract double localFirst(double x, double y, double out);

    /**
     * The local derivative d out / d y; 0 for ops without a differentiable second operand.
     *
     * @param x the first operand
     * @param y the second operand
     * @param out the result, as {@link #value} computed it
     * @return the partial derivative of the result with respect to the second operand
     */
    public double localSecond(double x, double y, double out) {
        return 0.0;
    }

    /** d/dx x^y = y * x^(y-1), with the y = 0 case kept at 0 where the formula gives 0 * inf. */
    private static double powerRule(double x, double y) {
        return y == 0.0 ? 0.0 : y * Math.pow(x, y - 1.0);
    }
}
