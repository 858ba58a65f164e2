package io.github.micrograd4j.core.tape;

import io.github.micrograd4j.core.Op;
import io.github.micrograd4j.core.Value;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A finished graph compiled into flat arrays, replayable for new leaf values without building
 * anything.
 *
 * <p>{@link #compile(Value, List, List)} walks the graph once, in {@link Value#topologicalOrder()
 * topological order}, and gives every node a <em>slot</em>: first the inputs (slots
 * {@code 0 .. inputCount-1}, in the order given), then the parameters (the next
 * {@code parameterCount} slots), then every other leaf as a constant, then the ops in topological
 * order. Each op slot stores its op code, the slots of its two operands and, after a
 * {@link #forward()}, its value and both local derivatives; {@link #backward()} fills a gradient for
 * every slot. Both allocate nothing and use the very functions the object graph uses
 * ({@link Op#value}, {@link Op#localFirst}, {@link Op#localSecond}), called on a constant op in a
 * switch so the JIT inlines each one; so a replay gives the same numbers as building the graph again
 * and calling {@link Value#backward()}, bit for bit.
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
    /** Op codes: the {@link Op} ordinals, as constants a switch can use (checked when the class loads). */
    static final byte LEAF = 0;
    static final byte ADD = 1;
    static final byte MUL = 2;
    static final byte POW = 3;
    static final byte POW_CONST = 4;
    static final byte EXP = 5;
    static final byte LOG = 6;
    static final byte TANH = 7;
    static final byte RELU = 8;
    static final byte SIGMOID = 9;

    static {
        String[] names = {"LEAF", "ADD", "MUL", "POW", "POW_CONST", "EXP", "LOG", "TANH", "RELU", "SIGMOID"};
        byte[] codes = {LEAF, ADD, MUL, POW, POW_CONST, EXP, LOG, TANH, RELU, SIGMOID};
        if (Op.values().length != names.length) {
            throw new ExceptionInInitializerError("Tape knows " + names.length + " ops, Op has " + Op.values().length);
        }
        for (int i = 0; i < names.length; i++) {
            if (Op.valueOf(names[i]).ordinal() != codes[i]) {
                throw new ExceptionInInitializerError("Tape's op code for " + names[i] + " is out of date");
            }
        }
    }

    final int inputCount;
    final int parameterCount;
    /** The first op slot; all slots before it are leaves. */
    final int opStart;
    final int size;
    /** The slot of the compiled graph's output. */
    final int output;
    /** The slots of the nodes asked for at compile time, e.g. a model's outputs under its loss. */
    final int[] watched;
    final byte[] code;
    final int[] first;
    /** The second operand's slot; for a unary op a constant 0 slot, for a constant power the exponent's slot. */
    final int[] second;
    final double[] value;
    final double[] localFirst;
    final double[] localSecond;
    final double[] grad;
    /**
     * Whether the op in each slot has a second operand that receives a gradient. Unary ops skip it in
     * backward: they would all add 0 into the same constant slot, a chain of additions each waiting
     * for the one before.
     */
    final boolean[] binary;

    private Tape(int inputCount, int parameterCount, int opStart, int size, int output, int[] watched, byte[] code,
            int[] first, int[] second, double[] value) {
        this.inputCount = inputCount;
        this.parameterCount = parameterCount;
        this.opStart = opStart;
        this.size = size;
        this.output = output;
        this.watched = watched;
        this.code = code;
        this.first = first;
        this.second = second;
        this.value = value;
        this.localFirst = new double[size];
        this.localSecond = new double[size];
        this.grad = new double[size];
        this.binary = new boolean[size];
        Op[] ops = Op.values();
        for (int k = opStart; k < size; k++) {
            binary[k] = ops[code[k]].arity() == 2;
        }
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
        return compile(output, inputs, parameters, List.of(), new IdentityHashMap<>());
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
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(watched, "watched");
        List<Value> order = output.topologicalOrder();
        assignLeafSlots(inputs, "input", 0, slots);
        assignLeafSlots(parameters, "parameter", inputs.size(), slots);
        int next = inputs.size() + parameters.size();
        int ops = 0;
        for (Value v : order) {
            if (v.isLeaf()) {
                if (!slots.containsKey(v)) {
                    slots.put(v, next++);
                }
            } else {
                ops++;
            }
        }
        int zero = next++;
        Map<Long, Integer> exponentSlots = new HashMap<>();
        for (Value v : order) {
            if (v.op() == Op.POW_CONST && !exponentSlots.containsKey(Double.doubleToRawLongBits(v.exponent()))) {
                exponentSlots.put(Double.doubleToRawLongBits(v.exponent()), next++);
            }
        }
        int opStart = next;
        long total = (long) opStart + ops;
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("graph too large for a tape: " + total + " slots");
        }
        int size = (int) total;
        byte[] code = new byte[size];
        int[] first = new int[size];
        int[] second = new int[size];
        double[] value = new double[size];
        for (Map.Entry<Value, Integer> e : slots.entrySet()) {
            value[e.getValue()] = e.getKey().data();
        }
        for (Map.Entry<Long, Integer> e : exponentSlots.entrySet()) {
            value[e.getValue()] = Double.longBitsToDouble(e.getKey());
        }
        int k = opStart;
        for (Value v : order) {
            if (v.isLeaf()) {
                continue;
            }
            slots.put(v, k);
            code[k] = (byte) v.op().ordinal();
            first[k] = slots.get(v.child(0));
            if (v.op() == Op.POW_CONST) {
                second[k] = exponentSlots.get(Double.doubleToRawLongBits(v.exponent()));
            } else {
                second[k] = v.childCount() == 2 ? slots.get(v.child(1)) : zero;
            }
            k++;
        }
        int[] watchedSlots = new int[watched.size()];
        for (int i = 0; i < watchedSlots.length; i++) {
            Integer slot = slots.get(watched.get(i));
            if (slot == null) {
                throw new IllegalArgumentException("watched value " + i + " (" + watched.get(i)
                        + ") is not part of the graph of " + output);
            }
            watchedSlots[i] = slot;
        }
        Tape tape = new Tape(inputs.size(), parameters.size(), opStart, size, slots.get(output), watchedSlots, code,
                first, second, value);
        tape.forward();
        return tape;
    }

    private static void assignLeafSlots(List<Value> leaves, String role, int base, Map<Value, Integer> slots) {
        for (int i = 0; i < leaves.size(); i++) {
            Value v = leaves.get(i);
            if (v == null) {
                throw new IllegalArgumentException(role + " " + i + " is null");
            }
            if (!v.isLeaf()) {
                throw new IllegalArgumentException(role + " " + i + " is not a leaf: " + v + " was computed by '"
                        + v.opLabel() + "'");
            }
            Integer before = slots.put(v, base + i);
            if (before != null) {
                throw new IllegalArgumentException(role + " " + i + " (" + v + ") is listed twice: it already has slot "
                        + before);
            }
        }
    }

    /**
     * A tape with the same structure and its own numbers, for another thread.
     *
     * @return an independent copy holding the same leaf values
     */
    public Tape copy() {
        Tape t = new Tape(inputCount, parameterCount, opStart, size, output, watched, code, first, second,
                value.clone());
        t.forward();
        return t;
    }

    // ---------------------------------------------------------------- replay

    /** Recomputes every op's value and local derivatives from the current leaf values. */
    public void forward() {
        final double[] v = value;
        final double[] d1 = localFirst;
        final double[] d2 = localSecond;
        final byte[] c = code;
        final int[] a = first;
        final int[] b = second;
        for (int k = opStart; k < size; k++) {
            double x = v[a[k]];
            double y = v[b[k]];
            double out;
            double l1;
            double l2;
            switch (c[k]) {
                case ADD:
                    out = Op.ADD.value(x, y);
                    l1 = Op.ADD.localFirst(x, y, out);
                    l2 = Op.ADD.localSecond(x, y, out);
                    break;
                case MUL:
                    out = Op.MUL.value(x, y);
                    l1 = Op.MUL.localFirst(x, y, out);
                    l2 = Op.MUL.localSecond(x, y, out);
                    break;
                case POW:
                    out = Op.POW.value(x, y);
                    l1 = Op.POW.localFirst(x, y, out);
                    l2 = Op.POW.localSecond(x, y, out);
                    break;
                case POW_CONST:
                    out = Op.POW_CONST.value(x, y);
                    l1 = Op.POW_CONST.localFirst(x, y, out);
                    l2 = 0.0;
                    break;
                case EXP:
                    out = Op.EXP.value(x, y);
                    l1 = Op.EXP.localFirst(x, y, out);
                    l2 = 0.0;
                    break;
                case LOG:
                    out = Op.LOG.value(x, y);
                    l1 = Op.LOG.localFirst(x, y, out);
                    l2 = 0.0;
                    break;
                case TANH:
                    out = Op.TANH.value(x, y);
                    l1 = Op.TANH.localFirst(x, y, out);
                    l2 = 0.0;
                    break;
                case RELU:
                    out = Op.RELU.value(x, y);
                    l1 = Op.RELU.localFirst(x, y, out);
                    l2 = 0.0;
                    break;
                case SIGMOID:
                    out = Op.SIGMOID.value(x, y);
                    l1 = Op.SIGMOID.localFirst(x, y, out);
                    l2 = 0.0;
                    break;
                default:
                    throw unknownOp(c[k], k);
            }
            v[k] = out;
            d1[k] = l1;
            d2[k] = l2;
        }
    }

    /** Kept out of the replay loop, so that the loop stays small for the JIT. */
    private static IllegalStateException unknownOp(byte code, int slot) {
        return new IllegalStateException("op code " + code + " at slot " + slot);
    }

    /**
     * Sets every gradient to 0, the output's to 1, and backpropagates: afterwards
     * {@link #inputGrad}, {@link #parameterGrad} and {@link #grad} hold d output / d slot for the
     * values of the last {@link #forward()}.
     */
    public void backward() {
        final double[] g = grad;
        final double[] d1 = localFirst;
        final double[] d2 = localSecond;
        final int[] a = first;
        final int[] b = second;
        Arrays.fill(g, 0.0);
        g[output] = 1.0;
        final boolean[] two = binary;
        for (int k = size - 1; k >= opStart; k--) {
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
        return inputCount;
    }

    /**
     * The number of parameters.
     *
     * @return the parameter count
     */
    public int parameterCount() {
        return parameterCount;
    }

    /**
     * The number of slots: leaves, constants and ops.
     *
     * @return the slot count
     */
    public int size() {
        return size;
    }

    /**
     * The number of op slots, i.e. the node evaluations one {@link #forward()} does.
     *
     * @return the op count
     */
    public int opCount() {
        return size - opStart;
    }

    /**
     * Sets input {@code i} for the next {@link #forward()}.
     *
     * @param i the input's index in the compile-time list
     * @param data the new value
     */
    public void setInput(int i, double data) {
        value[checkIndex(i, inputCount, "input")] = data;
    }

    /**
     * The current value of input {@code i}.
     *
     * @param i the input's index
     * @return its value
     */
    public double input(int i) {
        return value[checkIndex(i, inputCount, "input")];
    }

    /**
     * Sets parameter {@code i} for the next {@link #forward()}, as an optimizer step does.
     *
     * @param i the parameter's index in the compile-time list
     * @param data the new value
     */
    public void setParameter(int i, double data) {
        value[inputCount + checkIndex(i, parameterCount, "parameter")] = data;
    }

    /**
     * The current value of parameter {@code i}.
     *
     * @param i the parameter's index
     * @return its value
     */
    public double parameter(int i) {
        return value[inputCount + checkIndex(i, parameterCount, "parameter")];
    }

    /**
     * The output's value after the last {@link #forward()}.
     *
     * @return the output
     */
    public double output() {
        return value[output];
    }

    /**
     * The number of watched values.
     *
     * @return how many nodes were passed as {@code watched} to compile
     */
    public int watchedCount() {
        return watched.length;
    }

    /**
     * Watched value {@code i} after the last {@link #forward()}.
     *
     * @param i the index in the compile-time list of watched values
     * @return its value
     */
    public double watched(int i) {
        return value[watched[checkIndex(i, watched.length, "watched value")]];
    }

    /**
     * d output / d input {@code i} after the last {@link #backward()}.
     *
     * @param i the input's index
     * @return the gradient
     */
    public double inputGrad(int i) {
        return grad[checkIndex(i, inputCount, "input")];
    }

    /**
     * d output / d parameter {@code i} after the last {@link #backward()}.
     *
     * @param i the parameter's index
     * @return the gradient
     */
    public double parameterGrad(int i) {
        return grad[inputCount + checkIndex(i, parameterCount, "parameter")];
    }

    /**
     * The value in any slot after the last {@link #forward()}.
     *
     * @param slot the slot, {@code 0 .. size()-1}
     * @return its value
     */
    public double value(int slot) {
        return value[checkIndex(slot, size, "slot")];
    }

    /**
     * The gradient of any slot after the last {@link #backward()}.
     *
     * @param slot the slot, {@code 0 .. size()-1}
     * @return d output / d slot
     */
    public double grad(int slot) {
        return grad[checkIndex(slot, size, "slot")];
    }

    static int checkIndex(int i, int count, String what) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException(what + " " + i + " does not exist: the tape has " + count + " "
                    + what + (count == 1 ? "" : "s"));
        }
        return i;
    }
}
