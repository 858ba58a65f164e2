package io.github.micrograd4j.cli.lang;

import io.github.micrograd4j.core.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.Gradient;

/**
 * A seeded random expression graph over every op of the engine, built so that every op stays inside
 * its domain and away from its kinks (log and fractional powers of positive numbers, divisors away
 * from 0, relu away from 0, exp without overflow, magnitudes at most 1e3). Subexpressions are shared,
 * so gradients must accumulate. The same graph can be built three ways: through the {@link Value} API,
 * through Hipparchus' forward-mode {@link Gradient} (the oracle), and printed as a program of the CLI's
 * expression language, one statement per node or as one nested expression.
 */
final class RandomGraph {

    /** The node kinds: every primitive op and every composite of the {@link Value} API. */
    enum Kind {
        INPUT, ADD, SUB, MUL, DIV, NEG, ADD_C, SUB_C, MUL_C, DIV_C, RSUB, RDIV, POW_C, POW, EXP, LOG, TANH, RELU,
        SIGMOID, SIN, COS
    }

    /** A node: its kind, operand indices and constant (the value of an input). */
    record Node(Kind kind, int a, int b, double c) {
    }

    private static final double[] EXPONENTS = {2.0, 3.0, -1.0, -2.0, 0.5, -0.5, 1.5, 2.5, 0.0, 1.0};
    private static final double LIMIT = 1e3;

    final long seed;
    final int inputs;
    final List<Node> nodes = new ArrayList<>();
    private final List<Double> values = new ArrayList<>();

    private RandomGraph(long seed, int inputs) {
        this.seed = seed;
        this.inputs = inputs;
    }

    /**
     * Draws a graph.
     *
     * @param seed the seed; the same seed always gives the same graph
     * @return the graph, its last node being the output
     */
    static RandomGraph generate(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int inputs = 1 + rng.nextInt(4);
        RandomGraph g = new RandomGraph(seed, inputs);
        for (int i = 0; i < inputs; i++) {
            double v = rng.nextDouble(-3.0, 3.0);
            g.add(new Node(Kind.INPUT, -1, -1, v), v);
        }
        int ops = 1 + rng.nextInt(12);
        Kind[] kinds = Kind.values();
        int attempts = 0;
        while (g.nodes.size() < inputs + ops && attempts++ < 1000) {
            Kind kind = kinds[1 + rng.nextInt(kinds.length - 1)];
            int a = g.pick(rng);
            int b = g.pick(rng);
            double c = kind == Kind.POW_C ? EXPONENTS[rng.nextInt(EXPONENTS.length)] : constant(rng);
            double x = g.values.get(a);
            double y = g.values.get(b);
            if (!inDomain(kind, x, y, c)) {
                continue;
            }
            double out = eval(kind, x, y, c);
            if (Double.isFinite(out) && Math.abs(out) <= LIMIT) {
                g.add(new Node(kind, a, b, c), out);
            }
        }
        return g;
    }

    private static double constant(SplittableRandom rng) {
        double c = Math.round(rng.nextDouble(-4.0, 4.0) * 1000.0) / 1000.0;
        return Math.abs(c) < 0.25 ? 1.5 : c; // a divisor away from 0
    }

    /** Recent nodes more often, so graphs get deep as well as wide. */
    private int pick(SplittableRandom rng) {
        int n = nodes.size();
        return rng.nextInt(3) == 0 ? rng.nextInt(n) : Math.max(0, n - 1 - rng.nextInt(Math.min(n, 3)));
    }

    private void add(Node node, double value) {
        nodes.add(node);
        values.add(value);
    }

    private static boolean inDomain(Kind kind, double x, double y, double c) {
        return switch (kind) {
            case DIV -> Math.abs(y) >= 0.25;
            case LOG -> x >= 0.1;
            case POW -> x >= 0.2 && x <= 10.0 && Math.abs(y) <= 3.0;
            case POW_C -> c == Math.rint(c) ? (c >= 0.0 || Math.abs(x) >= 0.25) : x >= 0.1;
            case EXP -> x <= 5.0;
            case RELU -> Math.abs(x) >= 1e-3;
            case RDIV -> Math.abs(x) >= 0.25;
            default -> true;
        };
    }

    /** Plain double arithmetic, only to keep the generator inside the domains. */
    private static double eval(Kind kind, double x, double y, double c) {
        return switch (kind) {
            case INPUT -> c;
            case ADD -> x + y;
            case SUB -> x - y;
            case MUL -> x * y;
            case DIV -> x / y;
            case NEG -> -x;
            case ADD_C -> x + c;
            case SUB_C -> x - c;
            case MUL_C -> x * c;
            case DIV_C -> x / c;
            case RSUB -> c - x;
            case RDIV -> c / x;
            case POW_C -> Math.pow(x, c);
            case POW -> Math.pow(x, y);
            case EXP -> Math.exp(x);
            case LOG -> Math.log(x);
            case TANH -> Math.tanh(x);
            case RELU -> Math.max(0.0, x);
            case SIGMOID -> 1.0 / (1.0 + Math.exp(-x));
            case SIN -> Math.sin(x);
            case COS -> Math.cos(x);
        };
    }

    /**
     * Builds the graph with the engine's API.
     *
     * @return every node's value, inputs first
     */
    Value[] toValues() {
        Value[] v = new Value[nodes.size()];
        for (int i = 0; i < v.length; i++) {
            Node n = nodes.get(i);
            Value x = n.a() >= 0 ? v[n.a()] : null;
            Value y = n.b() >= 0 ? v[n.b()] : null;
            double c = n.c();
            v[i] = switch (n.kind()) {
                case INPUT -> new Value(c, "x" + i);
                case ADD -> x.add(y);
                case SUB -> x.sub(y);
                case MUL -> x.mul(y);
                case DIV -> x.div(y);
                case NEG -> x.neg();
                case ADD_C -> x.add(c);
                case SUB_C -> x.sub(c);
                case MUL_C -> x.mul(c);
                case DIV_C -> x.div(c);
                case RSUB -> x.rsub(c);
                case RDIV -> x.rdiv(c);
                case POW_C -> x.pow(c);
                case POW -> x.pow(y);
                case EXP -> x.exp();
                case LOG -> x.log();
                case TANH -> x.tanh();
                case RELU -> x.relu();
                case SIGMOID -> x.sigmoid();
                case SIN -> x.sin();
                case COS -> x.cos();
            };
        }
        return v;
    }

    /**
     * Builds the graph in Hipparchus' forward mode, one partial derivative per input: the oracle.
     *
     * @return every node's value and gradient with respect to the inputs
     */
    Gradient[] toGradients() {
        Gradient[] g = new Gradient[nodes.size()];
        for (int i = 0; i < g.length; i++) {
            Node n = nodes.get(i);
            Gradient x = n.a() >= 0 ? g[n.a()] : null;
            Gradient y = n.b() >= 0 ? g[n.b()] : null;
            double c = n.c();
            g[i] = switch (n.kind()) {
                case INPUT -> Gradient.variable(inputs, i, c);
                case ADD -> x.add(y);
                case SUB -> x.subtract(y);
                case MUL -> x.multiply(y);
                case DIV -> x.divide(y);
                case NEG -> x.negate();
                case ADD_C -> x.add(c);
                case SUB_C -> x.subtract(c);
                case MUL_C -> x.multiply(c);
                case DIV_C -> x.divide(c);
                case RSUB -> x.negate().add(c);
                case RDIV -> x.reciprocal().multiply(c);
                case POW_C -> x.pow(c);
                case POW -> x.pow(y);
                case EXP -> x.exp();
                case LOG -> x.log();
                case TANH -> x.tanh();
                case RELU -> x.getValue() > 0.0 ? x : Gradient.constant(inputs, 0.0);
                case SIGMOID -> x.negate().exp().add(1.0).reciprocal();
                case SIN -> x.sin();
                case COS -> x.cos();
            };
        }
        return g;
    }

    /**
     * Builds the graph in Hipparchus' forward mode with every partial derivative up to {@code order}:
     * the oracle for second and higher derivatives.
     *
     * @param order the highest derivative order
     * @return every node's value and derivatives with respect to the inputs
     */
    DerivativeStructure[] toDerivativeStructures(int order) {
        DSFactory factory = new DSFactory(inputs, order);
        DerivativeStructure[] d = new DerivativeStructure[nodes.size()];
        for (int i = 0; i < d.length; i++) {
            Node n = nodes.get(i);
            DerivativeStructure x = n.a() >= 0 ? d[n.a()] : null;
            DerivativeStructure y = n.b() >= 0 ? d[n.b()] : null;
            double c = n.c();
            d[i] = switch (n.kind()) {
                case INPUT -> factory.variable(i, c);
                case ADD -> x.add(y);
                case SUB -> x.subtract(y);
                case MUL -> x.multiply(y);
                case DIV -> x.divide(y);
                case NEG -> x.negate();
                case ADD_C -> x.add(c);
                case SUB_C -> x.subtract(c);
                case MUL_C -> x.multiply(c);
                case DIV_C -> x.divide(c);
                case RSUB -> x.negate().add(c);
                case RDIV -> x.reciprocal().multiply(c);
                case POW_C -> x.pow(c);
                case POW -> x.pow(y);
                case EXP -> x.exp();
                case LOG -> x.log();
                case TANH -> x.tanh();
                case RELU -> x.getValue() > 0.0 ? x : factory.constant(0.0);
                case SIGMOID -> x.negate().exp().add(1.0).reciprocal();
                case SIN -> x.sin();
                case COS -> x.cos();
            };
        }
        return d;
    }

    /**
     * The graph as a program with one statement per node: {@code x0 = 1.5}, {@code t4 = t2 * x0}, …
     *
     * @return the program text
     */
    String toStatements() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            text.append(name(i)).append(" = ");
            if (n.kind() == Kind.INPUT) {
                text.append(Double.toString(n.c()));
            } else {
                text.append(build(n, j -> new Expr(name(j), 5)).text);
            }
            text.append(i % 3 == 2 ? "; " : "\n");
        }
        return text.toString();
    }

    /**
     * The graph as a program: the inputs, then the output as one nested expression with the fewest
     * parentheses the precedence rules allow (shared subexpressions are written out each time).
     *
     * @param maxLength the longest expression to write
     * @return the program text, or {@code null} if the expression would be longer than {@code maxLength}
     */
    String toNestedProgram(int maxLength) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < inputs; i++) {
            text.append(name(i)).append(" = ").append(Double.toString(nodes.get(i).c())).append('\n');
        }
        Expr out = expand(nodes.size() - 1, new int[] {maxLength});
        if (out == null) {
            return null;
        }
        return text.append("out = ").append(out.text).toString();
    }

    String name(int i) {
        return i < inputs ? "x" + i : "t" + i;
    }

    /** Text with the precedence of its loosest operator: 1 + -, 2 * /, 3 unary minus, 4 **, 5 atom. */
    private record Expr(String text, int precedence) {
    }

    private Expr expand(int i, int[] budget) {
        Node n = nodes.get(i);
        if (n.kind() == Kind.INPUT) {
            return new Expr(name(i), 5);
        }
        Expr[] failed = new Expr[1];
        Expr e = build(n, j -> {
            Expr sub = expand(j, budget);
            if (sub == null) {
                failed[0] = new Expr("", 0);
                return new Expr("", 5);
            }
            return sub;
        });
        budget[0] -= e.text.length();
        return failed[0] != null || budget[0] < 0 ? null : e;
    }

    private Expr build(Node n, java.util.function.IntFunction<Expr> operand) {
        Expr x = n.a() >= 0 ? operand.apply(n.a()) : null;
        Expr y = n.b() >= 0 && usesSecond(n.kind()) ? operand.apply(n.b()) : null;
        Expr c = number(n.c());
        return switch (n.kind()) {
            case INPUT -> c;
            case ADD -> binary(x, "+", y, 1, false);
            case SUB -> binary(x, "-", y, 1, false);
            case MUL -> binary(x, "*", y, 2, false);
            case DIV -> binary(x, "/", y, 2, false);
            case NEG -> new Expr("-" + wrap(x, 3), 3);
            case ADD_C -> binary(x, "+", c, 1, false);
            case SUB_C -> binary(x, "-", c, 1, false);
            case MUL_C -> binary(x, "*", c, 2, false);
            case DIV_C -> binary(x, "/", c, 2, false);
            case RSUB -> binary(c, "-", x, 1, false);
            case RDIV -> binary(c, "/", x, 2, false);
            case POW_C -> n.a() % 2 == 0 ? binary(x, "**", c, 4, true) : call("pow", x, c);
            case POW -> binary(x, n.a() % 2 == 0 ? "**" : "^", y, 4, true);
            case EXP -> call("exp", x, null);
            case LOG -> call("log", x, null);
            case TANH -> call("tanh", x, null);
            case RELU -> call("relu", x, null);
            case SIGMOID -> call("sigmoid", x, null);
            case SIN -> call("sin", x, null);
            case COS -> call("cos", x, null);
        };
    }

    private static boolean usesSecond(Kind kind) {
        return kind == Kind.ADD || kind == Kind.SUB || kind == Kind.MUL || kind == Kind.DIV || kind == Kind.POW;
    }

    private static Expr number(double c) {
        return new Expr(Double.toString(c), c < 0 || (c == 0 && 1 / c < 0) ? 3 : 5);
    }

    private static Expr call(String f, Expr x, Expr y) {
        return new Expr(f + "(" + x.text + (y == null ? "" : ", " + y.text) + ")", 5);
    }

    /**
     * {@code left op right} with parentheses only where needed. A unary minus on the right never needs
     * them ({@code a * -b}, {@code a ** -b} as in Python); on the left of {@code **} it does.
     */
    private static Expr binary(Expr left, String op, Expr right, int precedence, boolean rightAssociative) {
        boolean leftParens = left.precedence < precedence || (left.precedence == precedence && rightAssociative);
        boolean rightParens = right.precedence != 3
                && (right.precedence < precedence || (right.precedence == precedence && !rightAssociative));
        return new Expr((leftParens ? "(" + left.text + ")" : left.text) + " " + op + " "
                + (rightParens ? "(" + right.text + ")" : right.text), precedence);
    }

    private static String wrap(Expr e, int precedence) {
        return e.precedence < precedence ? "(" + e.text + ")" : e.text;
    }

    /**
     * The graph as Java code against the {@link Value} API, for replaying a failure.
     *
     * @return Java statements
     */
    String toJava() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            String x = n.a() >= 0 ? name(n.a()) : "";
            String y = n.b() >= 0 ? name(n.b()) : "";
            String c = Double.toString(n.c());
            text.append("Value ").append(name(i)).append(" = ").append(switch (n.kind()) {
                case INPUT -> "new Value(" + c + ", \"" + name(i) + "\")";
                case ADD -> x + ".add(" + y + ")";
                case SUB -> x + ".sub(" + y + ")";
                case MUL -> x + ".mul(" + y + ")";
                case DIV -> x + ".div(" + y + ")";
                case NEG -> x + ".neg()";
                case ADD_C -> x + ".add(" + c + ")";
                case SUB_C -> x + ".sub(" + c + ")";
                case MUL_C -> x + ".mul(" + c + ")";
                case DIV_C -> x + ".div(" + c + ")";
                case RSUB -> x + ".rsub(" + c + ")";
                case RDIV -> x + ".rdiv(" + c + ")";
                case POW_C -> x + ".pow(" + c + ")";
                case POW -> x + ".pow(" + y + ")";
                case EXP -> x + ".exp()";
                case LOG -> x + ".log()";
                case TANH -> x + ".tanh()";
                case RELU -> x + ".relu()";
                case SIGMOID -> x + ".sigmoid()";
                case SIN -> x + ".sin()";
                case COS -> x + ".cos()";
            }).append(";\n");
        }
        return text.toString();
    }
}
