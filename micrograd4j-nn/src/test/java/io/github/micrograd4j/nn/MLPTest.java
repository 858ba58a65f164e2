package io.github.micrograd4j.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.core.Value;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MLPTest {

    @Test
    void aNeuronSumsInMicrogradsOrderBiasFirst() {
        Neuron n = new Neuron(new double[] {0.1, 0.2, 0.3}, 0.7, Activation.LINEAR);
        Value out = n.forward(MLP.inputs(0.3, 0.6, 0.9));
        double expected = ((0.7 + 0.1 * 0.3) + 0.2 * 0.6) + 0.3 * 0.9;
        assertThat(out.data()).isEqualTo(expected);
        // the last op is the last addition, whose first child is the running sum
        assertThat(out.op().symbol()).isEqualTo("+");
        assertThat(out.child(1).data()).isEqualTo(0.3 * 0.9);
    }

    @Test
    void activationsAreApplied() {
        List<Value> x = MLP.inputs(1.0);
        assertThat(new Neuron(new double[] {-2}, 0, Activation.RELU).forward(x).data()).isEqualTo(0.0);
        assertThat(new Neuron(new double[] {-2}, 0, Activation.TANH).forward(x).data()).isEqualTo(Math.tanh(-2));
        assertThat(new Neuron(new double[] {-2}, 0, Activation.SIGMOID).forward(x).data())
                .isCloseTo(1 / (1 + Math.exp(2)), org.assertj.core.data.Offset.offset(1e-15));
        assertThat(new Neuron(new double[] {-2}, 0, Activation.LINEAR).forward(x).data()).isEqualTo(-2.0);
    }

    /**
     * java.util.Random's generator as its Javadoc specifies it (a 48-bit linear congruential
     * generator), written out here so that the expected weights do not come from the code under test.
     */
    private static final class SpecifiedLcg {
        private long seed;

        SpecifiedLcg(long seed) {
            this.seed = (seed ^ 0x5DEECE66DL) & ((1L << 48) - 1);
        }

        private int next(int bits) {
            seed = (seed * 0x5DEECE66DL + 0xBL) & ((1L << 48) - 1);
            return (int) (seed >>> (48 - bits));
        }

        double nextDouble() {
            return (((long) next(26) << 27) + next(27)) * 0x1.0p-53;
        }
    }

    @Test
    void initialisationIsMicrogradsUniformMinusOneToOneWithZeroBias() {
        Neuron n = new Neuron(3, Activation.RELU, new Random(42));
        SpecifiedLcg lcg = new SpecifiedLcg(42);
        for (Value w : n.weights()) {
            // micrograd: random.uniform(-1, 1) = -1 + (1 - -1) * random()
            assertThat(w.data()).isEqualTo(-1.0 + 2.0 * lcg.nextDouble()).isBetween(-1.0, 1.0);
        }
        assertThat(n.bias().data()).isEqualTo(0.0);
        // the first weight from the generator's definition, worked out outside Java: seed 42 scrambles to
        // 25214903879, the next two steps give next(26) = 48825972 and next(27) = 7337047, so
        // u = (48825972 * 2^27 + 7337047) / 2^53 = 0.7275636800328681
        assertThat(n.weights().get(0).data()).isCloseTo(-1.0 + 2.0 * 0.7275636800328681, within(1e-15));
    }

    @Test
    void microgradsDemoNetHas337ParametersInLayerNeuronWeightBiasOrder() {
        MLP m = new MLP(new Random(1), 2, 16, 16, 1);
        assertThat(m.parameterCount()).isEqualTo(337);
        assertThat(m.sizes()).containsExactly(16, 16, 1);
        assertThat(m.activations()).containsExactly(Activation.RELU, Activation.RELU, Activation.LINEAR);
        List<Value> ps = m.parameters();
        Neuron first = m.layers().get(0).neurons().get(0);
        assertThat(ps.subList(0, 3)).containsExactly(first.weights().get(0), first.weights().get(1), first.bias());
        assertThat(ps.get(ps.size() - 1)).isSameAs(m.layers().get(2).neurons().get(0).bias());
        assertThat(ps.get(0).label()).isEqualTo("L0.N0.w0");
        assertThat(m).hasToString("MLP(2 -> 16 relu -> 16 relu -> 1 linear, 337 parameters)");
    }

    @Test
    void aOneNeuronHiddenLayerWorks() {
        // micrograd issue #13: MLP(2, [16, 1, 1]) fails there because Layer returns a bare Value
        MLP m = new MLP(new Random(3), 2, 16, 1, 1);
        List<Value> out = m.forward(MLP.inputs(0.5, -0.5));
        assertThat(out).hasSize(1);
        assertThat(m.forwardScalar(MLP.inputs(0.5, -0.5)).data()).isEqualTo(out.get(0).data());
    }

    @Test
    void theSameSeedGivesTheSameNetAndAnotherSeedAnother() {
        assertThat(new MLP(new Random(5), 2, 4, 1).parameterData())
                .containsExactly(new MLP(new Random(5), 2, 4, 1).parameterData());
        assertThat(new MLP(new Random(5), 2, 4, 1).parameterData())
                .isNotEqualTo(new MLP(new Random(6), 2, 4, 1).parameterData());
    }

    @Test
    void forwardMatchesAHandComputedTwoLayerNet() {
        Neuron h0 = new Neuron(new double[] {1, -1}, 0.5, Activation.RELU);
        Neuron h1 = new Neuron(new double[] {-2, 0.5}, 0, Activation.RELU);
        Neuron o = new Neuron(new double[] {3, -4}, 0.25, Activation.LINEAR);
        MLP m = new MLP(2, List.of(new Layer(List.of(h0, h1)), new Layer(List.of(o))));
        // h0 = relu(0.5 + 2 - 1) = 1.5; h1 = relu(0 - 4 + 0.5) = 0; out = 0.25 + 4.5 - 0 = 4.75
        assertThat(m.predict(2, 1)).containsExactly(4.75);
    }

    @Test
    void badShapesAreRejectedWithTheNumbers() {
        MLP m = new MLP(new Random(1), 2, 3, 1);
        assertThatThrownBy(() -> m.forward(MLP.inputs(1, 2, 3))).hasMessage("expected 2 inputs, got 3");
        assertThatThrownBy(() -> new MLP(new Random(1), 2, 3, 0)).hasMessage("layer 1 needs at least 1 neuron, got 0");
        assertThatThrownBy(() -> new MLP(new Random(1), 0, 3)).hasMessage("an MLP needs at least 1 input, got 0");
        assertThatThrownBy(() -> new MLP(new Random(1), 2, 3, 2).forwardScalar(MLP.inputs(1, 2)))
                .hasMessageContaining("1 output, this one has 2");
        assertThatThrownBy(() -> m.setParameterData(new double[3])).hasMessage("expected 13 parameter values, got 3");
        Layer twoInputs = new Layer(2, 1, Activation.LINEAR, new Random(1));
        assertThatThrownBy(() -> new MLP(3, List.of(twoInputs))).hasMessage("layer 0 expects 2 inputs, but the net has 3");
        assertThatThrownBy(() -> Activation.fromId("gelu")).hasMessageContaining("'gelu'").hasMessageContaining("relu");
        assertThatThrownBy(() -> new Neuron(List.of(new Value(1).add(1)), new Value(0), Activation.RELU))
                .hasMessageContaining("must be a leaf");
    }

    @Test
    void zeroGradAndCopy() {
        MLP m = new MLP(new Random(9), 2, 3, 1);
        m.forwardScalar(MLP.inputs(1, 2)).backward();
        assertThat(m.parameters()).anyMatch(p -> p.grad() != 0);
        m.zeroGrad();
        assertThat(m.parameters()).allMatch(p -> p.grad() == 0);
        MLP c = m.copy();
        assertThat(c.parameterData()).containsExactly(m.parameterData());
        c.parameters().get(0).setData(99);
        assertThat(m.parameters().get(0).data()).isNotEqualTo(99);
    }
}
