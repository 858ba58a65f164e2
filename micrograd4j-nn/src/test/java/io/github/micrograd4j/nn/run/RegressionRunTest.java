package io.github.micrograd4j.nn.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.micrograd4j.nn.loss.ClassificationLoss;
import io.github.micrograd4j.nn.train.Engines;
import io.github.micrograd4j.nn.train.Trainer;
import io.github.micrograd4j.nn.train.TrainingEngine;
import io.github.micrograd4j.nn.train.TrainingHistory;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs on the regression datasets: their loss by default, training that fits, and the kinds kept apart. */
class RegressionRunTest {

    private static TrainingHistory train(Run run, Engines kind) {
        try (TrainingEngine e = kind.create(run.objective())) {
            return Trainer.train(e, run.optimizer(), run.settings().steps(), run.batches(), r -> { });
        }
    }

    @Test
    void regPlaneTrainsWithTheSquaredLossAndItsLossFalls() {
        Run run = Run.create(RunSettings.fromMap(Map.of("dataset", "reg-plane")), null);
        assertThat(run.loss()).isEqualTo(ClassificationLoss.SQUARED_ERROR);
        // micrograd's rate of 1 diverges on the squared loss: a regression starts from the optimizer's regression rate
        assertThat(run.settings().learningRate()).isEqualTo(0.1);
        assertThat(RunSettings.fromMap(Map.of("dataset", "reg-plane", "optimizer", "adam")).learningRate()).isEqualTo(0.05);
        assertThat(RunSettings.fromMap(Map.of("dataset", "reg-plane", "lr", "0.3")).learningRate()).isEqualTo(0.3);
        assertThat(run.model().outputCount()).isEqualTo(1);
        assertThat(Engines.defaultFor(run.objective())).isEqualTo(Engines.TAPE);
        TrainingHistory h = train(run, Engines.TAPE);
        double first = h.losses()[0];
        double last = h.last().loss();
        assertThat(last).as("loss %s -> %s", first, last).isLessThan(first / 10);
        assertThat(h.last().accuracy()).as("accuracy does not apply").isNaN();
    }

    @Test
    void tapeAndGraphAgreeOnARegressionRunWithBatchesAndATestSet() {
        Map<String, String> m = Map.of("dataset", "reg-gauss", "split", "0.75", "batch", "10", "steps", "30",
                "layers", "8,8", "activation", "tanh", "optimizer", "adam");
        TrainingHistory tape = train(Run.create(RunSettings.fromMap(m), null), Engines.TAPE);
        Run graphRun = Run.create(RunSettings.fromMap(m), null);
        TrainingHistory graph = train(graphRun, Engines.GRAPH);
        for (int k = 0; k < 30; k++) {
            assertThat(tape.losses()[k]).as("step %d", k + 1)
                    .isCloseTo(graph.losses()[k], within(1e-12 * Math.abs(graph.losses()[k])));
        }
        assertThat(graphRun.train().size()).isEqualTo(75);
        assertThat(graphRun.test().isRegression()).isTrue();
        assertThat(graphRun.test().size()).isEqualTo(25);
        double[] test = graphRun.testScores();
        assertThat(test[0]).isPositive().isFinite();
        assertThat(test[1]).isNaN();
    }

    @Test
    void aLossOfTheOtherKindIsRefusedNamingTheLossAndTheDataset() {
        RunSettings svm = RunSettings.fromMap(Map.of("dataset", "reg-plane", "loss", "svm"));
        assertThatThrownBy(() -> Run.create(svm, null)).isInstanceOf(SettingException.class)
                .hasMessage("loss: the svm loss is a classification loss and reg-plane is a regression dataset "
                        + "(real-valued targets); use squared");
        RunSettings squared = RunSettings.fromMap(Map.of("dataset", "moons", "loss", "squared"));
        assertThatThrownBy(() -> Run.create(squared, null)).isInstanceOf(SettingException.class)
                .hasMessage("loss: the squared loss is for regression datasets (real-valued targets) and moons has 2 "
                        + "classes; use svm, mse, bce, softmax");
        assertThat(Run.classCount(RunSettings.fromMap(Map.of("dataset", "reg-gauss")))).isZero();
        assertThat(Run.classCount(RunSettings.fromMap(Map.of("dataset", "blobs", "classes", "4")))).isEqualTo(4);
    }

    @Test
    void theSettingsTableListsTheRegressionDatasetsAndLoss() {
        assertThat(SettingsTable.DATASET.description()).contains("reg-plane").contains("reg-gauss");
        assertThat(SettingsTable.LOSS.description()).contains("squared for reg-plane and reg-gauss");
        assertThat(SettingsTable.NOISE.description()).contains("reg-plane 0");
    }
}
