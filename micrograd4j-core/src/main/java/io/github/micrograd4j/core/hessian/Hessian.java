package io.github.micrograd4j.core.hessian;

import io.github.micrograd4j.core.Gradients;
import io.github.micrograd4j.core.Value;
import java.util.List;

/**
 * Second derivatives of a scalar output: the Hessian matrix and Hessian-vector products, both by
 * reverse-over-reverse differentiation (a gradient built as a graph with {@link Gradients#of}, then
 * differentiated again). Neither reads nor writes any {@link Value#grad()}.
 *
 * <pre>{@code
 * Value x = new Value(1.0, "x"), y = new Value(2.0, "y");
 * Value f = x.mul(x).mul(y);                               // x^2 y
 * double[][] h = Hessian.of(f, List.of(x, y));             // {{4, 2}, {2, 0}}
 * double[] hv = Hessian.vectorProduct(f, List.of(x, y), new double[] {1, 0});   // {4, 2}
 * }</pre>
 *
 * <p>Cost: {@link #of} builds the gradient graph once and sweeps it once per input, so an n-input
 * Hessian is n + 1 reverse sweeps; {@link #vectorProduct} is two, whatever n is. Rows are computed
 * independently, so the matrix is symmetric only up to rounding.
 */
public final class Hessian {
    /** The most inputs {@link #of} accepts: the matrix grows as n squared. */
    public static final int MAX_INPUTS = 10_000;

    private Hessian() {
    }

    /**
     * The matrix of second derivatives {@code d2 f / (dx_i dx_j)}, rows and columns in the order of
     * {@code inputs}.
     *
     * @param f the output
     * @param inputs the inputs, at most {@link #MAX_INPUTS}
     * @return a new n×n matrix
     * @throws IllegalArgumentException if there are more than {@link #MAX_INPUTS} inputs
     * @throws UnsupportedOperationException if the graph has an op whose derivative cannot be built
     *     from ops
     */
    public static double[][] of(Value f, List<Value> inputs) {
        if (inputs.size() > MAX_INPUTS) {
            throw new IllegalArgumentException("a Hessian of " + inputs.size() + " inputs has " + inputs.size()
                    + "² entries; at most " + MAX_INPUTS + " inputs");
        }
        List<Value> gradient = Gradients.of(f, inputs, true);
        int n = inputs.size();
        double[][] h = new double[n][];
        for (int i = 0; i < n; i++) {
            h[i] = numbers(Gradients.of(gradient.get(i), inputs, false));
        }
        return h;
    }

    /**
     * The Hessian times a vector, {@code H v}, without forming H: the gradient of
     * {@code sum_i v_i * df/dx_i} (reverse over reverse).
     *
     * @param f the output
     * @param inputs the inputs
     * @param v one number per input
     * @return a new array, {@code (H v)_i} in the order of {@code inputs}
     * @throws IllegalArgumentException if {@code v} has not one number per input
     */
    public static double[] vectorProduct(Value f, List<Value> inputs, double[] v) {
        if (v == null || v.length != inputs.size()) {
            throw new IllegalArgumentException("v has " + (v == null ? "no" : String.valueOf(v.length))
                    + " numbers for " + inputs.size() + " inputs");
        }
        List<Value> gradient = Gradients.of(f, inputs, true);
        Value directional = new Value(0.0);
        for (int i = 0; i < v.length; i++) {
            directional = directional.add(gradient.get(i).mul(v[i]));
        }
        return numbers(Gradients.of(directional, inputs, false));
    }

    private static double[] numbers(List<Value> values) {
        double[] d = new double[values.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = values.get(i).data();
        }
        return d;
    }
}
