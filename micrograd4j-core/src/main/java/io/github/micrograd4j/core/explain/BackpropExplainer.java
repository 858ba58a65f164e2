package io.github.micrograd4j.core.explain;

import io.github.micrograd4j.core.Op;
import io.github.micrograd4j.core.Value;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes out backpropagation step by step, the way the walkthrough does it by hand: for each node in
 * reverse topological order, its gradient as a sum of {@code dL/dparent * dparent/dnode} terms, with
 * the numbers. The local derivatives are the ones the engine stored on each node, not a second
 * implementation; the gradients are computed afresh here (output = 1), so the explanation does not
 * depend on, or change, the grads currently held by the nodes.
 */
public final class BackpropExplainer {
    private BackpropExplainer() {
    }

    /**
     * The steps of backpropagation from {@code output}, output first.
     *
     * @param output the value L whose gradients are explained
     * @return one step per value in the graph, in reverse topological order
     */
    public static List<BackpropStep> steps(Value output) {
        List<Value> order = output.topologicalOrder();
        Map<Value, Integer> ids = new IdentityHashMap<>();
        for (Value v : order) {
            ids.put(v, ids.size());
        }
        Map<Value, List<Contribution>> incoming = new IdentityHashMap<>();
        String out = inSentence(output, ids);
        List<BackpropStep> steps = new ArrayList<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            Value node = order.get(i);
            List<Contribution> terms = incoming.getOrDefault(node, List.of());
            double grad = 1.0;
            if (node != output) {
                grad = 0.0;
                for (Contribution term : terms) {
                    grad += term.product(); // the same order and arithmetic as Value.backward()
                }
            }
            for (int c = 0; c < node.childCount(); c++) {
                double local = node.localDerivative(c);
                incoming.computeIfAbsent(node.child(c), k -> new ArrayList<>())
                        .add(new Contribution(node, c, grad, local, local * grad));
            }
            String name = name(node, ids);
            String inText = operand(name);
            steps.add(new BackpropStep(steps.size(), node, name, terms, grad, text(out, inText, node == output, terms,
                    grad, ids), reason(inText, terms, ids)));
        }
        return steps;
    }

    /**
     * The name a value has in explanations: its label, or {@code v<id>} where id is its position in
     * {@code output}'s topological order.
     *
     * @param v the value
     * @param ids topological ids
     * @return the name
     */
    private static String name(Value v, Map<Value, Integer> ids) {
        return v.label().isEmpty() ? "v" + ids.get(v) : v.label();
    }

    /** {@link #name} as it appears inside a sentence: {@link #operand bracketed} if need be. */
    private static String inSentence(Value v, Map<Value, Integer> ids) {
        return operand(name(v, ids));
    }

    /**
     * A label as an operand of a sentence: bracketed when it holds anything but letters, digits and
     * {@code _ @ : . '} (an operator, a space), so {@code label("x1*w1 + x2*w2")} reads
     * {@code do/d(x1*w1 + x2*w2)} and {@code (x1*w1 + x2*w2) = (x1*w1) + (x2*w2)}, not a sum that
     * seems to explain itself.
     */
    static String operand(String label) {
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '@' || c == ':' || c == '.' || c == '\'')) {
                return "(" + label + ")";
            }
        }
        return label;
    }

    private static String text(String out, String name, boolean isOutput, List<Contribution> terms, double grad,
            Map<Value, Integer> ids) {
        String lhs = "d" + out + "/d" + name;
        if (isOutput) {
            return lhs + " = 1";
        }
        if (terms.isEmpty()) {
            return lhs + " = 0";
        }
        StringBuilder symbols = new StringBuilder();
        StringBuilder numbers = new StringBuilder();
        for (Contribution term : terms) {
            String parent = inSentence(term.parent(), ids);
            if (symbols.length() > 0) {
                symbols.append(" + ");
                numbers.append(" + ");
            }
            symbols.append('d').append(out).append("/d").append(parent).append(" * d").append(parent).append("/d")
                    .append(name);
            numbers.append(terms.size() > 1 ? "(" : "").append(f(term.parentGrad())).append(" * ")
                    .append(f(term.local())).append(terms.size() > 1 ? ")" : "");
        }
        return lhs + " = " + symbols + " = " + numbers + " = " + f(grad);
    }

    private static String reason(String name, List<Contribution> terms, Map<Value, Integer> ids) {
        List<String> parts = new ArrayList<>();
        for (Contribution term : terms) {
            parts.add(localRule(term.parent(), term.childIndex(), name, ids));
        }
        return String.join("; ", parts);
    }

    /** "d = e + c, so dd/dc = 1": the parent's definition and the symbolic local derivative. */
    private static String localRule(Value parent, int index, String childName, Map<Value, Integer> ids) {
        String p = inSentence(parent, ids);
        String x = inSentence(parent.child(0), ids);
        Op op = parent.op();
        // an op's constant is shown as the graphs show it, after the op's symbol (the 2 of **2)
        String y = op.hasConstant() ? parent.opLabel().substring(op.symbol().length())
                : parent.childCount() > 1 ? inSentence(parent.child(1), ids) : "";
        return p + " = " + op.formula(x, y) + ", so d" + p + "/d" + childName + " = " + op.localRule(index, x, y, p);
    }

    private static String f(double d) {
        return String.format(Locale.ROOT, "%.4f", d);
    }
}
