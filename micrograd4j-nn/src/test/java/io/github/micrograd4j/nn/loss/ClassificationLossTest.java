package io.github.micrograd4j.nn.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.core.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationLossTest {

    @Test
    void outputsAndDefaults() {
        assertThat(ClassificationLoss.MAX_MARGIN.outputsFor(2)).isEqualTo(1);
        assertThat(ClassificationLoss.SOFTMAX_CROSS_ENTROPY.outputsFor(4)).isEqualTo(4);
        assertThat(ClassificationLoss.defaultFor(2)).isEqualTo(ClassificationLoss.MAX_MARGIN);
        assertThat(ClassificationLoss.defaultFor(3)).isEqualTo(ClassificationLoss.SOFTMAX_CROSS_ENTROPY);
        assertThatThrownBy(() -> ClassificationLoss.BINARY_CROSS_ENTROPY.outputsFor(3)).hasMessageContaining("use softmax");
        assertThatThrownBy(() -> ClassificationLoss.fromId("hinge")).hasMessageContaining("svm, mse, bce, softmax");
    }

    @Test
    void predictionsFollowTheScoresSignOrTheLargestLogit() {
        assertThat(ClassificationLoss.MAX_MARGIN.predict(new double[] {0.1})).isEqualTo(1);
        assertThat(ClassificationLoss.MAX_MARGIN.predict(new double[] {0.0})).isEqualTo(0);
        assertThat(ClassificationLoss.SOFTMAX_CROSS_ENTROPY.predict(new double[] {0.1, 3, -2})).isEqualTo(1);
    }

    @Test
    void classesBecomeTheRightTargets() {
        Value s0 = new Value(0.2);
        Value s1 = new Value(0.2);
        // class 0 -> target -1: hinge 1 + 0.2; class 1 -> target +1: hinge 1 - 0.2
        Value svm = ClassificationLoss.MAX_MARGIN.compute(List.of(List.of(s0), List.of(s1)), new int[] {0, 1});
        assertThat(svm.data()).isEqualTo(((0.0 + 1.2) + 0.8) * 0.5);
        Value bce = ClassificationLoss.BINARY_CROSS_ENTROPY.compute(List.of(List.of(new Value(0))), new int[] {1});
        assertThat(bce.data()).isEqualTo(Math.log(2));
    }
}
