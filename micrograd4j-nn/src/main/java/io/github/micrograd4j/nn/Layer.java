package io.github.micrograd4j.nn;

import io.github.micrograd4j.core.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A fully connected layer: neurons that all see the same inputs. {@link #forward} always returns a
 * list, even for a single neuron, so a one-neuron hidden layer feeds the next layer correctly
 * (micrograd returns a bare value there, which breaks {@code MLP(2, [16, 1, 1])}).
 */
public final class Layer implements Module {
    private final List<Neuron> neurons;
    /** The neurons again, as an array, for {@link #apply}. */
    private final Neuron[] neuronArray;
    private final List<Value> parameters;

    /**
     * A layer of {@code nout} random neurons with {@code nin} inputs each, created in order.
     *
     * @param nin inputs per neuron, at least 1
     * @param nout neurons, at least 1
     * @param activation every neuron's nonlinearity
     * @param rng the generator for the weights
     */
    public Layer(int nin, int nout, Activation activation, RandomGenerator rng) {
        this(randomNeurons(nin, nout, activation, rng));
    }

    /**
     * A layer of the given neurons.
     *
     * @param neurons at least one, all with the same number of inputs
     */
    public Layer(List<Neuron> neurons) {
        Objects.requireNonNull(neurons, "neurons");
        if (neurons.isEmpty()) {
            throw new IllegalArgumentException("a layer needs at least 1 neuron, got 0");
        }
        int nin = neurons.get(0).inputCount();
        for (int i = 0; i < neurons.size(); i++) {
            Neuron n = Objects.requireNonNull(neurons.get(i), "neuron " + i);
            if (n.inputCount() != nin) {
                throw new IllegalArgumentException("neuron " + i + " has " + n.inputCount() + " inputs, expected "
                        + nin + " like neuron 0");
            }
        }
        this.neurons = List.copyOf(neurons);
        this.neuronArray = this.neurons.toArray(new Neuron[0]);
        List<Value> ps = new ArrayList<>();
        for (Neuron n : this.neurons) {
            ps.addAll(n.parameters());
        }
        this.parameters = Collections.unmodifiableList(ps);
    }

    private static List<Neuron> randomNeurons(int nin, int nout, Activation activation, RandomGenerator rng) {
        if (nout < 1) {
            throw new IllegalArgumentException("a layer needs at least 1 neuron, got " + nout);
        }
        List<Neuron> ns = new ArrayList<>(nout);
        for (int i = 0; i < nout; i++) {
            ns.add(new Neuron(nin, activation, rng));
        }
        return ns;
    }

    /**
     * Every neuron's output, in order.
     *
     * @param inputs one value per input
     * @return a list of {@link #outputCount()} values
     */
    public List<Value> forward(List<Value> inputs) {
        List<Value> out = new ArrayList<>(neurons.size());
        for (Neuron n : neurons) {
            out.add(n.forward(inputs));
        }
        return out;
    }

    /** {@link #forward(List)} on inputs the caller has checked, array in, array out (see {@link MLP#forward}). */
    Value[] apply(Value[] inputs) {
        Neuron[] ns = neuronArray;
        Value[] out = new Value[ns.length];
        for (int i = 0; i < ns.length; i++) {
            out[i] = ns[i].apply(inputs);
        }
        return out;
    }

    /**
     * The neurons.
     *
     * @return an unmodifiable list
     */
    public List<Neuron> neurons() {
        return neurons;
    }

    /**
     * Inputs per neuron.
     *
     * @return the fan-in
     */
    public int inputCount() {
        return neurons.get(0).inputCount();
    }

    /**
     * The number of neurons.
     *
     * @return the fan-out
     */
    public int outputCount() {
        return neurons.size();
    }

    /**
     * The neurons' activation if they all share one (always the case for layers built by
     * {@link MLP}).
     *
     * @return the first neuron's activation
     */
    public Activation activation() {
        return neurons.get(0).activation();
    }

    @Override
    public List<Value> parameters() {
        return parameters;
    }

    @Override
    public String toString() {
        return "Layer of " + neurons;
    }
}
