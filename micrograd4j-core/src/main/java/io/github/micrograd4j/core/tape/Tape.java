package io.github.micrograd4j.core.tape;

import io.github.micrograd4j.core.Op;
import io.github.micrograd4j.core.Value;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finished graph compiled into flat arrays, replayable for new leaf values without building
 * anything.
 *
 * <p>{@link #compile(Value, List, List)} turns the graph into an immutable {@link TapeProgram}: one
 * <em>slot</em> per node (the inputs first, in the order given, then the parameters, the constants
 * and the ops in topological order), each op slot with its {@link Op} and its operands' slots. A tape
 * pairs the program with its own numbers: after a {@link #forward()} each slot's value and local
 * derivatives, after {@link #backward()} each slot's gradient. Both allocate nothing and use the very
 * functions the object graph uses ({@link Op#value}, {@link Op#dx}, {@link Op#dy}; the loops are in
 * {@link OpKernels}). So a replay gives the same numbers as building the graph again and calling
 * {@link Value#backward()}, bit for bit.
 *
 * <p>An optimizer writes new parameter values with {@link #setParameter} and calls
 * {@link #forward()} again: no rebuild. {@link BatchedTape} replays the same tape over many examples
 * at once.
 *
 * <p>Unlike {@link Value#backward()}, which adds into whatever gradients the nodes hold,
 * {@link #backward()} starts every gradient from 0. A tape is not thread-safe; give each thread its
 * own ({@link #copy()} is cheap).
 */
public final class Tape {
    private final TapeProgram program;
    private final double[] value;
    private final double[] dx;
    private final double[] dy;
    private final double[] grad;

    private Tape(TapeProgram program, double[] value) {
        this.program = program;
        this.value = value;
        this.dx = new double[program.size()];
        this.dy = new double[program.size()];
        this.grad = new double[program.size()];
        forward();
    }

    /**
     * Compiles the graph that computes {@code output}. The inputs and the parameters are leaves of
     * that graph (or unused leaves, which just get gradient 0); every other leaf is a constant with
     * its current data. The tape starts with the leaves' current data and the graph's values, as if
     * {@link #forward()} had run.
     *
     * @param output the value to differentiate
     * @param inputs the leaves that change per example, in slot order
     * @param parameters the leaves an optimizer updates, in slot order
     * @return the tape
     * @throws IllegalArgumentException if an input or parameter is not a leaf, or is listed twice
     */
    public static Tape compile(Value output, List<Value> inputs, List<Value> parameters) {
        return compile(output, inputs, parameters, List.of());
    }

    /**
     * {@link #compile(Value, List, List)}, also keeping track of some inner nodes, whose values a
     * replay makes available through {@link #watched(int)}: for example a model's outputs when the
     * tape's output is the loss computed from them.
     *
     * @param output the value to differentiate
     * @param inputs the leaves that change per example, in slot order
     * @param parameters the leaves an optimizer updates, in slot order
     * @param watched nodes of the graph to read back after each forward pass
     * @return the tape
     * @throws IllegalArgumentException as {@link #compile(Value, List, List)}, or if a watched value
     *     is not part of the graph
     */
    public static Tape compile(Value output, List<Value> inputs, List<Value> parameters, List<Value> watched) {
        return compile(output, inputs, parameters, watched, new IdentityHashMap<>());
    }

    /** {@link #compile(Value, List, List, List)}, also filling {@code slots} with every graph node's slot. */
    static Tape compile(Value output, List<Value> inputs, List<Value> parameters, List<Value> watched,
            Map<Value, Integer> slots) {
        TapeProgram program = TapeProgram.compile(output, inputs, parameters, watched, slots);
        return new Tape(program, program.initialValues());
    }

    /**
     * A tape with the same program and its own numbers, for another thread.
     *
     * @return an independent copy holding the same leaf values
     */
    public Tape copy() {
        return new Tape(program, value.clone());
    }

    /** The immutable program this tape replays. */
    TapeProgram program() {
        return program;
    }

    // ---------------------------------------------------------------- replay

    /** Recomputes every op's value and local derivatives from the current leaf values. */
    public void forward() {
        OpKernels.forward(program.ops(), program.first(), program.second(), program.opStart(), program.size(), value,
                dx, dy);
    }

    /**
     * Sets every gradient to 0, the output's to 1, and backpropagates: afterwards
     * {@link #inputGrad}, {@link #parameterGrad} and {@link #grad} hold d output / d slot for the
     * values of the last {@link #forward()}.
     */
    public void backward() {
        final double[] g = grad;
        final double[] d1 = dx;
        final double[] d2 = dy;
        final int[] a = program.first();
        final int[] b = program.second();
        final boolean[] two = program.binary();
        final int opStart = program.opStart();
        Arrays.fill(g, 0.0);
        g[program.output()] = 1.0;
        for (int k = program.size() - 1; k >= opStart; k--) {
            double gk = g[k];
            g[a[k]] += d1[k] * gk;
            if (two[k]) {
                g[b[k]] += d2[k] * gk;
            }
        }
    }

    // ---------------------------------------------------------------- slots

    /**
     * The number of inputs.
     *
     * @return the input count
     */
    public int inputCount() {
        return program.inputCount();
    }

    /**
     * The number of parameters.
     *
     * @return the parameter count
     */
    public int parameterCount() {
        return program.parameterCount();
    }

    /**
     * The number of slots: leaves, constants and ops.
     *
     * @return the slot count
     */
    public int size() {
        return program.size();
    }

    /**
     * The number of op slots, i.e. the node evaluations one {@link #forward()} does.
     *
     * @return the op count
     */
    public int opCount() {
        return program.size() - program.opStart();
    }

    /**
     * Sets input {@code i} for the next {@link #forward()}.
     *
     * @param i the input's index in the compile-time list
     * @param data the new value
     */
    public void setInput(int i, double data) {
        value[checkIndex(i, program.inputCount(), "input")] = data;
    }

    /**
     * The current value of input {@code i}.
     *
     * @param i the input's index
     * @return its value
     */
    public double input(int i) {
        return value[checkIndex(i, program.inputCount(), "input")];
    }

    /**
     * Sets parameter {@code i} for the next {@link #forward()}, as an optimizer step does.
     *
     * @param i the parameter's index in the compile-time list
     * @param data the new value
     */
    public void setParameter(int i, double data) {
        value[program.inputCount() + checkIndex(i, program.parameterCount(), "parameter")] = data;
    }

    /**
     * The current value of parameter {@code i}.
     *
     * @param i the parameter's index
     * @return its value
     */
    public double parameter(int i) {
        return value[program.inputCount() + checkIndex(i, program.parameterCount(), "parameter")];
    }

    /**
     * The output's value after the last {@link #forward()}.
     *
     * @return the output
     */
    public double output() {
        return value[program.output()];
    }

    /**
     * The number of watched values.
     *
     * @return how many nodes were passed as {@code watched} to compile
     */
    public int watchedCount() {
        return program.watchedCount();
    }

    /**
     * Watched value {@code i} after the last {@link #forward()}.
     *
     * @param i the index in the compile-time list of watched values
     * @return its value
     */
    public double watched(int i) {
        return value[program.watchedSlot(i)];
    }

    /**
     * d output / d input {@code i} after the last {@link #backward()}.
     *
     * @param i the input's index
     * @return the gradient
     */
    public double inputGrad(int i) {
        return grad[checkIndex(i, program.inputCount(), "input")];
    }

    /**
     * d output / d parameter {@code i} after the last {@link #backward()}.
     *
     * @param i the parameter's index
     * @return the gradient
     */
    public double parameterGrad(int i) {
        return grad[program.inputCount() + checkIndex(i, program.parameterCount(), "parameter")];
    }

    /**
     * The value in any slot after the last {@link #forward()}.
     *
     * @param slot the slot, {@code 0 .. size()-1}
     * @return its value
     */
    public double value(int slot) {
        return value[checkIndex(slot, program.size(), "slot")];
    }

    /**
     * The gradient of any slot after the last {@link #backward()}.
     *
     * @param slot the slot, {@code 0 .. size()-1}
     * @return d output / d slot
     */
    public double grad(int slot) {
        return grad[checkIndex(slot, program.size(), "slot")];
    }

    static int checkIndex(int i, int count, String what) {
        return TapeProgram.checkIndex(i, count, what);
    }
}
