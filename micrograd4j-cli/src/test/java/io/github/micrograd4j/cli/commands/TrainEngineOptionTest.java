package io.github.micrograd4j.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.cli.CliRunner;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code train --engine graph|tape}: the same run either way, to 1e-12 relative. */
class TrainEngineOptionTest {
    private static final Pattern LOSS = Pattern.compile("\"loss\" : (\\S+?),");

    private static List<Double> losses(String json) {
        Matcher m = LOSS.matcher(json);
        List<Double> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(Double.parseDouble(m.group(1)));
        }
        return out;
    }

    @Test
    void tapeIsTheDefaultAndMatchesTheGraphEngineOnTheDemo() {
        CliRunner.Result byDefault = CliRunner.run("train", "--json");
        CliRunner.Result graph = CliRunner.run("train", "--json", "--engine", "graph");
        assertThat(byDefault.exitCode()).as(byDefault.err()).isZero();
        assertThat(graph.exitCode()).as(graph.err()).isZero();
        assertThat(byDefault.out()).contains("\"engine\" : \"tape\"");
        assertThat(graph.out()).contains("\"engine\" : \"graph\"");
        List<Double> tapeLosses = losses(byDefault.out());
        List<Double> graphLosses = losses(graph.out());
        assertThat(tapeLosses).hasSize(100 + 1).hasSameSizeAs(graphLosses); // each step, and the final loss
        for (int i = 0; i < tapeLosses.size(); i++) {
            double expected = graphLosses.get(i);
            assertThat(Math.abs(tapeLosses.get(i) - expected) / Math.abs(expected)).as("loss %d", i)
                    .isLessThanOrEqualTo(1e-12);
        }
    }

    @Test
    void softmaxFallsBackToTheGraphUnlessTheTapeIsAskedFor() {
        CliRunner.Result auto = CliRunner.run("train", "--dataset", "blobs", "--classes", "3", "--steps", "2");
        assertThat(auto.exitCode()).as(auto.err()).isZero();
        assertThat(auto.out()).contains("(graph engine)");
        CliRunner.Result tape = CliRunner.run("train", "--dataset", "blobs", "--classes", "3", "--steps", "2",
                "--engine", "tape");
        assertThat(tape.exitCode()).isEqualTo(2);
        assertThat(tape.out()).isEmpty();
        assertThat(tape.err()).startsWith("error: --engine tape does not support the softmax loss");
    }

    @Test
    void anUnknownEngineIsNamed() {
        CliRunner.Result r = CliRunner.run("train", "--engine", "gpu");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: --engine: unknown engine 'gpu'; expected one of graph, tape" + System.lineSeparator());
    }
}
