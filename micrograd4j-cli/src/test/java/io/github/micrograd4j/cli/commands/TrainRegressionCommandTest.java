package io.github.micrograd4j.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.testkit.TestJson;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train} on the regression datasets: the squared loss, its numbers, no accuracy, and the refusals. */
class TrainRegressionCommandTest {

    @TempDir
    Path dir;

    @Test
    void regPlaneTrainsWithTheSquaredLossAndSaysAccuracyDoesNotApply() {
        CliRun run = CliRun.of("train", "--dataset", "reg-plane");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("training MLP(2 -> 16 relu -> 16 relu -> 1 linear, 337 parameters) on reg-plane "
                + "(100 points, 2 features, real-valued targets), squared loss");
        assertThat(run.out()).contains("step 100/100  loss ").doesNotContain("accuracy 0")
                .contains("(accuracy does not apply to a regression dataset)");
    }

    @Test
    void jsonReportsTheFallingLossAndNullAccuracies() {
        CliRun run = CliRun.of("train", "--dataset", "reg-plane", "--split", "0.8", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Object> json = TestJson.object(TestJson.parse(run.out()));
        assertThat(json.get("dataset")).isEqualTo("reg-plane");
        assertThat(json.get("loss_function")).isEqualTo("squared");
        assertThat(((Number) json.get("classes")).intValue()).isZero();
        List<Object> steps = TestJson.array(json.get("steps"));
        assertThat(steps).hasSize(100);
        double first = ((Number) TestJson.object(steps.get(0)).get("loss")).doubleValue();
        Map<String, Object> last = TestJson.object(json.get("final"));
        double finalLoss = ((Number) last.get("loss")).doubleValue();
        assertThat(finalLoss).as("loss %s -> %s", first, finalLoss).isLessThan(first / 10).isPositive();
        assertThat(TestJson.object(steps.get(0))).containsEntry("accuracy", null);
        assertThat(last).containsEntry("accuracy", null).containsEntry("test_accuracy", null);
        assertThat(((Number) last.get("test_loss")).doubleValue()).isPositive();
        // the same command gives the same numbers
        Map<String, Object> again = TestJson.object(TestJson.parse(CliRun.of("train", "--dataset", "reg-plane", "--split",
                "0.8", "--json").out()));
        assertThat(TestJson.object(again.get("final")).get("loss")).isEqualTo(last.get("loss"));
    }

    @Test
    void aLossOfTheOtherKindIsRefusedNamingBoth() {
        CliRun svm = CliRun.of("train", "--dataset", "reg-gauss", "--loss", "svm");
        assertThat(svm.exitCode()).isEqualTo(2);
        assertThat(svm.err()).startsWith("error: --loss: the svm loss is a classification loss and reg-gauss is a "
                + "regression dataset (real-valued targets); use squared");
        CliRun squared = CliRun.of("train", "--dataset", "moons", "--loss", "squared");
        assertThat(squared.exitCode()).isEqualTo(2);
        assertThat(squared.err()).contains("the squared loss is for regression datasets (real-valued targets) and "
                + "moons has 2 classes; use svm, mse, bce, softmax");
        CliRun classes = CliRun.of("train", "--dataset", "reg-plane", "--classes", "3");
        assertThat(classes.err()).contains("reg-plane is a regression dataset (no classes); --classes 3 is for blobs");
        CliRun plot = CliRun.of("train", "--dataset", "reg-plane", "--plot", dir.toString());
        assertThat(plot.exitCode()).isEqualTo(2);
        assertThat(plot.err()).contains("reg-plane is a regression dataset (real-valued targets): drop --plot");
    }

    @Test
    void helpListsTheRegressionDatasetsAndLoss() {
        String help = CliRun.of("train", "--help").out().replaceAll("\\s+", " ");
        assertThat(help).contains("reg-plane").contains("reg-gauss").contains("squared for reg-plane and reg-gauss");
    }

    @Test
    void aSavedRegressionModelPredictsItsValue() {
        Path model = dir.resolve("plane.json");
        CliRun run = CliRun.of("train", "--dataset", "reg-plane", "--steps", "300", "--save", model.toString(),
                "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        CliRun predict = CliRun.of("predict", "--model", model.toString(), "0.5,0.5");
        assertThat(predict.exitCode()).as(predict.err()).isZero();
        // reg-plane's target at (0.5, 0.5) is 0.6 * (0.5 + 0.5) = 0.6
        double value = Double.parseDouble(predict.out().trim().replaceFirst("^0\\.5,0\\.5 -> ", ""));
        assertThat(value).isBetween(0.4, 0.8);
    }
}
