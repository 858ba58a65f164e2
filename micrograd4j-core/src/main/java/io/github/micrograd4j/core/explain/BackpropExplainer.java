package io.github.micrograd4j.core.explain;

import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.core.Op;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.text.CoreText;
import io.github.micrograd4j.core.text.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes out backpropagation step by step, the way the walkthrough does it by hand: for each node in
 * reverse topological order, its gradient as a sum of {@code dL/dparent * dparent/dnode} terms, with
 * the numbers. The local derivatives are the ones the engine stored on each node, not a second
 * implementation; the gradients are computed afresh here (output = 1), so the explanation does not
 * depend on, or change, the grads currently held by the nodes.
 *
 * <p>Every value of one explanation has a name of its own: its label, or {@code v<id>} without one.
 * When two distinct values would share a name (two values labelled {@code x}, as a shell session that
 * writes {@code x = x.tanh().label("x")} makes, or a label {@code v3} beside the unlabelled third
 * value), each of them is named {@code name#id} instead, with the same topological id, so a sentence
 * reads {@code x#1 = tanh(x#0)} and never explains a value by itself.
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
        return steps(output, Language.EN);
    }

    /**
     * The steps of backpropagation from {@code output}, output first, their sentences in a language. The
     * formulas and numbers of a sentence are the same in every language; only the words around them differ.
     *
     * @param output the value L whose gradients are explained
     * @param language the language of the sentences
     * @return one step per value in the graph, in reverse topological order
     */
    public static List<BackpropStep> steps(Value output, Language language) {
        List<Value> order = output.topologicalOrder();
        Map<Value, String> naming = names(order);
        Map<Value, List<Contribution>> incoming = new IdentityHashMap<>();
        String out = inSentence(output, naming);
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
            String name = name(node, naming);
            String inText = operand(name);
            steps.add(new BackpropStep(steps.size(), node, name, terms, grad, text(out, inText, node == output, terms,
                    grad, naming, language), reason(inText, terms, naming, language)));
        }
        return steps;
    }

    /**
     * The name each value has in explanations, distinct for distinct values: its label, or
     * {@code v<id>} where id is its position in {@code output}'s topological order; values that would
     * share a name are named {@code name#id}. Such a name ends in {@code #} and the value's own id, so
     * two of them never coincide; one may still equal another value's label (a label {@code x#3}),
     * which is then renamed the same way, until no two names are equal.
     *
     * @param order the graph's values in topological order
     * @return each value's name
     */
    static Map<Value, String> names(List<Value> order) {
        Map<Value, String> names = new IdentityHashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        for (int id = 0; id < order.size(); id++) {
            Value v = order.get(id);
            String base = v.label().isEmpty() ? "v" + id : v.label();
            names.put(v, base);
            uses.merge(base, 1, Integer::sum);
        }
        Set<String> renamedTo = new HashSet<>();
        Set<Value> renamed = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int id = 0; id < order.size(); id++) {
                Value v = order.get(id);
                String name = names.get(v);
                if (!renamed.contains(v) && (uses.get(name) > 1 || renamedTo.contains(name))) {
                    String unique = name + "#" + id;
                    names.put(v, unique);
                    renamed.add(v);
                    renamedTo.add(unique);
                    changed = true;
                }
            }
        }
        return names;
    }

    private static String name(Value v, Map<Value, String> naming) {
        return naming.get(v);
    }

    /** {@link #name} as it appears inside a sentence: {@link #operand bracketed} if need be. */
    private static String inSentence(Value v, Map<Value, String> naming) {
        return operand(name(v, naming));
    }

    /**
     * A label as an operand of a sentence: bracketed when it holds anything but letters, digits and
     * {@code _ @ : . ' #} (an operator, a space), so {@code label("x1*w1 + x2*w2")} reads
     * {@code do/d(x1*w1 + x2*w2)} and {@code (x1*w1 + x2*w2) = (x1*w1) + (x2*w2)}, not a sum that
     * seems to explain itself.
     */
    static String operand(String label) {
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (!(Character.isLetterOrDigit(c) || "_@:.'#".indexOf(c) >= 0)) {
                return "(" + label + ")";
            }
        }
        return label;
    }

    private static String text(String out, String name, boolean isOutput, List<Contribution> terms, double grad,
            Map<Value, String> naming, Language language) {
        String lhs = "d" + out + "/d" + name;
        if (isOutput) {
            return CoreText.STEP_OUTPUT.format(language, lhs, name);
        }
        if (terms.isEmpty()) {
            return CoreText.STEP_UNUSED.format(language, lhs, name, out);
        }
        StringBuilder symbols = new StringBuilder();
        StringBuilder numbers = new StringBuilder();
        for (Contribution term : terms) {
            String parent = inSentence(term.parent(), naming);
            if (symbols.length() > 0) {
                symbols.append(" + ");
                numbers.append(" + ");
            }
            symbols.append('d').append(out).append("/d").append(parent).append(" * d").append(parent).append("/d")
                    .append(name);
            numbers.append(terms.size() > 1 ? "(" : "").append(f(term.parentGrad())).append(" * ")
                    .append(f(term.local())).append(terms.size() > 1 ? ")" : "");
        }
        return CoreText.STEP_CHAIN.format(language, lhs, symbols, numbers, f(grad), name);
    }

    private static String reason(String name, List<Contribution> terms, Map<Value, String> naming,
            Language language) {
        List<String> parts = new ArrayList<>();
        for (Contribution term : terms) {
            parts.add(localRule(term.parent(), term.childIndex(), name, naming, language));
        }
        return String.join(CoreText.REASON_SEPARATOR.in(language), parts);
    }

    /** "d = e + c, so dd/dc = 1": the parent's definition and the symbolic local derivative. */
    private static String localRule(Value parent, int index, String childName, Map<Value, String> naming,
            Language language) {
        String p = inSentence(parent, naming);
        String x = inSentence(parent.child(0), naming);
        Op op = parent.op();
        // an op's constant is shown as the graphs show it, after the op's symbol (the 2 of **2)
        String y = op.hasConstant() ? parent.opLabel().substring(op.symbol().length())
                : parent.childCount() > 1 ? inSentence(parent.child(1), naming) : "";
        return CoreText.LOCAL_RULE.format(language, p, op.formula(x, y), childName, op.localRule(index, x, y, p));
    }

    private static String f(double d) {
        return Numbers.fixed(d, 4);
    }
}
