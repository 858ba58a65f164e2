package io.github.micrograd4j.nn.loss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.text.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The regression loss: its value, its gradient against finite differences, and the refusals of the other kind. */
class SquaredErrorLossTest {
    private static final ClassificationLoss SQ = ClassificationLoss.SQUARED_ERROR;

    @Test
    void itIsTheMeanSquaredErrorAgainstTheTargets() {
        List<List<Value>> out = List.of(List.of(new Value(0.5)), List.of(new Value(-1.0)), List.of(new Value(2.0)));
        Value loss = SQ.computeTargets(out, new double[] {0.25, 0.0, -1.0});
        assertThat(loss.data()).isCloseTo((0.0625 + 1.0 + 9.0) / 3, within(1e-15));
        assertThat(SQ.id()).isEqualTo("squared");
        assertThat(SQ.regression()).isTrue();
        assertThat(SQ.outputsFor(0)).isEqualTo(1);
        assertThat(ClassificationLoss.defaultFor(0)).isEqualTo(SQ);
    }

    /** Each output's analytic gradient against the central difference of the loss's value, at seeded points. */
    @Test
    void itsGradientMatchesFiniteDifferences() {
        Random rng = new Random(31);
        int n = 7;
        double[] p = new double[n];
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
            p[i] = rng.nextGaussian() * 2;
            t[i] = rng.nextDouble() * 2 - 1;
        }
        List<List<Value>> out = rows(p);
        Value loss = SQ.computeTargets(out, t);
        loss.backward();
        double h = 1e-6;
        for (int i = 0; i < n; i++) {
            double[] up = p.clone();
            double[] down = p.clone();
            up[i] += h;
            down[i] -= h;
            double numeric = (SQ.computeTargets(rows(up), t).data() - SQ.computeTargets(rows(down), t).data()) / (2 * h);
            assertThat(out.get(i).get(0).grad()).as("d loss / d out_%d", i).isCloseTo(numeric, within(1e-8));
            assertThat(out.get(i).get(0).grad()).isCloseTo(2 * (p[i] - t[i]) / n, within(1e-12));
        }
    }

    private static List<List<Value>> rows(double[] p) {
        List<List<Value>> out = new ArrayList<>();
        for (double x : p) {
            out.add(List.of(new Value(x)));
        }
        return out;
    }

    @Test
    void aLossOfTheOtherKindIsRefusedNamingBoth() {
        assertThat(ClassificationLoss.MAX_MARGIN.mismatch("reg-plane", 0).in(Language.EN)).isEqualTo("the svm loss "
                + "is a classification loss and reg-plane is a regression dataset (real-valued targets); use squared");
        assertThat(SQ.mismatch("moons", 2).in(Language.EN)).isEqualTo("the squared loss is for regression datasets "
                + "(real-valued targets) and moons has 2 classes; use svm, mse, bce, softmax");
        assertThat(ClassificationLoss.MAX_MARGIN.mismatch("reg-plane", 0).in(Language.ZH))
                .isEqualTo("svm 损失函数用于分类，而 reg-plane 是回归数据集（目标值为实数）；请用 squared");
        assertThat(SQ.mismatch("moons", 2).in(Language.ZH))
                .isEqualTo("squared 损失函数用于回归数据集（目标值为实数），而 moons 有 2 个类别；请用 svm, mse, bce, softmax");
        assertThat(SQ.mismatch("reg-gauss", 0)).isNull();
        assertThat(ClassificationLoss.MSE.mismatch("moons", 2)).isNull();
        assertThatThrownBy(() -> SQ.outputsFor(2)).hasMessageContaining("squared loss is for regression");
        assertThatThrownBy(() -> ClassificationLoss.BINARY_CROSS_ENTROPY.outputsFor(0))
                .hasMessageContaining("bce loss is a classification loss");
        assertThatThrownBy(() -> SQ.compute(List.of(List.of(new Value(1))), new int[] {1}))
                .hasMessage("the squared loss takes real-valued targets, not classes");
        assertThatThrownBy(() -> ClassificationLoss.MSE.computeTargets(List.of(List.of(new Value(1))), new double[] {1}))
                .hasMessage("the mse loss takes classes, not real-valued targets");
        assertThatThrownBy(() -> SQ.predict(new double[] {0.3})).hasMessageContaining("predicts a value, not a class");
    }
}
