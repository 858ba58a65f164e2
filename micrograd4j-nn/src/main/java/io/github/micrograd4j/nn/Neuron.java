package io.github.micrograd4j.nn;

import io.github.micrograd4j.core.Require;
import io.github.micrograd4j.core.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * One neuron: {@code activation(b + w0*x0 + w1*x1 + ...)}.
 *
 * <p>Initialised as micrograd does: each weight uniform in [-1, 1) (Python's
 * {@code random.uniform(-1, 1)}, i.e. {@code -1 + 2 * u}), the bias 0. The sum is accumulated in
 * micrograd's order ({@code sum(wi*xi for ..., b)}: the bias first, then each product added in turn),
 * so the same weights give bit-for-bit micrograd's numbers.
 */
public final class Neuron implements Module {
    private final List<Value> weights;
    /** The weights again, as an array: {@link #forward} runs for every point of every step. */
    private final Value[] weightArray;
    private final Value bias;
    private final Activation activation;
    private final List<Value> parameters;

    /**
     * A neuron with random weights.
     *
     * @param nin the number of inputs, at least 1
     * @param activation the nonlinearity
     * @param rng the generator the weights are drawn from (one {@code nextDouble()} per weight)
     */
    public Neuron(int nin, Activation activation, RandomGenerator rng) {
        this(randomWeights(nin, rng), 0.0, activation);
    }

    /**
     * A neuron with the given weights and bias.
     *
     * @param weights one weight per input, at least one, all finite
     * @param bias the bias, finite
     * @param activation the nonlinearity
     */
    public Neuron(double[] weights, double bias, Activation activation) {
        Objects.requireNonNull(weights, "weights");
        if (weights.length < 1) {
            throw new IllegalArgumentException("a neuron needs at least 1 input, got 0");
        }
        List<Value> ws = new ArrayList<>(weights.length);
        for (int i = 0; i < weights.length; i++) {
            ws.add(new Value(finite(weights[i], "weight " + i)));
        }
        this.weights = Collections.unmodifiableList(ws);
        this.weightArray = ws.toArray(new Value[0]);
        this.bias = new Value(finite(bias, "bias"));
        this.activation = Objects.requireNonNull(activation, "activation");
        List<Value> ps = new ArrayList<>(ws);
        ps.add(this.bias);
        this.parameters = Collections.unmodifiableList(ps);
    }

    /**
     * A neuron over existing leaves, for example to share parameters or to let
     * {@link io.github.micrograd4j.core.check.GradientCheck} supply them.
     *
     * @param weights one leaf per input, at least one
     * @param bias a leaf
     * @param activation the nonlinearity
     * @throws IllegalArgumentException if a weight or the bias is not a leaf (an optimizer could not update it)
     */
    public Neuron(List<Value> weights, Value bias, Activation activation) {
        Objects.requireNonNull(weights, "weights");
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("a neuron needs at least 1 input, got 0");
        }
        for (int i = 0; i < weights.size(); i++) {
            leaf(Objects.requireNonNull(weights.get(i), "weight " + i), "weight " + i);
        }
        this.weights = List.copyOf(weights);
        this.weightArray = this.weights.toArray(new Value[0]);
        this.bias = leaf(Objects.requireNonNull(bias, "bias"), "the bias");
        this.activation = Objects.requireNonNull(activation, "activation");
        List<Value> ps = new ArrayList<>(this.weights);
        ps.add(this.bias);
        this.parameters = Collections.unmodifiableList(ps);
    }

    private static Value leaf(Value v, String what) {
        if (!v.isLeaf()) {
            throw new IllegalArgumentException(what + " must be a leaf (a parameter), got a value computed by '"
                    + v.opLabel() + "'");
        }
        return v;
    }

    private static double[] randomWeights(int nin, RandomGenerator rng) {
        if (nin < 1) {
            throw new IllegalArgumentException("a neuron needs at least 1 input, got " + nin);
        }
        Objects.requireNonNull(rng, "rng");
        double[] w = new double[nin];
        for (int i = 0; i < nin; i++) {
            w[i] = -1.0 + 2.0 * rng.nextDouble();
        }
        return w;
    }

    private static double finite(double d, String what) {
        return Require.finite(d, what);
    }

    /**
     * Computes {@code activation(b + w0*x0 + ... )}, building one node per operation.
     *
     * @param inputs one value per weight
     * @return the output node
     * @throws IllegalArgumentException if the number of inputs is wrong
     */
    public Value forward(List<Value> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        if (inputs.size() != weights.size()) {
            throw new IllegalArgumentException("expected " + weights.size() + " inputs, got " + inputs.size());
        }
        Value act = bias;
        Value[] w = weightArray;
        for (int i = 0; i < w.length; i++) {
            act = act.add(w[i].mul(inputs.get(i)));
        }
        return activation.apply(act);
    }

    /**
     * {@link #forward(List)} for a layer that has checked the inputs already: the same nodes, built
     * from an array, because the forward pass of a training step runs this for every neuron and point.
     */
    Value apply(Value[] inputs) {
        Value act = bias;
        Value[] w = weightArray;
        for (int i = 0; i < w.length; i++) {
            act = act.add(w[i].mul(inputs[i]));
        }
        return activation.apply(act);
    }

    /**
     * The weights, one per input.
     *
     * @return an unmodifiable list of leaves
     */
    public List<Value> weights() {
        return weights;
    }

    /**
     * The bias.
     *
     * @return a leaf
     */
    public Value bias() {
        return bias;
    }

    /**
     * The nonlinearity.
     *
     * @return the activation
     */
    public Activation activation() {
        return activation;
    }

    /**
     * The number of inputs.
     *
     * @return the number of weights
     */
    public int inputCount() {
        return weights.size();
    }

    /**
     * The weights followed by the bias, as micrograd's {@code Neuron.parameters()}.
     *
     * @return an unmodifiable list
     */
    @Override
    public List<Value> parameters() {
        return parameters;
    }

    @Override
    public String toString() {
        return (activation == Activation.LINEAR ? "Linear" : activation.id().toUpperCase(java.util.Locale.ROOT))
                + "Neuron(" + weights.size() + ")";
    }
}
