package io.github.micrograd4j.nn;

import io.github.micrograd4j.core.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A multi-layer perceptron, micrograd's {@code MLP(nin, nouts)}: layers of {@link Neuron}s, each
 * layer fed by the previous one's outputs.
 *
 * <pre>{@code
 * MLP model = MLP.of(2, 16, 16, 1).seed(1338).build();   // micrograd's demo net, 337 parameters
 * Value score = model.forwardScalar(MLP.inputs(0.5, -0.2));
 * }</pre>
 *
 * <p>Weights are drawn layer by layer, neuron by neuron, weight by weight from the generator passed
 * in, so the same seed gives the same net. Hidden layers use ReLU and the last layer is linear unless
 * other activations are given.
 */
public final class MLP implements Module {
    private final int inputCount;
    private final List<Layer> layers;
    private final List<Value> parameters;

    /**
     * micrograd's MLP: ReLU hidden layers, a linear last layer.
     *
     * @param rng the generator for the initial weights
     * @param nin the number of inputs, at least 1
     * @param sizes the number of neurons of each layer, at least one layer
     */
    public MLP(RandomGenerator rng, int nin, int... sizes) {
        this(nin, sizesList(sizes), defaultActivations(sizes.length), rng);
    }

    /**
     * An MLP with one activation per layer.
     *
     * @param nin the number of inputs, at least 1
     * @param sizes the number of neurons of each layer, at least one layer, each at least 1
     * @param activations one activation per layer
     * @param rng the generator for the initial weights
     */
    public MLP(int nin, List<Integer> sizes, List<Activation> activations, RandomGenerator rng) {
        this(nin, randomLayers(nin, sizes, activations, rng));
    }

    /**
     * An MLP made of the given layers (to load a saved model).
     *
     * @param nin the number of inputs
     * @param layers at least one; each layer's fan-in must equal the previous fan-out
     */
    public MLP(int nin, List<Layer> layers) {
        Objects.requireNonNull(layers, "layers");
        if (nin < 1) {
            throw new IllegalArgumentException("an MLP needs at least 1 input, got " + nin);
        }
        if (layers.isEmpty()) {
            throw new IllegalArgumentException("an MLP needs at least 1 layer, got 0");
        }
        int fanIn = nin;
        for (int i = 0; i < layers.size(); i++) {
            Layer l = Objects.requireNonNull(layers.get(i), "layer " + i);
            if (l.inputCount() != fanIn) {
                throw new IllegalArgumentException("layer " + i + " expects " + l.inputCount() + " inputs, but "
                        + (i == 0 ? "the net has " : "layer " + (i - 1) + " gives ") + fanIn);
            }
            fanIn = l.outputCount();
        }
        this.inputCount = nin;
        this.layers = List.copyOf(layers);
        List<Value> ps = new ArrayList<>();
        for (Layer l : this.layers) {
            ps.addAll(l.parameters());
        }
        this.parameters = Collections.unmodifiableList(ps);
        labelParameters();
    }

    /**
     * Starts building an MLP: {@code MLP.of(3, 4, 4, 1).activation(Activation.TANH).seed(42).build()}
     * is the lecture's all-tanh net; without {@code activation} the hidden layers are ReLU and the last
     * is linear, as in micrograd.
     *
     * @param nin the number of inputs, at least 1
     * @param sizes the number of neurons of each layer, at least one layer
     * @return a builder
     */
    public static MLPBuilder of(int nin, int... sizes) {
        return new MLPBuilder(nin, sizes);
    }

    /**
     * ReLU for every layer but the last, which is linear: micrograd's {@code nonlin=i!=len(nouts)-1}.
     *
     * @param layerCount the number of layers
     * @return the activations
     */
    public static List<Activation> defaultActivations(int layerCount) {
        return withActivations(layerCount, Activation.RELU, Activation.LINEAR);
    }

    /**
     * One activation for the hidden layers and one for the last.
     *
     * @param layerCount the number of layers, at least 1
     * @param hidden the hidden layers' activation
     * @param output the last layer's activation
     * @return the activations
     */
    public static List<Activation> withActivations(int layerCount, Activation hidden, Activation output) {
        if (layerCount < 1) {
            throw new IllegalArgumentException("an MLP needs at least 1 layer, got " + layerCount);
        }
        List<Activation> as = new ArrayList<>(Collections.nCopies(layerCount - 1, Objects.requireNonNull(hidden)));
        as.add(Objects.requireNonNull(output));
        return as;
    }

    private static List<Integer> sizesList(int[] sizes) {
        List<Integer> out = new ArrayList<>(sizes.length);
        for (int s : sizes) {
            out.add(s);
        }
        return out;
    }

    private static List<Layer> randomLayers(int nin, List<Integer> sizes, List<Activation> activations,
            RandomGenerator rng) {
        Objects.requireNonNull(sizes, "sizes");
        Objects.requireNonNull(activations, "activations");
        Objects.requireNonNull(rng, "rng");
        if (nin < 1) {
            throw new IllegalArgumentException("an MLP needs at least 1 input, got " + nin);
        }
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException("an MLP needs at least 1 layer, got 0");
        }
        if (activations.size() != sizes.size()) {
            throw new IllegalArgumentException("expected " + sizes.size() + " activations (one per layer), got "
                    + activations.size());
        }
        List<Layer> layers = new ArrayList<>(sizes.size());
        int fanIn = nin;
        for (int i = 0; i < sizes.size(); i++) {
            int size = Objects.requireNonNull(sizes.get(i), "size of layer " + i);
            if (size < 1) {
                throw new IllegalArgumentException("layer " + i + " needs at least 1 neuron, got " + size);
            }
            layers.add(new Layer(fanIn, size, activations.get(i), rng));
            fanIn = size;
        }
        return layers;
    }

    /**
     * Names unlabelled parameters like {@code L0.N3.w1} and {@code L0.N3.b} so that graphs of a net are
     * readable; a label the caller gave is kept.
     */
    private void labelParameters() {
        for (int l = 0; l < layers.size(); l++) {
            List<Neuron> ns = layers.get(l).neurons();
            for (int n = 0; n < ns.size(); n++) {
                Neuron neuron = ns.get(n);
                for (int w = 0; w < neuron.inputCount(); w++) {
                    labelIfEmpty(neuron.weights().get(w), "L" + l + ".N" + n + ".w" + w);
                }
                labelIfEmpty(neuron.bias(), "L" + l + ".N" + n + ".b");
            }
        }
    }

    private static void labelIfEmpty(Value v, String label) {
        if (v.label().isEmpty()) {
            v.label(label);
        }
    }

    /**
     * Runs the net on inputs, building the graph.
     *
     * @param inputs one value per input
     * @return the last layer's outputs, always a list (of one value for a single output neuron)
     * @throws IllegalArgumentException if the number of inputs is wrong
     */
    public List<Value> forward(List<Value> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        if (inputs.size() != inputCount) {
            throw new IllegalArgumentException("expected " + inputCount + " inputs, got " + inputs.size());
        }
        Value[] x = inputs.toArray(new Value[0]);
        for (int i = 0; i < x.length; i++) {
            if (x[i] == null) {
                throw new NullPointerException("input " + i + " is null");
            }
        }
        for (Layer layer : layers) {
            x = layer.apply(x);
        }
        return new ArrayList<>(Arrays.asList(x));
    }

    /**
     * Runs a net with a single output, like micrograd's {@code model(x)} returning a bare value.
     *
     * @param inputs one value per input
     * @return the output
     * @throws IllegalStateException if the net has more than one output
     */
    public Value forwardScalar(List<Value> inputs) {
        if (outputCount() != 1) {
            throw new IllegalStateException("forwardScalar needs a net with 1 output, this one has " + outputCount()
                    + "; use forward");
        }
        return forward(inputs).get(0);
    }

    /**
     * The outputs' numbers for plain numeric inputs (builds and discards a graph).
     *
     * @param x one number per input
     * @return the outputs
     */
    public double[] predict(double... x) {
        List<Value> out = forward(inputs(x));
        double[] d = new double[out.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = out.get(i).data();
        }
        return d;
    }

    /**
     * Wraps numbers as input leaves, as micrograd's demo does with {@code list(map(Value, xrow))}.
     *
     * @param x the numbers
     * @return one new leaf per number
     */
    public static List<Value> inputs(double... x) {
        List<Value> in = new ArrayList<>(x.length);
        for (double d : x) {
            in.add(new Value(d));
        }
        return in;
    }

    /**
     * The layers, first to last.
     *
     * @return an unmodifiable list
     */
    public List<Layer> layers() {
        return layers;
    }

    /**
     * The number of inputs.
     *
     * @return nin
     */
    public int inputCount() {
        return inputCount;
    }

    /**
     * The number of outputs: the last layer's size.
     *
     * @return the output count
     */
    public int outputCount() {
        return layers.get(layers.size() - 1).outputCount();
    }

    /**
     * Each layer's size, e.g. {@code [16, 16, 1]} for micrograd's demo net.
     *
     * @return the sizes
     */
    public List<Integer> sizes() {
        List<Integer> s = new ArrayList<>(layers.size());
        for (Layer l : layers) {
            s.add(l.outputCount());
        }
        return List.copyOf(s);
    }

    /**
     * Each layer's activation.
     *
     * @return the activations
     */
    public List<Activation> activations() {
        List<Activation> s = new ArrayList<>(layers.size());
        for (Layer l : layers) {
            s.add(l.activation());
        }
        return List.copyOf(s);
    }

    /** Layers, then neurons, then each neuron's weights and bias: micrograd's order. */
    @Override
    public List<Value> parameters() {
        return parameters;
    }

    /**
     * A new MLP with the same architecture and a copy of this one's current weights.
     *
     * @return an independent copy
     */
    public MLP copy() {
        List<Layer> ls = new ArrayList<>(layers.size());
        for (Layer l : layers) {
            List<Neuron> ns = new ArrayList<>(l.outputCount());
            for (Neuron n : l.neurons()) {
                double[] w = new double[n.inputCount()];
                for (int i = 0; i < w.length; i++) {
                    w[i] = n.weights().get(i).data();
                }
                ns.add(new Neuron(w, n.bias().data(), n.activation()));
            }
            ls.add(new Layer(ns));
        }
        return new MLP(inputCount, ls);
    }

    /**
     * {@code MLP(2 -> 16 relu -> 16 relu -> 1 linear, 337 parameters)}.
     *
     * @return a one-line description
     */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("MLP(").append(inputCount);
        for (Layer l : layers) {
            sb.append(" -> ").append(l.outputCount()).append(' ').append(l.activation().id());
        }
        return sb.append(", ").append(parameterCount()).append(" parameters)").toString();
    }
}
