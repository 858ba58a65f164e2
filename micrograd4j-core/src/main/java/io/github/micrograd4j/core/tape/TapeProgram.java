package io.github.micrograd4j.core.tape;

import io.github.micrograd4j.core.Op;
import io.github.micrograd4j.core.Value;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A finished graph compiled into a flat, immutable program: the structure that {@link Tape} and
 * {@link BatchedTape} replay, each with numbers of its own.
 *
 * <p>Compiling walks the graph once, in {@link Value#topologicalOrder() topological order}, and gives
 * every node a <em>slot</em>: first the inputs (slots {@code 0 .. inputCount-1}, in the order given),
 * then the parameters (the next {@code parameterCount} slots), then every other leaf as a constant,
 * then a constant 0 (the second operand of unary ops), then each distinct op constant (the exponent
 * of {@code x ** 2}), then the ops in topological order. Each op slot stores its {@link Op} and the
 * slots of its two operands. Nothing here changes after compiling, so one program is shared by any
 * number of replays and threads.
 *
 * <p>The arrays are handed to the replays in this package by accessors, never written after
 * construction.
 */
final class TapeProgram {
    private final int inputCount;
    private final int parameterCount;
    private final int opStart;
    private final int size;
    private final int output;
    private final int[] watched;
    private final Op[] ops;
    private final int[] first;
    private final int[] second;
    /** Whether each op slot's second operand receives a gradient (a binary op); unary ops skip it. */
    private final boolean[] binary;
    /** The leaves' and constants' numbers at compile time; op slots hold 0. */
    private final double[] initial;

    private TapeProgram(int inputCount, int parameterCount, int opStart, int output, int[] watched, Op[] ops,
            int[] first, int[] second, double[] initial) {
        this.inputCount = inputCount;
        this.parameterCount = parameterCount;
        this.opStart = opStart;
        this.size = ops.length;
        this.output = output;
        this.watched = watched;
        this.ops = ops;
        this.first = first;
        this.second = second;
        this.initial = initial;
        this.binary = new boolean[size];
        for (int k = opStart; k < size; k++) {
            binary[k] = ops[k].arity() == 2;
        }
    }

    /**
     * Compiles the graph that computes {@code output}; see {@link Tape#compile(Value, List, List, List)}.
     *
     * @param slots filled with every graph node's slot
     */
    static TapeProgram compile(Value output, List<Value> inputs, List<Value> parameters, List<Value> watched,
            Map<Value, Integer> slots) {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(watched, "watched");
        List<Value> order = output.topologicalOrder();
        assignLeafSlots(inputs, "input", 0, slots);
        assignLeafSlots(parameters, "parameter", inputs.size(), slots);
        int next = inputs.size() + parameters.size();
        int opCount = 0;
        for (Value v : order) {
            if (v.isLeaf()) {
                if (!slots.containsKey(v)) {
                    slots.put(v, next++);
                }
            } else {
                opCount++;
            }
        }
        int zero = next++;
        Map<Long, Integer> constantSlots = new HashMap<>();
        for (Value v : order) {
            if (v.op().hasConstant() && !constantSlots.containsKey(Double.doubleToRawLongBits(v.constant()))) {
                constantSlots.put(Double.doubleToRawLongBits(v.constant()), next++);
            }
        }
        int opStart = next;
        long total = (long) opStart + opCount;
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("graph too large for a tape: " + total + " slots");
        }
        int size = (int) total;
        Op[] ops = new Op[size];
        java.util.Arrays.fill(ops, 0, opStart, Op.LEAF);
        int[] first = new int[size];
        int[] second = new int[size];
        double[] initial = new double[size];
        for (Map.Entry<Value, Integer> e : slots.entrySet()) {
            initial[e.getValue()] = e.getKey().data();
        }
        for (Map.Entry<Long, Integer> e : constantSlots.entrySet()) {
            initial[e.getValue()] = Double.longBitsToDouble(e.getKey());
        }
        int k = opStart;
        for (Value v : order) {
            if (v.isLeaf()) {
                continue;
            }
            slots.put(v, k);
            ops[k] = v.op();
            first[k] = slots.get(v.child(0));
            if (v.op().hasConstant()) {
                second[k] = constantSlots.get(Double.doubleToRawLongBits(v.constant()));
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
        return new TapeProgram(inputs.size(), parameters.size(), opStart, slots.get(output), watchedSlots, ops, first,
                second, initial);
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

    int inputCount() {
        return inputCount;
    }

    int parameterCount() {
        return parameterCount;
    }

    /** The first op slot; all slots before it are leaves and constants. */
    int opStart() {
        return opStart;
    }

    int size() {
        return size;
    }

    /** The slot of the compiled graph's output. */
    int output() {
        return output;
    }

    int watchedCount() {
        return watched.length;
    }

    /** The slot of watched value {@code i}, checked. */
    int watchedSlot(int i) {
        return watched[checkIndex(i, watched.length, "watched value")];
    }

    /** Each slot's op; {@link Op#LEAF} before {@link #opStart()}. Read-only. */
    Op[] ops() {
        return ops;
    }

    /** Each op slot's first operand slot. Read-only. */
    int[] first() {
        return first;
    }

    /** Each op slot's second operand slot: a child's, a constant's, or the constant 0's. Read-only. */
    int[] second() {
        return second;
    }

    /** Whether each op slot passes a gradient to its second operand. Read-only. */
    boolean[] binary() {
        return binary;
    }

    /** The leaves' and constants' numbers at compile time, for a new replay to start from. */
    double[] initialValues() {
        return initial.clone();
    }

    static int checkIndex(int i, int count, String what) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException(what + " " + i + " does not exist: the tape has " + count + " "
                    + what + (count == 1 ? "" : "s"));
        }
        return i;
    }
}
