package io.github.micrograd4j.lang;

import io.github.micrograd4j.core.AnomalyException;
import io.github.micrograd4j.core.Op;
import io.github.micrograd4j.core.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A parsed expression program: statements {@code name = expr} separated by {@code ;} or new lines,
 * the last one being the output. Running it builds a fresh {@link Value} graph each time.
 *
 * <pre>{@code
 * Program p = Program.parse("a = 2; b = -3; L = a * b");
 * Evaluation run = p.evaluate();
 * run.output().backward();
 * }</pre>
 */
public final class Program {
    private final List<Statement> statements;
    private final List<String> inputNames;
    private final List<Integer> inputStatements;
    private final List<String> displayNames;

    private Program(List<Statement> statements) {
        this.statements = statements;
        this.inputNames = new ArrayList<>();
        this.inputStatements = new ArrayList<>();
        this.displayNames = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            int count = seen.merge(s.name(), 1, Integer::sum);
            // a name assigned again is another value; it is told apart by where it is assigned, line and
            // column, since several statements may share a line
            String name = count == 1 ? s.name() : s.name() + "@" + s.line() + ":" + s.column();
            displayNames.add(name);
            if (s.isInput()) {
                inputNames.add(name);
                inputStatements.add(i);
            }
        }
    }

    /**
     * Parses a program.
     *
     * @param source the program text
     * @return the program
     * @throws ProgramException with the line and column at fault
     */
    public static Program parse(String source) {
        Objects.requireNonNull(source, "source");
        return new Program(new Parser(source).parse());
    }

    /**
     * The name of the output, the last statement's.
     *
     * @return the output's name
     */
    public String outputName() {
        return statements.get(statements.size() - 1).name();
    }

    /**
     * The number of statements.
     *
     * @return how many statements the program has
     */
    public int size() {
        return statements.size();
    }

    /**
     * The inputs (names assigned a numeric literal) and their values, in program order. A name
     * given a number twice appears twice, the second time as {@code name@LINE:COLUMN}, where it is
     * assigned again.
     *
     * @return input name to literal value
     */
    public Map<String, Double> inputs() {
        Map<String, Double> inputs = new LinkedHashMap<>();
        for (int i = 0; i < inputNames.size(); i++) {
            inputs.put(inputNames.get(i), statements.get(inputStatements.get(i)).inputValue());
        }
        return inputs;
    }

    /**
     * Builds the graph with the inputs the program gives.
     *
     * @return the run
     */
    public Evaluation evaluate() {
        return evaluate(Map.of());
    }

    /**
     * Builds the graph with some inputs given as leaves instead of their literals: the gradient
     * check's way in.
     *
     * @param inputLeaves leaves keyed by input name (as in {@link #inputs()}); missing inputs keep their
     *     literal
     * @return the run
     * @throws ProgramException in {@link io.github.micrograd4j.core.AnomalyMode anomaly mode}, when a
     *     statement computes a NaN or an infinity: it names the statement, its line and the node
     */
    public Evaluation evaluate(Map<String, Value> inputLeaves) {
        Map<Integer, Value> overrides = new HashMap<>();
        inputLeaves.forEach((name, leaf) -> {
            int index = inputNames.indexOf(name);
            if (index < 0) {
                throw new IllegalArgumentException("no input named '" + name + "'; the inputs are " + inputNames);
            }
            overrides.put(inputStatements.get(index), leaf);
        });
        Value[] results = new Value[statements.size()];
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            Value v;
            try {
                v = overrides.containsKey(i) ? overrides.get(i) : run(s, results);
            } catch (AnomalyException e) {
                throw anomalyIn(s, e);
            }
            if (v.label().isEmpty()) { // a bare name ('x = a') keeps the label it has
                v.label(displayNames.get(i));
            }
            results[i] = v;
        }
        return new Evaluation(displayNames, List.of(results));
    }

    /**
     * Backpropagates from the run's output, as {@code run.output().backward()} does; in
     * {@link io.github.micrograd4j.core.AnomalyMode anomaly mode} a gradient that becomes NaN or
     * infinite is reported with the statement that built the node at fault.
     *
     * @param run a run of this program
     * @throws ProgramException naming the statement and its line, for an anomaly
     */
    public void backward(Evaluation run) {
        try {
            run.output().backward();
        } catch (AnomalyException e) {
            throw anomalyIn(statements.get(statementOf(run, e.node())), e);
        }
    }

    private static ProgramException anomalyIn(Statement s, AnomalyException e) {
        return new ProgramException(e, s.name(), s.line(), s.column());
    }

    /** The first statement whose value depends on the node: the one whose expression built it. */
    private static int statementOf(Evaluation run, Value node) {
        Map<Value, Boolean> seen = new IdentityHashMap<>();
        Deque<Value> stack = new ArrayDeque<>();
        List<Value> results = run.results();
        for (int i = 0; i < results.size(); i++) {
            stack.push(results.get(i));
            while (!stack.isEmpty()) {
                Value v = stack.pop();
                if (seen.put(v, Boolean.TRUE) != null) {
                    continue;
                }
                if (v == node) {
                    return i;
                }
                stack.addAll(v.children());
            }
        }
        return results.size() - 1;
    }

    private static Value run(Statement s, Value[] results) {
        Value[] stack = new Value[Math.max(1, s.maxStack())];
        int top = -1;
        for (Instruction in : s.code()) {
            switch (in.code()) {
                case CONST -> stack[++top] = new Value(in.number());
                case LOAD -> stack[++top] = results[in.slot()];
                case NEG -> stack[top] = stack[top].neg();
                case POW_CONST -> stack[top] = stack[top].pow(in.number());
                case ADD -> {
                    stack[top - 1] = stack[top - 1].add(stack[top]);
                    top--;
                }
                case SUB -> {
                    stack[top - 1] = stack[top - 1].sub(stack[top]);
                    top--;
                }
                case MUL -> {
                    stack[top - 1] = stack[top - 1].mul(stack[top]);
                    top--;
                }
                case DIV -> {
                    stack[top - 1] = stack[top - 1].div(stack[top]);
                    top--;
                }
                case POW -> {
                    stack[top - 1] = stack[top - 1].pow(stack[top]);
                    top--;
                }
                case CALL -> {
                    Op op = in.function();
                    int arity = op.arity();
                    Value result = arity == 1 ? stack[top].apply(op) : stack[top - 1].apply(op, stack[top]);
                    top -= arity - 1;
                    stack[top] = result;
                }
                default -> throw new IllegalStateException("unknown instruction " + in);
            }
        }
        return stack[0];
    }
}
