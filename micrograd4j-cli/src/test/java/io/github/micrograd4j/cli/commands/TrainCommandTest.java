package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.nn.run.RunMemory;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    @TempDir
    Path dir;

    @Test
    void aSmallRunLearnsTheMoonsAndPrintsProgressLines() {
        CliRun run = CliRun.of("train", "--points", "40", "--layers", "8", "--steps", "40", "--seed", "3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("training MLP(2 -> 8 relu -> 1 linear, 33 parameters) on moons (40 points");
        // not a terminal: plain lines about every tenth of the run, and the last step
        assertThat(run.out()).contains("step 1/40  loss").contains("step 5/40  loss").contains("step 40/40  loss");
        assertThat(finalAccuracy(CliRun.of("train", "--points", "40", "--layers", "8", "--steps", "40", "--seed", "3",
                "--json").out())).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void jsonHasTheHistoryAndTheSameSeedRepeatsIt() throws IOException {
        String[] args = {"train", "--points", "30", "--layers", "6", "--steps", "12", "--seed", "5", "--json"};
        CliRun a = CliRun.of(args);
        CliRun b = CliRun.of(args);
        assertThat(a.exitCode()).as(a.err()).isZero();
        List<Double> lossesA = numbers(a.out(), "loss");
        assertThat(lossesA).hasSize(12 + 1);   // 12 steps plus the final loss
        assertThat(numbers(b.out(), "loss")).isEqualTo(lossesA);
        assertThat(a.out()).contains("\"seed\" : 5").contains("\"loss_function\" : \"svm\"");
        assertThat(numbers(CliRun.of("train", "--points", "30", "--layers", "6", "--steps", "12", "--seed", "6",
                "--json").out(), "loss")).isNotEqualTo(lossesA);
    }

    @Test
    void theDefaultIsMicrogradsDemoAndReachesFullAccuracy() {
        CliRun run = CliRun.of("train", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"parameters\" : 337").contains("\"seed\" : 1337").contains("\"steps_run\" : 100");
        assertThat(finalAccuracy(run.out())).isEqualTo(1.0);
    }

    @Test
    void plotsAreWrittenAndDecodeAsImages() throws IOException {
        Path plots = dir.resolve("plots");
        CliRun run = CliRun.of("train", "--points", "30", "--layers", "6", "--steps", "5", "--plot", plots.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String name : List.of("boundary", "curves")) {
            BufferedImage png = ImageIO.read(plots.resolve(name + ".png").toFile());
            assertThat(png).as(name + ".png").isNotNull();
            assertThat(png.getWidth()).isGreaterThan(300);
            assertThat(Files.readString(plots.resolve(name + ".svg"))).startsWith("<?xml").contains("<svg").endsWith("</svg>\n");
        }
        assertThat(run.out()).contains("wrote " + plots.resolve("boundary.png"));
    }

    @Test
    void aSavedModelPredictsAndResumes() throws IOException {
        Path model = dir.resolve("model.json");
        CliRun train = CliRun.of("train", "--dataset", "blobs", "--classes", "3", "--points", "45", "--layers", "6",
                "--optimizer", "adam", "--steps", "40", "--save", model.toString(), "--json");
        assertThat(train.exitCode()).as(train.err()).isZero();
        assertThat(train.out()).contains("\"loss_function\" : \"softmax\"");
        assertThat(finalAccuracy(train.out())).isGreaterThanOrEqualTo(0.9);
        // blob centres are on a circle of radius 2 at angles 0, 120 and 240 degrees
        CliRun predict = CliRun.of("predict", "--model", model.toString(), "2,0", "-1,1.732", "-1,-1.732");
        assertThat(predict.exitCode()).as(predict.err()).isZero();
        assertThat(predict.out().lines()).hasSize(3);
        assertThat(predict.out().lines().toList().get(0)).startsWith("2,0 -> 0  (logits ");
        assertThat(predict.out().lines().toList().get(1)).startsWith("-1,1.732 -> 1 ");
        assertThat(predict.out().lines().toList().get(2)).startsWith("-1,-1.732 -> 2 ");
        CliRun resumed = CliRun.of("train", "--dataset", "blobs", "--classes", "3", "--points", "45", "--init",
                model.toString(), "--optimizer", "adam", "--steps", "2", "--json");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(numbers(resumed.out(), "accuracy").get(0)).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void csvDataTrainsAndBadRowsAreReportedByLine() throws IOException {
        StringBuilder csv = new StringBuilder("x1,x2,label\n");
        for (int i = 0; i < 20; i++) {
            csv.append(i % 2 == 0 ? "1.0," : "-1.0,").append(0.1 * i).append(',').append(i % 2 == 0 ? 1 : -1).append('\n');
        }
        Path good = Files.writeString(dir.resolve("good.csv"), csv);
        CliRun run = CliRun.of("train", "--dataset", good.toString(), "--layers", "4", "--steps", "30", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(finalAccuracy(run.out())).isEqualTo(1.0);
        Path bad = Files.writeString(dir.resolve("bad.csv"), "x1,x2,label\n1,2,1\n3,oops,-1\n");
        CliRun error = CliRun.of("train", "--dataset", bad.toString());
        assertThat(error.exitCode()).isEqualTo(2);
        assertThat(error.err()).isEqualTo("error: " + bad + ": line 3, column 2: 'oops' is not a finite number\n");
    }

    @Test
    void microgradsOwnRunIsReproducedFromTheReferenceFile() throws IOException {
        Path ref = dir.resolve("reference.json");
        try (InputStream in = getClass().getResourceAsStream("/micrograd-demo-seed1337.json")) {
            Files.write(ref, in.readAllBytes());
        }
        CliRun run = CliRun.of("train", "--reference", ref.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("micrograd's reference run, 100 steps compared").contains("MATCH (tolerance 1e-9)")
                .contains("0 accuracy mismatches").contains("first-step gradients within");
        // the generic options do the same: the reference's data and initial weights, micrograd's defaults
        CliRun generic = CliRun.of("train", "--dataset", ref.toString(), "--init", ref.toString(), "--json");
        assertThat(generic.exitCode()).as(generic.err()).isZero();
        assertThat(numbers(generic.out(), "loss").get(0)).isEqualTo(0.8958441028683222, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void userErrorsExitWith2AndANamedMessage() throws IOException {
        assertError(CliRun.of("train", "--dataset", "donut"), "unknown dataset 'donut'");
        assertError(CliRun.of("train", "--optimizer", "rmsprop"), "--optimizer: unknown optimizer 'rmsprop'; expected one of sgd, momentum, adam");
        assertError(CliRun.of("train", "--loss", "bce", "--dataset", "spirals", "--classes", "3"),
                "--loss: the bce loss handles 2 classes, got 3; use softmax");
        assertError(CliRun.of("train", "--layers", "4,0"), "--layers: every layer needs at least 1 neuron, got 0");
        assertError(CliRun.of("train", "--steps", "0"), "--steps must be at least 1, got 0");
        assertError(CliRun.of("train", "--reference", "r.json", "--seed", "1"), "drop --seed");
        assertError(CliRun.of("train", "--dataset", "moons", "--classes", "3"), "moons has 2 classes");
        Path truncated = Files.writeString(dir.resolve("t.json"), "{\"format\": \"micrograd4j-mlp\", \"version\": 1, \"inp");
        assertError(CliRun.of("predict", "--model", truncated.toString(), "1,2"), "is the file truncated?");
        assertError(CliRun.of("train", "--init", truncated.toString()), "is the file truncated?");
        assertError(CliRun.of("predict", "--model", dir.resolve("none.json").toString(), "1,2"), "no such file");
    }

    @Test
    void predictChecksItsPoints() throws IOException {
        Path model = dir.resolve("m.json");
        assertThat(CliRun.of("train", "--points", "20", "--layers", "3", "--steps", "2", "--save", model.toString())
                .exitCode()).isZero();
        assertError(CliRun.of("predict", "--model", model.toString(), "1,2,3"),
                "point 1 ('1,2,3') has 3 values, the model takes 2 inputs");
        assertError(CliRun.of("predict", "--model", model.toString(), "0,1", "1,x"),
                "point 2 ('1,x'), value 2: 'x' is not a finite number");
        assertError(CliRun.of("predict", "--model", model.toString(), "--bogus"), "unknown option '--bogus'");
        CliRun negative = CliRun.of("predict", "--model", model.toString(), "-0.5,0.25");
        assertThat(negative.exitCode()).as(negative.err()).isZero();
        assertThat(negative.out()).startsWith("-0.5,0.25 -> ").contains("(score ");
    }

    @Test
    void aDivergedRunWarnsExitsWith1AndRefusesToSave() {
        String[] diverging = {"train", "--points", "20", "--layers", "3", "--steps", "3", "--lr", "1e308"};
        CliRun run = CliRun.of(diverging);
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains("loss NaN");
        assertThat(run.err().lines().toList()).singleElement().asString()
                .matches("warning: training diverged in step \\d's update \\(loss \\S+ before it, the loss (NaN|-?Infinity) after\\); "
                        + ".*lower --lr.*");

        Path model = dir.resolve("diverged.json");
        CliRun save = CliRun.of(concat(diverging, "--save", model.toString()));
        assertError(save, "training diverged in step ");
        assertThat(save.err()).contains("; the model was not saved; lower --lr").doesNotContain("internal error");
        assertThat(model).doesNotExist();
    }

    /** One step: its loss is finite, the update is not; the loss after it names the divergence. */
    @Test
    void aRunThatDivergesInItsLastUpdateIsCaughtToo() {
        Path model = dir.resolve("last.json");
        CliRun save = CliRun.of("train", "--points", "20", "--layers", "3", "--steps", "1", "--lr", "1e308",
                "--save", model.toString());
        assertError(save, "training diverged in step 1's update (loss ");
        assertThat(save.err()).contains(" before it, the loss NaN after); the model was not saved");
        assertThat(model).doesNotExist();
    }

    // a bound, not a measurement: without the guards these runs would build 10^10 parameters or train for ever
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void impossibleNetworksAndStepCountsAreRefusedBeforeAnyWork() {
        CliRun wide = CliRun.of("train", "--layers", "100000,100000");
        assertError(wide, "--layers 100000,100000: MLP(2, [100000, 100000, 1]) would have 10,000,500,001 parameters; "
                + "train builds at most 10,000,000");
        assertThat(wide.out()).isEmpty();
        CliRun longRun = CliRun.of("train", "--steps", "2000000000", "--points", "2", "--layers", "1");
        assertError(longRun, "--steps 2000000000: recording every step needs about ");
        assertThat(longRun.err()).doesNotContain("out of memory");
        assertThat(longRun.out()).isEmpty();
    }

    @Test
    void parameterCountIsEachLayersInputsPlusBiasTimesNeurons() {
        // micrograd's demo MLP(2, [16, 16, 1]) has 337 parameters
        assertThat(RunMemory.parameterCount(2, List.of(16, 16, 1))).isEqualTo(337);
        assertThat(RunMemory.parameterCount(2, List.of(100_000, 100_000, 1)))
                .isEqualTo(3L * 100_000 + 100_001L * 100_000 + 100_001L);
    }

    @Test
    void outputPathsAreCheckedBeforeTraining() throws IOException {
        Path aFile = Files.writeString(dir.resolve("a-file"), "x");
        Path aDir = Files.createDirectory(dir.resolve("a-dir"));
        String[] run = {"train", "--points", "20", "--layers", "3", "--steps", "5"};
        CliRun saveToDir = CliRun.of(concat(run, "--save", aDir.toString()));
        assertError(saveToDir, "cannot write " + aDir + ": it is a directory");
        assertThat(saveToDir.out()).as("nothing trained").isEmpty();
        CliRun saveToMissingDir = CliRun.of(concat(run, "--save", dir.resolve("none/m.json").toString()));
        assertError(saveToMissingDir, "directory " + dir.resolve("none") + " does not exist");
        assertThat(saveToMissingDir.out()).isEmpty();
        CliRun plotToFile = CliRun.of(concat(run, "--plot", aFile.toString()));
        assertError(plotToFile, "cannot create directory " + aFile + ": a file of that name exists");
        assertThat(plotToFile.out()).isEmpty();
        CliRun plotUnderFile = CliRun.of(concat(run, "--plot", aFile.resolve("plots").toString()));
        assertError(plotUnderFile, "cannot create directory " + aFile.resolve("plots") + ": a file of that name exists");
        Files.createDirectories(aDir.resolve("curves.png"));
        CliRun plotOverDir = CliRun.of(concat(run, "--plot", aDir.toString()));
        assertError(plotOverDir, "cannot write " + aDir.resolve("curves.png") + ": it is a directory");
        assertThat(plotOverDir.out()).isEmpty();
        assertThat(aFile).hasContent("x");
        assertThat(dir.resolve("none")).doesNotExist();
    }

    @Test
    void predictPrintsHugeOutputsInScientificNotation() throws IOException {
        Path model = dir.resolve("m.json");
        assertThat(CliRun.of("train", "--points", "20", "--layers", "3", "--steps", "2", "--save", model.toString())
                .exitCode()).isZero();
        // a relu net is linear on each ray: at least one of the four corners gets a score near 1e200
        CliRun huge = CliRun.of("predict", "--model", model.toString(), "1e200,1e200", "-1e200,-1e200", "1e200,-1e200",
                "-1e200,1e200");
        assertThat(huge.exitCode()).as(huge.err()).isZero();
        double largest = 0;
        for (String line : huge.out().lines().toList()) {
            String score = line.replaceFirst(".*\\(score ([^)]*)\\)$", "$1");
            assertThat(score).as(line).hasSizeLessThan(20);
            largest = Math.max(largest, Math.abs(Double.parseDouble(score)));
        }
        assertThat(largest).as(huge.out()).isGreaterThan(1e150).isFinite();
        CliRun small = CliRun.of("predict", "--model", model.toString(), "0.5,0.25");
        assertThat(small.out()).matches("(?s)0\\.5,0\\.25 -> \\S+ {2}\\(score -?\\d+\\.\\d{6}(e[+-]\\d+)?\\)\\R");
    }

    private static String[] concat(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    @Test
    void demoMentionsTraining() {
        CliRun run = CliRun.of("demo", "--out", dir.toString());
        assertThat(run.out()).contains("./micrograd train");
    }

    private static void assertError(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: ").contains(message).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static double finalAccuracy(String json) {
        List<Double> acc = numbers(json, "accuracy");
        return acc.get(acc.size() - 1);
    }

    /** Every number under the given field name, in document order. */
    private static List<Double> numbers(String json, String field) {
        List<Double> out = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json.getBytes(StandardCharsets.UTF_8))) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t.isNumeric() && field.equals(p.currentName())) {
                    out.add(p.getDoubleValue());
                }
            }
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
        return out;
    }
}
