package io.github.micrograd4j.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link MLP#of}: one way to build a net, the same weights as the constructors for the same generator. */
class MLPBuilderTest {

    @Test
    void theBuilderDrawsTheSameNetAsTheConstructorsOnRandomShapes() {
        Random shapes = new Random(7);
        for (int trial = 0; trial < 30; trial++) {
            int inputs = 1 + shapes.nextInt(4);
            int[] sizes = new int[1 + shapes.nextInt(3)];
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = 1 + shapes.nextInt(5);
            }
            long seed = shapes.nextLong();
            MLP built = MLP.of(inputs, sizes).seed(seed).build();
            MLP micrograd = new MLP(new Random(seed), inputs, sizes);
            assertThat(built.parameterData()).containsExactly(micrograd.parameterData());
            assertThat(built.activations()).isEqualTo(micrograd.activations());

            Activation a = Activation.values()[shapes.nextInt(Activation.values().length)];
            MLP all = MLP.of(inputs, sizes).activation(a).seed(seed).build();
            List<Integer> sizeList = java.util.Arrays.stream(sizes).boxed().toList();
            MLP viaConstructor = new MLP(inputs, sizeList, MLP.withActivations(sizes.length, a, a), new Random(seed));
            assertThat(all.parameterData()).containsExactly(viaConstructor.parameterData());
            assertThat(all.activations()).containsOnly(a);
        }
    }

    @Test
    void theLecturesNetIsTanhEverywhere() {
        MLP n = MLP.of(3, 4, 4, 1).activation(Activation.TANH).seed(42).build();
        assertThat(n.sizes()).containsExactly(4, 4, 1);
        assertThat(n.activations()).containsExactly(Activation.TANH, Activation.TANH, Activation.TANH);
        MLP mixed = MLP.of(2, 3, 1).hiddenActivation(Activation.SIGMOID).outputActivation(Activation.TANH).build();
        assertThat(mixed.activations()).containsExactly(Activation.SIGMOID, Activation.TANH);
        assertThat(MicrogradDemo.model(new Random(1)).parameterCount()).isEqualTo(MicrogradDemo.PARAMETERS);
    }

    @Test
    void badShapesAreNamed() {
        assertThatThrownBy(() -> MLP.of(0, 1)).hasMessageContaining("at least 1 input, got 0");
        assertThatThrownBy(() -> MLP.of(3)).hasMessageContaining("at least 1 layer");
        assertThatThrownBy(() -> MLP.of(3, 4, 0)).hasMessageContaining("at least 1 neuron, got 0");
    }
}
