package io.github.micrograd4j.nn.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.json.ReferenceRun;
import io.github.micrograd4j.nn.loss.ClassificationLoss;
import io.github.micrograd4j.nn.optim.LearningRate;
import io.github.micrograd4j.nn.optim.Sgd;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * micrograd's own demo run, reproduced number for number from the data micrograd dumped
 * ({@code micrograd-demo-seed1337.json}, copied from the shared reference folder into the test
 * resources): same points, same initial weights, same loss, same schedule.
 */
class MicrogradReferenceTest {
    private static final double RELATIVE = 1e-9;
    private static ReferenceRun reference;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = MicrogradReferenceTest.class.getResourceAsStream("/micrograd-demo-seed1337.json")) {
            assertThat(in).as("test resource micrograd-demo-seed1337.json").isNotNull();
            reference = ReferenceRun.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static MLP microgradNet() {
        MLP model = new MLP(new Random(0), 2, 16, 16, 1);
        model.setParameterData(reference.initialParameters());
        return model;
    }

    private static Objective objective(MLP model) {
        return new Objective(model, reference.dataset(), ClassificationLoss.MAX_MARGIN, 1e-4);
    }

    @Test
    void theReferenceHasTheDemosShape() {
        assertThat(reference.features()).hasNumberOfRows(100);
        assertThat(reference.initialParameters()).hasSize(337);
        assertThat(reference.step0Gradients()).hasSize(337);
        assertThat(reference.finalParameters()).hasSize(337);
        assertThat(reference.steps()).hasSize(100);
    }

    @Test
    void stepZeroLossAndEveryGradientMatchMicrograd() {
        MLP model = microgradNet();
        LossEvaluation e = new GraphEngine(objective(model)).evaluate();
        assertClose(e.loss(), reference.steps().get(0).loss(), "step 0 loss");
        assertThat(e.accuracy()).isEqualTo(reference.steps().get(0).accuracy());
        List<Value> ps = model.parameters();
        for (int i = 0; i < ps.size(); i++) {
            assertClose(ps.get(i).grad(), reference.step0Gradients()[i], "gradient of parameter " + i);
        }
    }

    @Test
    void everyStepAndTheFinalWeightsMatchMicrograd() {
        MLP model = microgradNet();
        Sgd sgd = new Sgd(model.parameters(), LearningRate.microgradLinear(1.0, 100));
        TrainingHistory history = Trainer.train(new GraphEngine(objective(model)), sgd, 100, r -> { });
        for (int k = 0; k < 100; k++) {
            StepRecord ours = history.steps().get(k);
            ReferenceRun.Step theirs = reference.steps().get(k);
            assertThat(ours.step()).isEqualTo(theirs.k());
            assertClose(ours.loss(), theirs.loss(), "loss at step " + k);
            assertThat(ours.accuracy()).as("accuracy at step " + k).isEqualTo(theirs.accuracy());
            assertThat(ours.learningRate()).as("learning rate at step " + k).isEqualTo(theirs.learningRate());
        }
        double[] fin = model.parameterData();
        for (int i = 0; i < fin.length; i++) {
            assertClose(fin[i], reference.finalParameters()[i], "final parameter " + i);
        }
        assertThat(history.last().accuracy()).isEqualTo(1.0);
    }

    @Test
    void twoRunsFromTheSameStartAreBitForBitEqual() {
        double[] first = run();
        double[] second = run();
        assertThat(second).containsExactly(first);
    }

    private static double[] run() {
        MLP model = microgradNet();
        Sgd sgd = new Sgd(model.parameters(), LearningRate.microgradLinear(1.0, 100));
        TrainingHistory h = Trainer.train(new GraphEngine(objective(model)), sgd, 20, r -> { });
        double[] w = model.parameterData();
        double[] out = java.util.Arrays.copyOf(w, w.length + h.steps().size());
        double[] losses = h.losses();
        System.arraycopy(losses, 0, out, w.length, losses.length);
        return out;
    }

    private static void assertClose(double actual, double expected, String what) {
        double scale = Math.max(Math.abs(expected), 1e-300);
        assertThat(Math.abs(actual - expected) / scale)
                .as("%s: ours %s, micrograd's %s", what, actual, expected)
                .isLessThanOrEqualTo(RELATIVE);
    }
}
