package io.github.micrograd4j.lang;

import io.github.micrograd4j.core.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One run of a {@link Program}: the value of every statement, the last being the output.
 *
 * @param names each statement's name, in program order
 * @param results each statement's value, in program order
 */
public record Evaluation(List<String> names, List<Value> results) {

    /**
     * A run; the lists are copied.
     *
     * @param names the statements' names
     * @param results the statements' values
     */
    public Evaluation {
        names = List.copyOf(names);
        results = List.copyOf(results);
    }

    /**
     * The output, the last statement's value.
     *
     * @return the output value
     */
    public Value output() {
        return results.get(results.size() - 1);
    }

    /**
     * Every labelled value once: those the output depends on in topological order, then statements
     * the output does not depend on, in program order.
     *
     * @return the labelled values
     */
    public List<Value> labelledValues() {
        Map<Value, Boolean> seen = new IdentityHashMap<>();
        List<Value> labelled = new ArrayList<>();
        for (Value v : output().topologicalOrder()) {
            seen.put(v, Boolean.TRUE);
            if (!v.label().isEmpty()) {
                labelled.add(v);
            }
        }
        for (Value v : results) {
            if (seen.put(v, Boolean.TRUE) == null) {
                labelled.add(v);
            }
        }
        return Collections.unmodifiableList(labelled);
    }

    /**
     * Which leaves are constants: numbers written into an expression (the {@code 2} of {@code cos(x) / 2}), as
     * opposed to inputs, which are statements of their own ({@code x = 0.5}) and can be set. A leaf is a constant
     * when no statement's value is that leaf.
     *
     * @return a test true for the constant leaves of this run's graph, false for every other value
     */
    public Predicate<Value> constants() {
        Map<Value, Boolean> statements = new IdentityHashMap<>();
        for (Value v : results) {
            statements.put(v, Boolean.TRUE);
        }
        return v -> v.isLeaf() && !statements.containsKey(v);
    }
}
