package io.github.micrograd4j.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gradients as values: dL/dx for chosen inputs, either as plain numbers or as a graph of its own
 * that can be differentiated again, to any order (PyTorch's {@code autograd.grad} with
 * {@code create_graph}, JAX's {@code grad(grad(f))}).
 *
 * <pre>{@code
 * Value x = new Value(0.8814, "x");
 * Value o = x.tanh().label("o");
 * Value dodx = Gradients.of(o, List.of(x), true).get(0);        // 1 - o**2, labelled do/dx
 * Value d2odx2 = Gradients.of(dodx, List.of(x), true).get(0);   // -2 o (1 - o**2)
 * }</pre>
 *
 * <p>The graph of a gradient is built by one reverse sweep over {@link Value#topologicalOrder()}:
 * each node's gradient is a value, and each edge adds {@code gradient(out) * d out / d child} into
 * the child's gradient with {@link Value#mul} and {@link Value#add}, the local derivative being
 * {@link Op#localDerivative(int, Value, Value, Value) the op's rule built from ops}. The gradient
 * graph refers to the nodes of the original graph, so differentiating it again differentiates
 * through them. Only nodes that depend on one of the inputs are visited. A gradient node of a
 * labelled value {@code v} is labelled {@code dL/dv}, {@code L} being the output's label (or
 * {@code L}); the returned gradients are labelled {@code dL/dx} ({@code x1}, {@code x2}, … for
 * unlabelled inputs, numbered from 1 in list order).
 *
 * <p><b>Accumulation.</b> {@code Gradients.of} never reads or writes any {@link Value#grad()}: it
 * returns its gradients, so calling it twice gives the same answer twice and cannot add to an
 * earlier one (micrograd's "backward twice accumulates", PR #8, cannot happen through it). A
 * gradient value built with {@code createGraph = true} is an ordinary value: {@code backward()} on
 * it accumulates d(gradient)/dv into every node's {@code .grad}, inputs included, like
 * {@code backward()} on any graph, on top of what is already there (call {@link Value#zeroGrad()}
 * on it first; a second {@code backward()} without it over-counts, since the nodes inside keep
 * their first {@code .grad} and pass it on again, exactly as in micrograd). This differs from PyTorch, where {@code backward(create_graph=True)} itself
 * accumulates the first gradients into {@code .grad} as graphs; here the first gradients only ever
 * live in the returned list, and {@code .grad} holds numbers only, from {@code backward()} alone.
 *
 * <p>Edges: the gradient graph follows IEEE 754 as the numeric backward does, so a zero gradient
 * times an infinite local derivative is NaN. It can meet such a point where the original graph does
 * not: {@code x ** y} at {@code x = 0, y = 1} is smooth, but its second derivatives need
 * {@code log 0}.
 *
 * <p>The plain {@link Value#backward()} is untouched by all of this: a graph is built only on
 * request.
 */
public final class Gradients {
    private Gradients() {
    }

    /**
     * The gradient of {@code output} with respect to each input.
     *
     * @param output the value to differentiate, L
     * @param inputs the values to differentiate with respect to, in the order wanted; an input that
     *     {@code output} does not depend on gets a gradient of 0
     * @param createGraph {@code true} for gradients with their own graph, differentiable again;
     *     {@code false} for new leaves holding the numbers (the same numbers {@code backward()} would
     *     put in {@code .grad}, computed without touching it)
     * @return one new value per input, labelled {@code dL/dx}
     * @throws NullPointerException if an argument or an input is null
     * @throws UnsupportedOperationException with {@code createGraph}, if the graph has an op whose
     *     derivative cannot be built from ops
     */
    public static List<Value> of(Value output, List<Value> inputs, boolean createGraph) {
        Require.notNull(output, "output");
        Require.notNull(inputs, "inputs");
        Set<Value> wanted = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int k = 0; k < inputs.size(); k++) {
            wanted.add(Require.notNull(inputs.get(k), "inputs[" + k + "]"));
        }
        List<Value> order = output.topologicalOrder();
        int n = order.size();
        Map<Value, Integer> index = new IdentityHashMap<>(2 * n);
        boolean[] relevant = new boolean[n];
        for (int i = 0; i < n; i++) {
            Value v = order.get(i);
            index.put(v, i);
            relevant[i] = wanted.contains(v) || (v.first != null && relevant[index.get(v.first)])
                    || (v.second != null && relevant[index.get(v.second)]);
        }
        String outName = output.label().isEmpty() ? "L" : output.label();
        Value[] result = createGraph ? graphs(order, index, relevant, outName) : numbers(order, index, relevant);
        List<Value> gradients = new ArrayList<>(inputs.size());
        for (int k = 0; k < inputs.size(); k++) {
            Value x = inputs.get(k);
            Integer at = index.get(x);
            Value g = at == null || result[at] == null ? new Value(0.0) : result[at];
            String name = x.label().isEmpty() ? "x" + (k + 1) : x.label();
            gradients.add(g.label("d" + outName + "/d" + name));
        }
        return Collections.unmodifiableList(gradients);
    }

    private static Value[] graphs(List<Value> order, Map<Value, Integer> index, boolean[] relevant, String out) {
        int n = order.size();
        Value[] grads = new Value[n];
        grads[n - 1] = new Value(1.0);
        for (int i = n - 1; i >= 0; i--) {
            Value v = order.get(i);
            Value g = grads[i];
            if (g == null) {
                continue;
            }
            if (!v.label().isEmpty()) {
                g.label("d" + out + "/d" + v.label());
            }
            for (int k = 0; k < v.childCount(); k++) {
                int c = index.get(v.child(k));
                if (relevant[c]) {
                    Value local = v.op().localDerivative(k, v.first, v.second, v);
                    Value contribution = g.mul(local);
                    grads[c] = grads[c] == null ? contribution : grads[c].add(contribution);
                }
            }
        }
        return grads;
    }

    private static Value[] numbers(List<Value> order, Map<Value, Integer> index, boolean[] relevant) {
        int n = order.size();
        double[] grads = new double[n];
        grads[n - 1] = 1.0;
        for (int i = n - 1; i >= 0; i--) {
            Value v = order.get(i);
            for (int k = 0; k < v.childCount(); k++) {
                int c = index.get(v.child(k));
                if (relevant[c]) {
                    grads[c] += v.localDerivative(k) * grads[i];
                }
            }
        }
        Value[] leaves = new Value[n];
        for (int i = 0; i < n; i++) {
            leaves[i] = relevant[i] ? new Value(grads[i]) : null;
        }
        return leaves;
    }
}
