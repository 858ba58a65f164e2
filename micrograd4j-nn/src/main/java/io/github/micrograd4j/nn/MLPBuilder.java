package io.github.micrograd4j.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.random.RandomGenerator;

/**
 * Builds an {@link MLP}, started by {@link MLP#of(int, int...)}; every setting has a default, so the
 * lecture's all-tanh net and micrograd's demo net read alike:
 *
 * <pre>{@code
 * MLP lecture = MLP.of(3, 4, 4, 1).activation(Activation.TANH).seed(42).build();   // tanh everywhere
 * MLP demo = MLP.of(2, 16, 16, 1).seed(1338).build();                              // relu, linear output
 * }</pre>
 *
 * <p>Defaults: micrograd's activations (ReLU hidden layers, a linear last layer) and seed 0; the
 * weights come from {@code new java.util.Random(seed)} unless {@link #random} gives a generator.
 */
public final class MLPBuilder {
    private final int inputs;
    private final List<Integer> sizes;
    private Activation hidden = Activation.RELU;
    private Activation output = Activation.LINEAR;
    private RandomGenerator rng;
    private long seed;

    MLPBuilder(int inputs, int... sizes) {
        if (inputs < 1) {
            throw new IllegalArgumentException("an MLP needs at least 1 input, got " + inputs);
        }
        if (sizes == null || sizes.length == 0) {
            throw new IllegalArgumentException("an MLP needs at least 1 layer: give the layer sizes after the inputs, "
                    + "as in MLP.of(3, 4, 4, 1)");
        }
        List<Integer> list = new ArrayList<>();
        for (int size : sizes) {
            if (size < 1) {
                throw new IllegalArgumentException("every layer needs at least 1 neuron, got " + size);
            }
            list.add(size);
        }
        this.inputs = inputs;
        this.sizes = List.copyOf(list);
    }

    /**
     * The same activation on every layer, the last included (the lecture's tanh net).
     *
     * @param all the activation
     * @return this builder
     */
    public MLPBuilder activation(Activation all) {
        this.hidden = Objects.requireNonNull(all, "activation");
        this.output = all;
        return this;
    }

    /**
     * The activation of every layer but the last.
     *
     * @param activation the activation (default ReLU)
     * @return this builder
     */
    public MLPBuilder hiddenActivation(Activation activation) {
        this.hidden = Objects.requireNonNull(activation, "activation");
        return this;
    }

    /**
     * The activation of the last layer.
     *
     * @param activation the activation (default linear)
     * @return this builder
     */
    public MLPBuilder outputActivation(Activation activation) {
        this.output = Objects.requireNonNull(activation, "activation");
        return this;
    }

    /**
     * Draw the weights from {@code new java.util.Random(seed)}: the same seed gives the same net on every JVM.
     *
     * @param seed the seed (default 0)
     * @return this builder
     */
    public MLPBuilder seed(long seed) {
        this.seed = seed;
        this.rng = null;
        return this;
    }

    /**
     * Draw the weights from this generator instead of a seeded {@code Random}.
     *
     * @param generator the generator
     * @return this builder
     */
    public MLPBuilder random(RandomGenerator generator) {
        this.rng = Objects.requireNonNull(generator, "generator");
        return this;
    }

    /**
     * The net.
     *
     * @return a new MLP with freshly drawn weights
     */
    public MLP build() {
        return new MLP(inputs, sizes, MLP.withActivations(sizes.size(), hidden, output),
                rng != null ? rng : new Random(seed));
    }
}
