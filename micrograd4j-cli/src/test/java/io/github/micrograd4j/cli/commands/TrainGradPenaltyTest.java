package io.github.micrograd4j.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.cli.CliRunner;
import io.github.micrograd4j.cli.CliRunner.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code train --grad-penalty}: trained on the graph engine, refused on the tape and when negative. */
class TrainGradPenaltyTest {

    @Test
    void trainsWithThePenaltyOnTheGraphEngine() {
        Result r = CliRunner.run("train", "--grad-penalty", "0.01", "--steps", "3", "--points", "20", "--layers", "4");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains(" + 0.01 mean |dloss_i/dx_i|²");
        Result plain = CliRunner.run("train", "--steps", "3", "--points", "20", "--layers", "4", "--engine", "graph");
        assertThat(plain.out()).doesNotContain("dloss_i/dx_i");
        // the penalty adds to the loss: the first step's loss differs
        assertThat(firstLoss(r.out())).isNotEqualTo(firstLoss(plain.out()));
    }

    @Test
    void refusedOnTheTapeAndWhenNegative() {
        Result tape = CliRunner.run("train", "--grad-penalty", "0.1", "--engine", "tape", "--steps", "1");
        assertThat(tape.exitCode()).isEqualTo(2);
        assertThat(tape.err()).contains("--engine tape does not support --grad-penalty");
        Result negative = CliRunner.run("train", "--grad-penalty", "-1", "--steps", "1");
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("--grad-penalty must be zero or more, got -1.0");
    }

    @Test
    void withAPlotTheRunPrintsHowSmoothTheDecisionFunctionIs(@TempDir Path dir) {
        Result r = CliRunner.run("train", "--grad-penalty", "0.03", "--steps", "3", "--points", "20", "--layers", "4",
                "--plot", dir.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("\ndecision boundary: mean \\|df/dx\\| \\d+\\.\\d{4}, boundary length "
                + "\\d+\\.\\d{4} \\(\\d+ class changes on 140 x \\d+ cells\\)\n");
        // not in --json (its contract is unchanged), nor without --plot
        Result json = CliRunner.run("train", "--steps", "3", "--points", "20", "--layers", "4", "--json", "--plot",
                dir.resolve("j").toString());
        assertThat(json.out()).doesNotContain("decision boundary:");
        Result none = CliRunner.run("train", "--steps", "3", "--points", "20", "--layers", "4");
        assertThat(none.out()).doesNotContain("decision boundary:");
    }

    private static String firstLoss(String out) {
        return out.lines().filter(l -> l.contains("loss")).skip(1).findFirst().orElse(out);
    }
}
