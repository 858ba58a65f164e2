package io.github.micrograd4j.cli.lang;

import io.github.micrograd4j.core.Op;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.fixture.RandomOpGraphs;
import io.github.micrograd4j.core.fixture.RandomOpGraphs.Node;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.hipparchus.CalculusFieldElement;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.Gradient;

/**
 * A seeded random expression graph of core's shared fixture ({@link RandomOpGraphs#inDomain}) over
 * every op Hipparchus can compute ({@link HipparchusOps#compared()}, driven by {@link Op#values()})
 * and every composite of the {@link Value} API, each node inside its op's smooth domain with values
 * and local derivatives at most 1e3 in magnitude. Subexpressions are shared, so gradients must
 * accumulate. The same graph can be built three ways: through the {@link Value} API, through
 * Hipparchus' forward mode ({@link Gradient}, {@link DerivativeStructure}: the oracle), and printed as
 * a program of the CLI's expression language, one statement per node or as one nested expression.
 */
final class RandomGraph {
    /** The most inputs and op nodes a graph has. */
    private static final int MAX_INPUTS = 4;
    private static final int MAX_OPS = 12;
    /** The operators of the expression language by op symbol, with their precedence (see {@link Expr}). */
    private static final Map<String, Integer> OPERATORS = Map.of("+", 1, "*", 2, "**", 4);

    final long seed;
    final int inputs;
    final List<Node> nodes;
    private final RandomOpGraphs.Graph graph;

    private RandomGraph(RandomOpGraphs.Graph graph) {
        this.graph = graph;
        this.seed = graph.seed();
        this.inputs = graph.inputs();
        this.nodes = graph.nodes();
    }

    /**
     * Draws a graph.
     *
     * @param seed the seed; the same seed always gives the same graph
     * @return the graph, its last node being the output
     */
    static RandomGraph generate(long seed) {
        return new RandomGraph(RandomOpGraphs.inDomain(seed, HipparchusOps.compared(), RandomOpGraphs.COMPOSITES,
                MAX_INPUTS, MAX_OPS));
    }

    /**
     * Every kind of node the graphs are drawn from, by {@link Node#kind()}: the inputs
     * ({@code LEAF}), every compared op and every composite.
     *
     * @return the kinds' names
     */
    static List<String> kinds() {
        List<String> kinds = new ArrayList<>(List.of(Op.LEAF.name()));
        HipparchusOps.compared().forEach(op -> kinds.add(op.name()));
        RandomOpGraphs.COMPOSITES.forEach(c -> kinds.add(c.name()));
        return kinds;
    }

    /**
     * Builds the graph with the engine's API.
     *
     * @return every node's value, inputs first
     */
    Value[] toValues() {
        List<Value> leaves = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            leaves.add(new Value(graph.data()[i], name(i)));
        }
        return graph.build(leaves);
    }

    /**
     * Builds the graph in Hipparchus' forward mode, one partial derivative per input: the oracle.
     *
     * @return every node's value and gradient with respect to the inputs
     */
    Gradient[] toGradients() {
        return evaluate(i -> Gradient.variable(inputs, i, graph.data()[i]), Gradient.class);
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
        return evaluate(i -> factory.variable(i, graph.data()[i]), DerivativeStructure.class);
    }

    private <T extends CalculusFieldElement<T>> T[] evaluate(IntFunction<T> variable, Class<T> type) {
        @SuppressWarnings("unchecked")
        T[] d = (T[]) Array.newInstance(type, nodes.size());
        for (int i = 0; i < d.length; i++) {
            Node n = nodes.get(i);
            T x = n.a() >= 0 ? d[n.a()] : null;
            T y = n.b() >= 0 ? d[n.b()] : null;
            double c = n.constant();
            if (n.isInput()) {
                d[i] = variable.apply(n.a());
            } else if (n.composite() != null) {
                d[i] = switch (n.composite()) {
                    case SUB -> x.subtract(y);
                    case DIV -> x.divide(y);
                    case NEG -> x.negate();
                    case ADD_C -> x.add(c);
                    case SUB_C -> x.subtract(c);
                    case MUL_C -> x.multiply(c);
                    case DIV_C -> x.divide(c);
                    case RSUB -> x.negate().add(c);
                    case RDIV -> x.reciprocal().multiply(c);
                };
            } else {
                d[i] = HipparchusOps.apply(n.op(), x, y, c);
            }
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
            if (n.isInput()) {
                text.append(Double.toString(graph.data()[n.a()]));
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
            text.append(name(i)).append(" = ").append(Double.toString(graph.data()[i])).append('\n');
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
        if (n.isInput()) {
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

    private static Expr build(Node n, IntFunction<Expr> operand) {
        Expr x = operand.apply(n.a());
        Expr y = n.b() >= 0 ? operand.apply(n.b()) : null;
        Expr c = number(n.constant());
        if (n.composite() != null) {
            return switch (n.composite()) {
                case SUB -> binary(x, "-", y, 1, false);
                case DIV -> binary(x, "/", y, 2, false);
                case NEG -> new Expr("-" + wrap(x, 3), 3);
                case ADD_C -> binary(x, "+", c, 1, false);
                case SUB_C -> binary(x, "-", c, 1, false);
                case MUL_C -> binary(x, "*", c, 2, false);
                case DIV_C -> binary(x, "/", c, 2, false);
                case RSUB -> binary(c, "-", x, 1, false);
                case RDIV -> binary(c, "/", x, 2, false);
            };
        }
        return op(n, x, n.op().hasConstant() ? c : y);
    }

    /**
     * An op as the language writes it: as its operator ({@link Op#symbol()}: {@code +}, {@code *},
     * {@code **}, or {@code ^} for every other {@code **}) or as a call of its function name, half of
     * the ops that have both each way. An op with a constant is called by the function name of the
     * binary op with its symbol ({@code pow(x, 2.0)}): the parser folds a literal exponent into the
     * constant power.
     */
    private static Expr op(Node n, Expr x, Expr second) {
        Op op = n.op();
        Integer precedence = OPERATORS.get(op.symbol());
        String function = op.hasConstant() ? functionBySymbol(op.symbol()) : op.functionName();
        if (precedence != null && (function.isEmpty() || n.a() % 2 == 0)) {
            boolean power = op.symbol().equals("**");
            String spelling = power && n.b() % 2 == 1 ? "^" : op.symbol();
            return binary(x, spelling, second, precedence, power);
        }
        return call(function, x, op.arity() == 2 || op.hasConstant() ? second : null);
    }

    /** The function name of the binary op written with {@code symbol}, or empty. */
    private static String functionBySymbol(String symbol) {
        for (Op op : Op.values()) {
            if (op.symbol().equals(symbol) && op.arity() == 2 && !op.functionName().isEmpty()) {
                return op.functionName();
            }
        }
        return "";
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
            String c = Double.toString(n.constant());
            text.append("Value ").append(name(i)).append(" = ");
            if (n.isInput()) {
                text.append("new Value(").append(graph.data()[n.a()]).append(", \"").append(name(i)).append("\")");
            } else if (n.composite() != null) {
                text.append(switch (n.composite()) {
                    case SUB -> x + ".sub(" + y + ")";
                    case DIV -> x + ".div(" + y + ")";
                    case NEG -> x + ".neg()";
                    case ADD_C -> x + ".add(" + c + ")";
                    case SUB_C -> x + ".sub(" + c + ")";
                    case MUL_C -> x + ".mul(" + c + ")";
                    case DIV_C -> x + ".div(" + c + ")";
                    case RSUB -> x + ".rsub(" + c + ")";
                    case RDIV -> x + ".rdiv(" + c + ")";
                });
            } else {
                Op op = n.op();
                text.append(x).append(".apply(Op.").append(op.name())
                        .append(op.hasConstant() ? ", " + c : op.arity() == 2 ? ", " + y : "").append(')');
            }
            text.append(";\n");
        }
        return text.toString();
    }
}
