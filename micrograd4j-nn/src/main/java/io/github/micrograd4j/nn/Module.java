package io.github.micrograd4j.nn;

import io.github.micrograd4j.core.Value;
import java.util.List;

/**
 * Something with trainable parameters, like micrograd's {@code Module}.
 *
 * <p>Note that {@code java.lang.Module} has the same simple name: import this one explicitly
 * ({@code import io.github.micrograd4j.nn.Module;}) rather than with a wildcard.
 */
public interface Module {

    /**
     * The trainable parameters, in a fixed order (for an {@link MLP}: layers, then neurons, then each
     * neuron's weights followed by its bias, as micrograd lists them).
     *
     * @return an unmodifiable list of leaf values
     */
    List<Value> parameters();

    /** Sets every parameter's gradient to 0, as micrograd's {@code zero_grad} does before backward. */
    default void zeroGrad() {
        for (Value p : parameters()) {
            p.setGrad(0.0);
        }
    }

    /**
     * The number of parameters.
     *
     * @return the size of {@link #parameters()}
     */
    default int parameterCount() {
        return parameters().size();
    }

    /**
     * The parameters' current numbers, in {@link #parameters()} order.
     *
     * @return a new array
     */
    default double[] parameterData() {
        List<Value> ps = parameters();
        double[] out = new double[ps.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ps.get(i).data();
        }
        return out;
    }

    /**
     * Sets every parameter's number, in {@link #parameters()} order (to load weights).
     *
     * @param data one number per parameter
     * @throws IllegalArgumentException if the count differs or a number is not finite
     */
    default void setParameterData(double[] data) {
        List<Value> ps = parameters();
        if (data.length != ps.size()) {
            throw new IllegalArgumentException("expected " + ps.size() + " parameter values, got " + data.length);
        }
        for (int i = 0; i < data.length; i++) {
            if (!Double.isFinite(data[i])) {
                throw new IllegalArgumentException("parameter " + i + " must be finite, got " + data[i]);
            }
        }
        for (int i = 0; i < data.length; i++) {
            ps.get(i).setData(data[i]);
        }
    }
}
