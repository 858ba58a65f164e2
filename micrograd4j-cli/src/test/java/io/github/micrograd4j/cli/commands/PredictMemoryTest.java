package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.nn.run.RunMemory;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.cli.errors.ExitCodes;
import io.github.micrograd4j.cli.Main;
import io.github.micrograd4j.cli.errors.UserErrorException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code predict}'s memory estimate: a model the heap cannot hold is refused before its weights become
 * values, with the estimate and the heap (exit code 2), and a heap the estimate says is enough is
 * enough. The last two run the real {@code main} in a child JVM with a chosen heap.
 */
class PredictMemoryTest {
    /** 2 inputs, hidden layers of 1,000 and 1,000, one output: 1,005,001 parameters. */
    private static final List<Integer> SIZES = List.of(1000, 1000, 1);

    @TempDir
    Path dir;

    @Test
    void theEstimateCountsTheParametersAndOnePointsForwardGraph() {
        assertThat(RunMemory.parameterCount(2, SIZES)).isEqualTo(3 * 1000 + 1001 * 1000 + 1001);
        // inputs, then (2 * fan-in + 2) values per neuron
        assertThat(PredictMemory.forwardValues(2, SIZES)).isEqualTo(2 + 6 * 1000 + 2002 * 1000 + 2002);
        long file = 8_000_000;
        assertThat(PredictMemory.estimate(file, 2, SIZES)).isEqualTo(file * PredictMemory.PARSED_BYTES_PER_FILE_BYTE
                + 1_005_001L * PredictMemory.BYTES_PER_PARAMETER
                + PredictMemory.forwardValues(2, SIZES) * PredictMemory.BYTES_PER_NODE);
        assertThat(PredictMemory.estimate(0, 2, List.of(100_000, 100_000, 1))).isGreaterThan(1L << 40);
        assertThat(PredictMemory.readEstimate(Long.MAX_VALUE)).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void aModelLargerThanTheHeapIsRefusedWithTheEstimateAndTheHeap() {
        Path file = Path.of("big.json");
        assertThatThrownBy(() -> PredictMemory.check(file, 8_000_000, 2, SIZES, 64L << 20))
                .isInstanceOf(UserErrorException.class)
                .hasMessageStartingWith("big.json: predicting with this model needs about ")
                .hasMessageContaining("1,005,001 parameters").hasMessageContaining("64 MB heap")
                .hasMessageContaining("JAVA_OPTS=-Xmx");
        assertThatCode(() -> PredictMemory.check(file, 8_000_000, 2, SIZES, 1L << 30)).doesNotThrowAnyException();
        assertThatThrownBy(() -> PredictMemory.checkRead(file, 200L << 20, 512L << 20))
                .hasMessage("big.json: reading this 200 MB model file needs about 1,200 MB, more than this JVM's "
                        + "512 MB heap; raise the heap (JAVA_OPTS=-Xmx...)");
        assertThatCode(() -> PredictMemory.checkRead(file, -1, 1)).as("a pipe's size is not known")
                .doesNotThrowAnyException();
    }

    @Test
    void predictRefusesAModelItsHeapCannotHoldAtOnceAndRunsWithTheHeapTheEstimateAsksFor() throws Exception {
        Path model = dir.resolve("big.json");
        Files.writeString(model, model(2, SIZES), StandardCharsets.UTF_8);
        long estimate = PredictMemory.estimate(Files.size(model), 2, SIZES);

        Child refused = predict(model, 64);
        assertThat(refused.exitCode).as(refused.err).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(refused.err).startsWith("error: " + model + ": predicting with this model needs about ")
                .contains("64 MB heap").doesNotContain("out of memory", "\tat ");
        assertThat(refused.err.strip().lines()).hasSize(1);
        assertThat(refused.out).isEmpty();

        // the heap the estimate asks for is enough (the estimate is not too low)
        long megabytes = (estimate >> 20) + 1;
        Child ran = predict(model, megabytes);
        assertThat(ran.exitCode).as("-Xmx%dm: %s", megabytes, ran.err).isZero();
        assertThat(ran.out).startsWith("0.5,-0.25 -> ");
    }

    private record Child(int exitCode, String out, String err) {
    }

    private Child predict(Path model, long heapMegabytes) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path out = dir.resolve("out-" + heapMegabytes + ".txt");
        Path err = dir.resolve("err-" + heapMegabytes + ".txt");
        Process child = new ProcessBuilder(List.of(java, "-Xmx" + heapMegabytes + "m", "-XX:+UseG1GC", "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "predict", "--model", model.toString(),
                "0.5,-0.25"))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        boolean ended = child.waitFor(120, TimeUnit.SECONDS);
        if (!ended) {
            child.destroyForcibly();
        }
        assertThat(ended).as("the child JVM ends").isTrue();
        return new Child(child.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** A model file in {@code ModelJson}'s format with small weights, short as numbers go (5 characters). */
    static String model(int inputs, List<Integer> sizes) {
        StringBuilder sb = new StringBuilder("{\n  \"format\": \"micrograd4j-mlp\",\n  \"version\": 1,\n  \"inputs\": ")
                .append(inputs).append(",\n  \"loss\": \"svm\",\n  \"labels\": [0.0, 1.0],\n  \"layers\": [");
        int fanIn = inputs;
        long k = 0;
        List<String> layers = new ArrayList<>();
        for (int l = 0; l < sizes.size(); l++) {
            StringBuilder layer = new StringBuilder("\n    {\"activation\": \"")
                    .append(l == sizes.size() - 1 ? "linear" : "relu").append("\", \"neurons\": [");
            for (int n = 0; n < sizes.get(l); n++) {
                layer.append(n == 0 ? "\n      {\"w\": [" : ",\n      {\"w\": [");
                for (int i = 0; i < fanIn; i++) {
                    layer.append(i == 0 ? "" : ", ").append((k++ % 2 == 0 ? "0.0" : "-0.0") + (1 + k % 9));
                }
                layer.append("], \"b\": 0.01}");
            }
            layers.add(layer.append("\n    ]}").toString());
            fanIn = sizes.get(l);
        }
        return sb.append(String.join(",", layers)).append("\n  ]\n}\n").toString();
    }
}
