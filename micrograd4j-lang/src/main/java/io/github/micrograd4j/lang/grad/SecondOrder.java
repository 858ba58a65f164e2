package io.github.micrograd4j.lang.grad;

import io.github.micrograd4j.lang.Evaluation;
import io.github.micrograd4j.lang.Program;
import io.github.micrograd4j.lang.ProgramException;
import io.github.micrograd4j.core.Gradients;
import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.hessian.Hessian;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code grad --hessian} and {@code grad --grad-graph} compute: the Hessian of a program's output
 * with respect to its inputs, and the graph of one gradient. Each builds its own run of the program, on
 * new leaves, so nothing here touches the {@code .grad} of the run the table prints.
 */
public final class SecondOrder {
    /** The most inputs {@code --hessian} accepts. */
    public static final int MAX_INPUTS = 1000;

    /**
     * A Hessian with the names of its rows and columns.
     *
     * @param inputs the inputs, in program order
     * @param matrix the second derivatives, rows and columns in that order
     */
    public record Matrix(List<String> inputs, double[][] matrix) {
    }

    private SecondOrder() {
    }

    /**
     * Refuses, before any work, a program with more inputs than {@link #MAX_INPUTS}.
     *
     * @param program the program
     * @throws ProgramException naming the count
     */
    public static void checkSize(Program program) {
        int n = program.inputs().size();
        if (n > MAX_INPUTS) {
            throw new ProgramException(String.format(Numbers.LOCALE, "--hessian: the program has %,d inputs, more "
                    + "than the %,d a Hessian is computed for (it has n² entries)", n, MAX_INPUTS));
        }
    }

    /**
     * The Hessian of the program's output at its literals.
     *
     * @param program the program
     * @return the matrix, in the program's input order
     */
    public static Matrix hessian(Program program) {
        Map<String, Value> leaves = leaves(program);
        Evaluation run = program.evaluate(leaves);
        return new Matrix(List.copyOf(leaves.keySet()), Hessian.of(run.output(), new ArrayList<>(leaves.values())));
    }

    /**
     * The gradient of the output with respect to one input as a graph, labelled {@code dL/dx}, after a
     * backward pass on it (so its own grads are the second derivatives d(dL/dx)/dv).
     *
     * @param program the program
     * @param input the input's name, or {@code null} for the first input
     * @return the gradient value
     * @throws ProgramException if the program has no inputs or no input of that name
     */
    public static Value gradientGraph(Program program, String input) {
        Map<String, Value> leaves = leaves(program);
        if (leaves.isEmpty()) {
            throw new ProgramException("--grad-graph needs at least one input: assign a number to a name, "
                    + "as in 'a = 2'");
        }
        String name = input == null ? leaves.keySet().iterator().next() : input;
        Value x = leaves.get(name);
        if (x == null) {
            throw new ProgramException("--grad-graph: no input named '" + name + "'; the inputs are "
                    + leaves.keySet());
        }
        Value gradient = Gradients.of(program.evaluate(leaves).output(), List.of(x), true).get(0);
        gradient.backward();
        return gradient;
    }

    /**
     * The matrix as a table: a header of input names, then one row per input.
     *
     * @param h the Hessian
     * @return the text, each line ending in a new line
     */
    public static String table(Matrix h) {
        int width = 10;
        for (String name : h.inputs()) {
            width = Math.max(width, Math.min(24, name.length()));
        }
        StringBuilder text = new StringBuilder("Hessian of the output (row i, column j: d2 out / d row d column)\n");
        String cell = "%" + (width + 2) + "s";
        text.append(String.format(Numbers.LOCALE, "%-" + width + "s", ""));
        for (String name : h.inputs()) {
            text.append(String.format(Numbers.LOCALE, cell, name));
        }
        text.append('\n');
        for (int i = 0; i < h.inputs().size(); i++) {
            text.append(String.format(Numbers.LOCALE, "%-" + width + "s", h.inputs().get(i)));
            for (double d : h.matrix()[i]) {
                text.append(String.format(Numbers.LOCALE, cell, Numbers.readable(d, 4)));
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static Map<String, Value> leaves(Program program) {
        Map<String, Value> leaves = new LinkedHashMap<>();
        program.inputs().forEach((name, x) -> leaves.put(name, new Value(x, name)));
        return leaves;
    }
}
