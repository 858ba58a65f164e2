package io.github.micrograd4j.nn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.nn.Activation;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.data.Datasets;
import io.github.micrograd4j.nn.loss.ClassificationLoss;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The gradient penalty (double backprop) of {@link Objective}. */
class GradPenaltyTest {
    private static final double LAMBDA = 0.3;

    private static MLP net() {
        return MLP.of(2, 4, 1).activation(Activation.TANH).seed(5).build();
    }

    private static Dataset data() {
        return Datasets.moons(12, 0.1, new Random(3));
    }

    @Test
    void theLossAddsLambdaTimesTheMeanOverThePointsOfEachPointsSquaredInputGradient() {
        MLP model = net();
        Dataset data = data();
        double penalised = new Objective(model, data, ClassificationLoss.MSE, 0.0, LAMBDA).build().loss().data();
        // independently: each point's own loss term, backward(), its inputs' .grad squared; then the mean
        double squares = 0.0;
        List<List<Value>> outputs = new ArrayList<>();
        for (int i = 0; i < data.size(); i++) {
            List<Value> x = MLP.inputs(data.features(i));
            List<Value> out = model.forward(x);
            outputs.add(out);
            Value own = ClassificationLoss.MSE.compute(List.of(out), new int[] {data.classes()[i]});
            own.backward();
            squares += x.stream().mapToDouble(v -> v.grad() * v.grad()).sum();
        }
        double meanSquares = squares / data.size();
        assertThat(meanSquares).isGreaterThan(0.0);
        double dataLoss = ClassificationLoss.MSE.compute(outputs, data.classes()).data();
        assertThat(penalised).isCloseTo(dataLoss + LAMBDA * meanSquares, within(1e-12));
        // so lambda means the same for any number of points: twice the points drawn alike, the same penalty
        Dataset twice = new Dataset("twice", concat(data.features(), data.features()),
                concat(data.classes(), data.classes()), data.labelValues());
        double penalisedTwice = new Objective(model, twice, ClassificationLoss.MSE, 0.0, LAMBDA).build().loss().data();
        assertThat(penalisedTwice).isCloseTo(penalised, within(1e-12));
    }

    @Test
    void aMiniBatchsPenaltyIsTheMeanOverItsOwnPoints() {
        MLP model = net();
        Dataset data = data();
        int[] batch = {3, 0, 7};
        Objective objective = new Objective(model, data, ClassificationLoss.MSE, 0.0, LAMBDA);
        double penalised = objective.build(batch).loss().data();
        double squares = 0.0;
        List<List<Value>> outputs = new ArrayList<>();
        for (int i : batch) {
            List<Value> x = MLP.inputs(data.features(i));
            List<Value> out = model.forward(x);
            outputs.add(out);
            ClassificationLoss.MSE.compute(List.of(out), new int[] {data.classes()[i]}).backward();
            squares += x.stream().mapToDouble(v -> v.grad() * v.grad()).sum();
        }
        double dataLoss = ClassificationLoss.MSE.compute(outputs,
                new int[] {data.classes()[3], data.classes()[0], data.classes()[7]}).data();
        assertThat(penalised).isCloseTo(dataLoss + LAMBDA * squares / batch.length, within(1e-12));
    }

    private static double[][] concat(double[][] a, double[][] b) {
        double[][] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void theWeightsGradientIncludesThePenaltysOwnGradient() {
        MLP model = net();
        Objective objective = new Objective(model, data(), ClassificationLoss.MSE, 0.0, LAMBDA);
        Value loss = objective.build().loss();
        model.zeroGrad();
        loss.backward();
        Value w = model.parameters().get(1);
        double analytic = w.grad();
        double h = 1e-6;
        double at = w.data();
        w.setData(at + h);
        double up = objective.build().loss().data();
        w.setData(at - h);
        double down = objective.build().loss().data();
        w.setData(at);
        assertThat(analytic).isCloseTo((up - down) / (2 * h), within(1e-6 * Math.max(1, Math.abs(analytic))));
        // and it differs from the unpenalised gradient, so the penalty is trained
        Value plain = new Objective(model, data(), ClassificationLoss.MSE, 0.0).build().loss();
        model.zeroGrad();
        plain.backward();
        assertThat(Math.abs(w.grad() - analytic)).isGreaterThan(1e-6);
        assertThat(TapeEngine.supports(objective)).isFalse();
        assertThatThrownBy(() -> Engines.TAPE.create(objective)).hasMessageContaining("gradient penalty");
        assertThatThrownBy(() -> new Objective(model, data(), ClassificationLoss.MSE, 0.0, -1.0))
                .hasMessageContaining("got -1.0");
    }
}
