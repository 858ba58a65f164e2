package io.github.micrograd4j.nn;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * micrograd's demo model, defined once: {@code MLP(2, [16, 16, 1])}, ReLU hidden layers and a linear
 * output, 337 parameters. {@code train}'s default, its {@code --reference} run, the examples and the
 * benchmarks all build it from here.
 */
public final class MicrogradDemo {
    /** The inputs: the two coordinates of a moons point. */
    public static final int INPUTS = 2;
    /** The layer sizes: two hidden layers of 16 and one output. */
    public static final List<Integer> SIZES = List.of(16, 16, 1);
    /** Its parameter count: (2+1)*16 + (16+1)*16 + (16+1)*1. */
    public static final int PARAMETERS = 337;
    /** The seed of the demo's data; the weights use {@code SEED + 1}. */
    public static final long SEED = 1337L;

    private MicrogradDemo() {
    }

    /**
     * A new demo model with weights drawn from {@code rng}.
     *
     * @param rng the generator (micrograd4j's demo uses {@code new Random(SEED + 1)})
     * @return the model
     */
    public static MLP model(RandomGenerator rng) {
        return new MLP(rng, INPUTS, SIZES.stream().mapToInt(Integer::intValue).toArray());
    }
}
