package io.github.micrograd4j.nn.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.micrograd4j.core.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Optimizer steps against numbers worked out by hand. */
class OptimizersTest {

    @Test
    void sgdIsMicrogradsUpdate() {
        Value p = new Value(1.0);
        p.setGrad(0.5);
        Sgd sgd = new Sgd(List.of(p), LearningRate.constant(0.1));
        sgd.step();
        assertThat(p.data()).isEqualTo(1.0 - 0.1 * 0.5);
        assertThat(sgd.steps()).isEqualTo(1);
    }

    @Test
    void sgdFollowsItsSchedule() {
        Value p = new Value(0.0);
        p.setGrad(1.0);
        Sgd sgd = new Sgd(List.of(p), LearningRate.microgradLinear(1.0, 100));
        assertThat(sgd.learningRate()).isEqualTo(1.0);
        sgd.step();   // lr 1.0
        assertThat(sgd.learningRate()).isEqualTo(0.991);
        sgd.step();   // lr 1 - 0.9/100 = 0.991
        assertThat(p.data()).isEqualTo(-1.0 - 0.991, within(1e-15));
    }

    @Test
    void momentumAccumulatesAVelocity() {
        Value p = new Value(0.0);
        Sgd sgd = new Sgd(List.of(p), LearningRate.constant(0.1), 0.9);
        p.setGrad(1.0);
        sgd.step();                  // v = 1, p = -0.1
        assertThat(p.data()).isEqualTo(-0.1, within(1e-15));
        p.setGrad(1.0);
        sgd.step();                  // v = 0.9 + 1 = 1.9, p = -0.1 - 0.19 = -0.29
        assertThat(p.data()).isEqualTo(-0.29, within(1e-15));
    }

    @Test
    void adamsFirstStepMovesByTheLearningRateAndTheSecondByHandComputedAmount() {
        Value p = new Value(1.0);
        Adam adam = new Adam(List.of(p), LearningRate.constant(0.01));
        p.setGrad(4.0);
        adam.step();
        // m = 0.4, v = 0.016; mhat = 4, vhat = 16; step = 0.01 * 4 / (4 + 1e-8)
        assertThat(p.data()).isEqualTo(1.0 - 0.01 * 4 / (4 + 1e-8), within(1e-15));
        p.setGrad(-2.0);
        adam.step();
        double m = 0.9 * 0.4 + 0.1 * -2.0;         // 0.16
        double v = 0.999 * 0.016 + 0.001 * 4.0;    // 0.019984
        double mhat = m / (1 - 0.81);
        double vhat = v / (1 - 0.998001);
        assertThat(p.data()).isEqualTo(1.0 - 0.01 * 4 / (4 + 1e-8) - 0.01 * mhat / (Math.sqrt(vhat) + 1e-8),
                within(1e-15));
    }

    @Test
    void schedules() {
        LearningRate micrograd = LearningRate.microgradLinear(1.0, 100);
        for (int k = 0; k < 100; k++) {
            assertThat(micrograd.at(k)).isEqualTo(1.0 - 0.9 * k / 100);
        }
        assertThat(LearningRate.microgradLinear(2.0, 10).at(10)).isEqualTo(0.2, within(1e-15));
        LearningRate cosine = LearningRate.cosine(1.0, 10);
        assertThat(cosine.at(0)).isEqualTo(1.0);
        assertThat(cosine.at(5)).isEqualTo(0.5, within(1e-15));
        assertThat(cosine.at(10)).isEqualTo(0.0, within(1e-15));
        assertThat(LearningRate.constant(0.3).at(1234)).isEqualTo(0.3);
    }

    @Test
    void badHyperparametersAreNamed() {
        assertThatThrownBy(() -> LearningRate.constant(0)).hasMessageContaining("positive and finite, got 0.0");
        assertThatThrownBy(() -> new Sgd(List.of(), LearningRate.constant(1), 1.0)).hasMessageContaining("momentum");
        assertThatThrownBy(() -> new Adam(List.of(), LearningRate.constant(1), 1.0, 0.9, 1e-8)).hasMessageContaining("beta1");
    }
}
