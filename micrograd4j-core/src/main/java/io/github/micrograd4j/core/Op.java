package io.github.micrograd4j.core;

import static io.github.micrograd4j.core.OpHeader.binary;
import static io.github.micrograd4j.core.OpHeader.leaf;
import static io.github.micrograd4j.core.OpHeader.unary;

import io.github.micrograd4j.core.text.CoreText;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The primitive operations a {@link Value} can be made by, as data: the one place an op is defined.
 *
 * <p>Each op knows how to compute its result from its operands <em>and</em> the local derivative of
 * that result with respect to each operand ({@link #dx}, {@link #dy}). A node stores both when it is
 * created, so backpropagation is one generic loop ({@code child.grad += local * out.grad}) and the
 * same numbers are replayed by the compiled tapes. Each op also carries its text: the formula and
 * its local derivatives as the chain-rule explanation writes them ({@link #formula},
 * {@link #localRule}), what it gives at the edges of its domain ({@link #domain()},
 * {@link #whyNotFinite}), and its name in the expression language ({@link #functionName()}). The
 * tapes, the expression language, anomaly mode and the explainer take all of this from here, so a
 * new op is one constant here plus one method on {@link Value}.
 *
 * <p>Each constant reads as one row of a table: a header naming each of its parts
 * ({@code binary("**").function("pow").formula(…).dx(…).dy(…).domain(…)}; {@code unary},
 * {@code binary} and {@code leaf} give the arity, {@code withConstant()} marks an op with a constant
 * operand), then its arithmetic: {@link #value}, {@link #dx}, {@link #dy} for two operands, and the
 * derivative built from ops that {@link #localDerivative(int, Value, Value, Value)} returns once it
 * has checked the operand. The tapes replay the same methods; their loops list the common ops so the
 * JIT inlines them, and run any other op through its methods, with the same numbers.
 *
 * <p>The operands are called {@code x} (the first child) and {@code y} (the second child, or the
 * node's {@link Value#constant() constant} for an op that {@link #hasConstant() has one}, such as
 * the exponent of {@link #POW_CONST}). {@code out} is the op's result, passed to the derivative
 * functions because several derivatives are cheapest in terms of it ({@code exp}, {@code tanh},
 * {@code sigmoid}).
 *
 * <p>Outside their domain the ops give what IEEE 754 and {@link Math} give, and nothing here throws;
 * {@link AnomalyMode} turns the first NaN or infinity into an error that quotes {@link #whyNotFinite}.
 * Composites ({@code sub}, {@code div}, {@code neg}) are built from these on {@link Value} and have no
 * derivative code of their own: {@code x / 0 = x * 0 ** -1} is ±Infinity (NaN for {@code 0 / 0}).
 */
public enum Op {
    /** A leaf: an input, a parameter or a constant. Has no children and no derivatives. */
    LEAF(leaf()
            .domain("a leaf holds any number, finite or not")) {
        @Override
        public double value(double x, double y) {
            return x;
        }

        @Override
        public double dx(double x, double y, double out) {
            return 0.0;
        }
    },
    /** {@code x + y}; both local derivatives are 1, so a sum passes its gradient through unchanged. */
    ADD(binary("+")
            .formula("{x} + {y}").dx("1").dy("1")
            .domain("finite unless the sum passes ±1.8e308 (then ±Infinity)")) {
        @Override
        public double value(double x, double y) {
            return x + y;
        }

        @Override
        public double dx(double x, double y, double out) {
            return 1.0;
        }

        @Override
        public double dy(double x, double y, double out) {
            return 1.0;
        }

        @Override
        Value derivative(int operand, Value x, Value y, Value out) {
            return new Value(1.0);
        }

        @Override
        CoreText whyNotFinite(double x, double y) {
            return CoreText.SUM_OVERFLOWS;
        }
    },
    /** {@code x * y}; d/dx = y and d/dy = x. */
    MUL(binary("*")
            .formula("{x} * {y}").dx("{y}").dy("{x}")
            .domain("finite unless the product passes ±1.8e308 (then ±Infinity); 0 * Infinity is NaN")) {
        @Override
        public double value(double x, double y) {
            return x * y;
        }

        @Override
        public double dx(double x, double y, double out) {
            return y;
        }

        @Override
        public double dy(double x, double y, double out) {
            return x;
        }

        @Override
        Value derivative(int operand, Value x, Value y, Value out) {
            return operand == 0 ? y : x;
        }

        @Override
        CoreText whyNotFinite(double x, double y) {
            return CoreText.PRODUCT_OVERFLOWS;
        }
    },
    /**
     * {@code x ** y} with a differentiable exponent; d/dx = y * x^(y-1) and d/dy = x^y * ln x.
     * Where the result is 0, d/dy is taken as 0 (its limit for y &gt; 0) instead of {@code 0 * -inf}.
     */
    POW(binary("**").function("pow")
            .formula("{x} ** {y}").dx("{y} * {x} ** ({y} - 1)").dy("{x} ** {y} * log({x})")
            .domain("as Math.pow; for x < 0, d/dy = x ** y * ln x is NaN; for x = 0, d/dy is 0 where the result"
                    + " is 0 (its limit for y > 0) and -Infinity for y <= 0")) {
        @Override
        public double value(double x, double y) {
            return Math.pow(x, y);
        }

        @Override
        public double dx(double x, double y, double out) {
            return powerRule(x, y);
        }

        @Override
        public double dy(double x, double y, double out) {
            return out == 0.0 ? 0.0 : out * Math.log(x);
        }

        /** d/dx = y * x ** (y - 1) and d/dy = out * log(x), with the numeric rules' zero cases as constant 0. */
        @Override
        Value derivative(int operand, Value x, Value y, Value out) {
            if (operand == 0) {
                return y.data() == 0.0 && x.data() == 0.0 ? new Value(0.0) : y.mul(x.pow(y.sub(1.0)));
            }
            return out.data() == 0.0 ? new Value(0.0) : out.mul(x.log());
        }

        @Override
        CoreText whyNotFinite(double x, double y) {
            return power(x, y, true);
        }
    },
    /** {@code x ** c} for a constant exponent {@code c}, the node's {@link Value#constant()}; d/dx = c * x^(c-1). */
    POW_CONST(unary("**").withConstant()
            .formula("{x} ** {y}").dx("{y} * {x} ** ({y} - 1)")
            .domain("x < 0 with c not an integer: NaN; 0 ** c is +Infinity for c < 0 (derivative -Infinity), 0"
                    + " with an infinite derivative for 0 < c < 1; x ** 0 is 1 with derivative 0, even at x = 0 or"
                    + " NaN")) {
        @Override
        public double value(double x, double y) {
            return Math.pow(x, y);
        }

        @Override
        public double dx(double x, double y, double out) {
            return powerRule(x, y);
        }

        @Override
        CoreText whyNotFinite(double x, double y) {
            return power(x, y, false);
        }

        /** c * x ** (c - 1) with the node's constant c; a constant 0 for c = 0. */
        @Override
        Value derivative(int operand, Value x, Value y, Value out) {
            double c = out.constant();
            return c == 0.0 ? new Value(0.0) : x.pow(c - 1.0).mul(c);
        }
    },
    /** {@code e^x}; its derivative is itself. */
    EXP(unary("exp").function("exp")
            .formula("exp({x})").dx("exp({x}) = {out}")
            .domain("+Infinity, with derivative +Infinity, for x > 709.78")) {
        @Override
        public double value(double x, double y) {
            return Math.exp(x);
        }

        @Override
        public double dx(double x, double y, double out) {
            return out;
        }

        @Override
        Value derivative(int operand, Value x, Value y, Value out) {
            return out;
        }

        @Override
        CoreText whyNotFinite(double x, double y) {
            return CoreText.EXP_OVERFLOWS;
        }
    },
    /** The natural logarithm; d/dx = 1/x. */
    LOG(unary("log").function("log")
            .formula("log({x})").dx("1 / {x}")
            .domain("NaN for x < 0 (derivative 1/x, finite); -Infinity at 0 (derivative +Infinity)")) {
        @Override
        public double value(double x, double y) {
            return Math.log(x);
        }

        @Override
        public double dx(double x, double y, double out) {
            return 1.0 / x;
        }

        @Override
        Value derivative(int operand, Value x, Value y, Value out) {
            return x.pow(-1.0);
        }

        @Override
        CoreText whyNotFinite(double x, double y) {
            return x < 0.0 ? CoreText.LOG_NEGATIVE : x == 0.0 ? CoreText.LOG_ZERO : CoreText.LOG_NEAR_ZERO;
        }
    },
    /**
     * The hyperbolic tangent via {@link Math#tanh}, which saturates to ±1 instead of overflowing the
     * way {@code (e^2x - 1) / (e^2x + 1)} does; d/dx = 1 - tanh².
     */
    TANH(unary("tanh").function("tanh")
            .formula("tanh({x})").dx("1 - {out} ** 2")
            .domain("finite everywhere: saturates to ±1, derivative 0 when saturated")) {
        @Override
        public double value(double x, double y) {
            return Math.tanh(x);
        }

        @Override
        public double dx(double x, double y, double out) {
            return 1.0 - out * out;
        }

        @Override
        Value derivative(int operand, Value x, Value y, Value out) {
            return out.pow(2.0).rsub(1.0);
        }
    },
    /** {@code max(0, x)} as micrograd has it: the derivative at 0 is 0, and NaN stays NaN. */
    RELU(unary("ReLU").function("relu")
            .formula("relu({x})").dx("(1 if {out} > 0 else 0)")
            .domain("finite everywhere; not differentiable at 0, where the derivative is taken as 0 as in"
                    + " micrograd; relu(NaN) is NaN with derivative 0")) {
        @Override
        public double value(double x, double y) {
            return x < 0.0 ? 0.0 : x;
        }

        @Override
        public double dx(double x, double y, double out) {
            return out > 0.0 ? 1.0 : 0.0;
        }

        /** A step, built as a constant leaf 0 or 1, so its own derivative is 0 (everywhere but at the kink, 0). */
        @Override
        Value derivative(int operand, Value x, Value y, Value out) {
            return new Value(out.data() > 0.0 ? 1.0 : 0.0);
        }
    },
    /**
     * The logistic function {@code 1 / (1 + e^-x)}, a primitive rather than a composite: built from
     * exp, add and pow, its gradient would be {@code 0 * inf = NaN} once {@code e^-x} overflows,
     * whereas sigmoid'(x) = s(1 - s) stays finite everywhere.
     */
    SIGMOID(unary("sigmoid").function("sigmoid")
            .formula("sigmoid({x})").dx("{out} * (1 - {out})")
            .domain("finite everywhere: saturates to 0 and 1, derivative 0 when saturated")) {
        @Override
        public double value(double x, double y) {
            return x >= 0.0 ? 1.0 / (1.0 + Math.exp(-x)) : Math.exp(x) / (1.0 + Math.exp(x));
        }

        @Override
        public double dx(double x, double y, double out) {
            return out * (1.0 - out);
        }

        @Override
        Value derivative(int operand, Value x, Value y, Value out) {
            return out.mul(out.rsub(1.0));
        }
    },
    /** The sine (radians); d/dx = cos x. */
    SIN(unary("sin").function("sin")
            .formula("sin({x})").dx("cos({x})")
            .domain("finite everywhere; NaN, with derivative NaN, at ±Infinity")) {
        @Override
        public double value(double x, double y) {
            return Math.sin(x);
        }

        @Override
        public double dx(double x, double y, double out) {
            return Math.cos(x);
        }

        @Override
        Value derivative(int operand, Value x, Value y, Value out) {
            return x.cos();
        }
    },
    /** The cosine (radians); d/dx = -sin x. */
    COS(unary("cos").function("cos")
            .formula("cos({x})").dx("-sin({x})")
            .domain("finite everywhere; NaN, with derivative NaN, at ±Infinity")) {
        @Override
        public double value(double x, double y) {
            return Math.cos(x);
        }

        @Override
        public double dx(double x, double y, double out) {
            return -Math.sin(x);
        }

        @Override
        Value derivative(int operand, Value x, Value y, Value out) {
            return x.sin().neg();
        }
    };

    private final OpHeader header;

    Op(OpHeader header) {
        this.header = header;
    }

    // ---------------------------------------------------------------- numbers

    /**
     * Computes the op's result.
     *
     * @param x the first operand
     * @param y the second operand, or the node's constant; ignored by unary ops without one
     * @return the result
     */
    public abstract double value(double x, double y);

    /**
     * The local derivative d out / d x.
     *
     * @param x the first operand
     * @param y the second operand or constant
     * @param out the result, as {@link #value} computed it
     * @return the partial derivative of the result with respect to the first operand
     */
    public abstract double dx(double x, double y, double out);

    /**
     * The local derivative d out / d y; 0 for ops without a differentiable second operand.
     *
     * @param x the first operand
     * @param y the second operand
     * @param out the result, as {@link #value} computed it
     * @return the partial derivative of the result with respect to the second operand
     */
    public double dy(double x, double y, double out) {
        return 0.0;
    }

    /**
     * The local derivative with respect to operand {@code operand}: {@link #dx} or {@link #dy}.
     *
     * @param operand 0 for d out / d x, 1 for d out / d y
     * @param x the first operand
     * @param y the second operand or constant
     * @param out the result
     * @return the partial derivative
     * @throws IndexOutOfBoundsException if the op has no such differentiable operand
     */
    public final double localDerivative(int operand, double x, double y, double out) {
        return checkOperand(operand) == 0 ? dx(x, y, out) : dy(x, y, out);
    }

    /**
     * The local derivative d out / d operand built from ops, as a {@link Value} that can itself be
     * differentiated: the executable form of {@link #localRule}, from which {@link Gradients} builds
     * gradient graphs of any order. {@code x}, {@code y} and {@code out} are the nodes of the graph
     * being differentiated, so a rule written in terms of them (TANH's {@code 1 - out ** 2}) is
     * differentiable through them in turn. Each op's rule computes what {@link #dx} and {@link #dy}
     * compute, including their special cases, which become constant leaves.
     *
     * <p>RELU's derivative is a step, given as a constant leaf 0 or 1: the step's own derivative is 0
     * almost everywhere (everywhere but 0, where it does not exist), so every higher derivative
     * through a relu is 0.
     *
     * @param operand 0 for d out / d x, 1 for d out / d y
     * @param x the node's first child
     * @param y the node's second child; {@code null} for an op without one (an op with a
     *     {@link #hasConstant() constant} reads it from {@code out}'s {@link Value#constant()})
     * @param out the node itself
     * @return a value holding the local derivative, built from {@code x}, {@code y}, {@code out} and new
     *     constant leaves
     * @throws IndexOutOfBoundsException if the op has no such differentiable operand
     * @throws UnsupportedOperationException for an op whose derivative cannot be built from ops
     */
    public final Value localDerivative(int operand, Value x, Value y, Value out) {
        return derivative(checkOperand(operand), x, y, out);
    }

    /**
     * The op's part of {@link #localDerivative(int, Value, Value, Value)}, which has checked that
     * {@code operand} is one of the op's differentiable operands; an op that does not define it cannot be
     * differentiated twice.
     */
    Value derivative(int operand, Value x, Value y, Value out) {
        throw new UnsupportedOperationException("the derivative of " + name() + " cannot be built from ops;"
                + " Gradients.of with createGraph = true cannot differentiate through it");
    }

    /** d/dx x^y = y * x^(y-1), with the y = 0 case kept at 0 where the formula gives 0 * inf. */
    private static double powerRule(double x, double y) {
        return y == 0.0 ? 0.0 : y * Math.pow(x, y - 1.0);
    }

    // ---------------------------------------------------------------- shape and names

    /**
     * The symbol shown in graphs and tables: {@code +}, {@code *}, {@code **}, {@code exp}, …; empty
     * for a leaf.
     *
     * @return the op's symbol
     */
    public String symbol() {
        return header.symbol();
    }

    /**
     * How many children a node of this op has: 0 for a leaf, 1 for a unary op (including
     * {@link #POW_CONST}, whose exponent is the node's constant, not a child), 2 for a binary op.
     *
     * @return the number of children, each of them differentiable
     */
    public int arity() {
        return header.arity();
    }

    /**
     * Whether a node of this op carries a constant operand {@code y} besides its children, as
     * {@link #POW_CONST} carries its exponent.
     *
     * @return {@code true} for an op with a constant
     */
    public boolean hasConstant() {
        return header.hasConstant();
    }

    /**
     * The op's name as a function of the expression language ({@code tanh(x)}, {@code pow(x, y)}),
     * taking {@link #arity()} arguments; empty for ops written only as operators or literals.
     *
     * @return the function name, or empty
     */
    public String functionName() {
        return header.functionName();
    }

    /**
     * The op that the expression language calls {@code name}.
     *
     * @param name a function name such as {@code "tanh"}
     * @return the op, or empty if no op has that function name
     */
    public static Optional<Op> byFunctionName(String name) {
        return Arrays.stream(values()).filter(op -> !op.functionName().isEmpty() && op.functionName().equals(name))
                .findFirst();
    }

    /**
     * Every function name of the expression language, comma separated, in {@link #values()} order.
     *
     * @return {@code "pow, exp, log, tanh, relu, sigmoid, sin, cos"} for today's ops
     */
    public static String functionNames() {
        return Arrays.stream(values()).map(Op::functionName).filter(n -> !n.isEmpty())
                .collect(Collectors.joining(", "));
    }

    // ---------------------------------------------------------------- text

    /**
     * The op written out over operand names, as the chain-rule explanation shows it:
     * {@code formula("e", "c") == "e + c"}, {@code TANH.formula("n", "") == "tanh(n)"}. For an op
     * with a constant, {@code y} is the constant's text.
     *
     * @param x the first operand's name
     * @param y the second operand's name, or the constant; ignored by unary ops
     * @return the formula; empty for a leaf
     */
    public String formula(String x, String y) {
        return fill(header.formula(), x, y, "");
    }

    /**
     * The local derivative with respect to one operand, written out over the operand and result
     * names: {@code MUL.localRule(0, "a", "b", "e") == "b"}, {@code TANH.localRule(0, "n", "", "o")
     * == "1 - o ** 2"}. It is the text of what {@link #dx} and {@link #dy} compute, kept beside them
     * so that the two cannot drift apart.
     *
     * @param operand 0 for d out / d x, 1 for d out / d y
     * @param x the first operand's name
     * @param y the second operand's name, or the constant
     * @param out the result's name
     * @return the rule
     * @throws IndexOutOfBoundsException if the op has no such differentiable operand
     */
    public String localRule(int operand, String x, String y, String out) {
        return fill(checkOperand(operand) == 0 ? header.dxRule() : header.dyRule(), x, y, out);
    }

    /**
     * What the op gives at the edges of its domain, in words: where its value or local derivative is
     * NaN or infinite. Each statement is asserted by the tests.
     *
     * @return the domain notes
     */
    public String domain() {
        return header.domain();
    }

    /**
     * Why this op gave a NaN or an infinity (value or local derivative) for these finite operands, for
     * anomaly messages; {@code null} for an op that is finite, with finite derivatives, wherever its
     * operands are finite (tanh, relu, sigmoid).
     *
     * @param x the first operand
     * @param y the second operand or constant
     * @return the message that explains it, or {@code null}
     */
    CoreText whyNotFinite(double x, double y) {
        return null;
    }

    private int checkOperand(int operand) {
        int arity = arity();
        if (operand < 0 || operand >= arity) {
            throw new IndexOutOfBoundsException("operand " + operand + " of " + name() + ", which has " + arity
                    + " differentiable operand" + (arity == 1 ? "" : "s"));
        }
        return operand;
    }

    private static String fill(String template, String x, String y, String out) {
        return template.replace("{x}", x).replace("{y}", y).replace("{out}", out);
    }

    private static CoreText power(double base, double exponent, boolean variableExponent) {
        if (base == 0.0 && exponent < 0.0) {
            return exponent == -1.0 ? CoreText.DIVISION_BY_ZERO : CoreText.ZERO_TO_NEGATIVE;
        }
        if (base < 0.0 && exponent != Math.rint(exponent)) {
            return CoreText.NEGATIVE_BASE;
        }
        if (base == 0.0 && exponent > 0.0 && exponent < 1.0) {
            return CoreText.ROOT_AT_ZERO;
        }
        if (variableExponent && base < 0.0) {
            return CoreText.EXPONENT_NEGATIVE_BASE;
        }
        if (variableExponent && base == 0.0) {
            return CoreText.EXPONENT_ZERO_BASE;
        }
        return CoreText.POWER_OVERFLOWS;
    }
}
