package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.nn.run.TrainCommandLine;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.nn.run.RunSettings;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code train}'s new options (features, L1, batch, split) and the command line made from settings. */
class TrainSettingsTest {

    @Test
    void theNewOptionsTrainAndReportTheTestSet() {
        CliRun run = CliRun.of("train", "--dataset", "xor", "--features", "x1,x2,x1x2", "--l1", "0.001", "--batch", "16",
                "--split", "0.8", "--layers", "6", "--steps", "30", "--optimizer", "momentum", "--lr", "0.1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("training MLP(3 -> 6 relu -> 1 linear, 31 parameters) on xor (80 points")
                .contains("+ 0.001 L1").contains("features x1,x2,x1x2").contains("20 test points")
                .contains("batches of 16").contains("sgd (momentum 0.9)").contains("; test: loss ");
        CliRun json = CliRun.of("train", "--split", "0.5", "--steps", "3", "--json");
        assertThat(json.out()).contains("\"test_loss\"").contains("\"test_accuracy\"");
    }

    /** A model trained on features saves them, and predict makes them from the point as training did. */
    @Test
    void aModelOnFeaturesSavesAndPredicts(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path model = dir.resolve("m.json");
        CliRun train = CliRun.of("train", "--dataset", "circles", "--features", "x1sq,x2sq", "--layers", "4",
                "--steps", "20", "--save", model.toString());
        assertThat(train.exitCode()).as(train.err()).isZero();
        String json = java.nio.file.Files.readString(model);
        assertThat(json).contains("\"features\": \"x1sq,x2sq\"");
        var saved = io.github.micrograd4j.nn.json.ModelJson.read(json);
        CliRun predict = CliRun.of("predict", "--model", model.toString(), "0.1,0.2", "1.5,-1.5");
        assertThat(predict.exitCode()).as(predict.err()).isZero();
        assertThat(predict.out()).contains("0.1,0.2 -> " + label(saved.predictLabel(0.1, 0.2)) + "  (score "
                + io.github.micrograd4j.core.Numbers.readable(saved.model().predict(0.1 * 0.1, 0.2 * 0.2)[0], 6) + ")");
        assertThat(CliRun.of("predict", "--model", model.toString(), "0.1,0.2,0.3").err())
                .contains("has 3 values, the model takes 2 inputs");
    }

    private static String label(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    /** A rate change is a setting like any other: in the command line, and refused when malformed. */
    @Test
    void rateChangesAreAnOption() {
        RunSettings s = RunSettings.fromMap(Map.of("lr-changes", "5:0.02,9:0.1", "steps", "12"));
        assertThat(TrainCommandLine.of(s, null)).isEqualTo("./micrograd train --lr-changes 5:0.02,9:0.1 --steps 12");
        CliRun a = CliRun.of("train", "--lr-changes", "5:0.02,9:0.1", "--steps", "12", "--json");
        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(CliRun.of("train", "--lr-changes", "5").err()).contains("--lr-changes: '5' is not STEP:RATE");
    }

    @Test
    void badValuesNameTheOption() {
        assertThat(CliRun.of("train", "--split", "0").err()).contains("--split must be in (0, 1], got 0.0");
        assertThat(CliRun.of("train", "--features", "x1,foo").err()).contains("--features: unknown feature 'foo'");
        assertThat(CliRun.of("train", "--l1", "-1").err()).contains("--l1 must be zero or more, got -1.0");
        assertThat(CliRun.of("train", "--batch", "-3").err()).contains("--batch must be zero (all points) or more, got -3");
        assertThat(CliRun.of("train", "--l1", "1e-3", "--l2", "1e-3").err()).contains("--l1 and --l2");
        assertThat(CliRun.of("train", "--l1", "1e-3", "--rate", "1e-3").err())
                .contains("--l1 and --l2 are short for --reg and --rate; give one form");
        assertThat(CliRun.of("train", "--points", "many").err()).contains("--points must be a whole number, got 'many'");
        assertThat(CliRun.of("train", "--optimizer", "rmsprop").err())
                .contains("--optimizer: unknown optimizer 'rmsprop'; expected one of sgd, momentum, adam");
    }

    /** The command line made from settings gives the same run as those settings (the same JSON losses). */
    @Test
    void theCommandLineReproducesTheSettings() {
        RunSettings s = RunSettings.fromMap(Map.of("dataset", "circles", "points", "40", "layers", "4,3",
                "reg", "l1", "rate", "0.002", "optimizer", "adam", "lr", "0.03", "steps", "7", "seed", "9",
                "features", "x1sq,x2sq"));
        String line = TrainCommandLine.of(s, null);
        assertThat(line).isEqualTo("./micrograd train --dataset circles --points 40 --features x1sq,x2sq --layers 4,3 "
                + "--reg l1 --rate 0.002 --optimizer adam --lr 0.03 --seed 9 --steps 7");
        String[] args = line.substring("./micrograd ".length()).split(" ");
        CliRun a = CliRun.of(concat(args, "--json"));
        assertThat(a.exitCode()).as(a.err()).isZero();
        assertThat(a.out()).contains("\"steps_run\" : 7").contains("\"seed\" : 9");
        assertThat(TrainCommandLine.of(RunSettings.DEFAULTS, null)).isEqualTo("./micrograd train");
        assertThat(TrainCommandLine.of(RunSettings.fromMap(Map.of("reg", "none")), null))
                .isEqualTo("./micrograd train --reg none");
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
