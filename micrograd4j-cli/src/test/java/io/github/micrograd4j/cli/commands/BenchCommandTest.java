package io.github.micrograd4j.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.cli.CliRunner;
import io.github.micrograd4j.cli.bench.BenchFigure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code micrograd bench}: what it prints, not how fast anything is (timing belongs in JMH). */
class BenchCommandTest {

    @Test
    void tableShowsValueUnitTargetAndWhetherItIsMet() {
        String table = BenchCommand.table(List.of(
                new BenchFigure("a", "object graph: demo, 100 steps", 312.4, 330.0, 20.5, "ms", "<= 300 ms", false,
                        "median of 5"),
                new BenchFigure("b", "tape: demo, 100 steps, 1 thread", 9.87, 10.1, 0.5, "ms", "<= 10 ms", true, ""),
                new BenchFigure("c", "tape: compile", 4.2, Double.NaN, Double.NaN, "ms", "", null, "once")));
        assertThat(table.lines()).hasSize(4);
        assertThat(table).contains("312 ms").contains("<= 300 ms MISSED").contains("9.87 ms").contains("<= 10 ms met")
                .contains(" 4.20 ms");
        assertThat(table.lines().skip(3).findFirst().orElseThrow()).doesNotContain("met").contains("once");
    }

    @Test
    void jsonRunHasEveryFigureWithANumber() {
        CliRunner.Result r = CliRunner.run("bench", "--json", "--chain", "1000", "--no-process", "--warmup", "0.05",
                "--iterations", "2", "--time", "0.02");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("{\"machine\":{\"cores\":");
        for (String id : List.of("graph_100_steps_ms", "graph_values_per_second_millions",
                "graph_values_per_second_millions_backward", "tape_100_steps_ms_1_thread", "tape_100_steps_ms_2_threads",
                "tape_compile_ms", "gradient_1000_graph_us", "gradient_1000_recorded_us", "gradient_1000_tape_us",
                "chain_build_backward_s")) {
            assertThat(r.out()).contains("\"id\":\"" + id + "\",");
            java.util.regex.Matcher value = java.util.regex.Pattern
                    .compile("\"id\":\"" + id + "\",[^}]*?\"value\":([-0-9.eE+]+)").matcher(r.out());
            assertThat(value.find()).as("a numeric value for %s in %s", id, r.out()).isTrue();
            assertThat(Double.parseDouble(value.group(1))).as(id).isPositive().isFinite();
            if (!id.startsWith("chain")) {
                assertThat(r.out()).containsPattern("\"id\":\"" + id + "\",[^}]*?\"mean\":[0-9.eE+-]+,\"error\":[0-9.eE+-]+");
            }
        }
        assertThat(r.out()).doesNotContain("train_process_s").doesNotContain("NaN");
    }

    @Test
    void timingLengthsOutOfRangeAreBadInputs() {
        for (String[] args : new String[][] {{"--iterations", "1"}, {"--iterations", "12"}, {"--time", "0"},
            {"--warmup", "-1"}, {"--time", "NaN"}}) {
            CliRunner.Result r = CliRunner.run("bench", args[0], args[1]);
            assertThat(r.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(r.err()).startsWith("error: " + args[0] + " must be");
        }
    }

    @Test
    void aChainShorterThanOneIsABadInput() {
        CliRunner.Result r = CliRunner.run("bench", "--chain", "0");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: --chain must be at least 1, got 0" + System.lineSeparator());
    }
}
