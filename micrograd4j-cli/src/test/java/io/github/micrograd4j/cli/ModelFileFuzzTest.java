package io.github.micrograd4j.cli;

import io.github.micrograd4j.cli.errors.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Corrupt and truncated model files: {@code predict} and {@code train --init} read a model saved by
 * {@code train --save}; every prefix of one and thousands of seeded byte mutations must give a result
 * (exit 0) or a one-line error naming the file (exit 2), never a stack trace.
 */
class ModelFileFuzzTest {
    private static final int MUTANTS = 2_000;

    @TempDir
    Path dir;

    private String savedModel() throws IOException {
        Path model = dir.resolve("model.json");
        CliRunner.Result trained = CliRunner.run("train", "-s", "1", "-n", "10", "-l", "4,4", "--save", model.toString());
        assertThat(trained.exitCode()).as(trained.err()).isZero();
        return Files.readString(model);
    }

    private static void assertWellBehaved(Path file, String content, CliRunner.Result outcome) {
        String context = "model file: " + ParserFuzzTest.abbreviate(content) + "\nstderr: " + outcome.err();
        assertThat(outcome.exitCode()).as(context).isIn(ExitCodes.OK, ExitCodes.BAD_INPUT);
        if (outcome.exitCode() == ExitCodes.OK) {
            assertThat(outcome.out()).as(context).isNotBlank();
            return;
        }
        assertThat(outcome.err()).as(context).startsWith("error: ").endsWith("\n").contains(file.toString());
        assertThat(outcome.err().strip()).as(context).doesNotContain("\n", "Exception", "\tat ");
        ParserFuzzTest.assertPrintable(outcome.err(), context);
    }

    @Test
    void everyTruncationOfASavedModelIsAClearError() throws IOException {
        String model = savedModel();
        Path file = dir.resolve("truncated.json");
        CliRunner.Reusable runner = new CliRunner.Reusable();
        int end = model.stripTrailing().length();
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            for (int length = 0; length < end; length++) {
                String prefix = model.substring(0, length);
                Files.writeString(file, prefix, StandardCharsets.UTF_8);
                CliRunner.Result outcome = runner.run("predict", "--model", file.toString(), "0.5,0.2");
                assertWellBehaved(file, prefix, outcome);
                assertThat(outcome.exitCode()).as("a prefix of %d chars", length).isEqualTo(ExitCodes.BAD_INPUT);
                if (!prefix.isBlank()) {
                    assertThat(outcome.err()).as("a prefix of %d chars", length).contains("truncated");
                }
            }
        });
        Files.writeString(file, model.substring(0, end));
        assertThat(runner.run("predict", "--model", file.toString(), "0.5,0.2").exitCode()).isZero();
    }

    @Test
    void mutatedModelsGiveAResultOrAOneLineError() throws IOException {
        String model = savedModel();
        Path file = dir.resolve("mutant.json");
        CliRunner.Reusable runner = new CliRunner.Reusable();
        SplittableRandom rng = new SplittableRandom(4);
        String[] inserts = {"1e999", "-1e999", "NaN", "null", "[", "]", "{", "}", "\"", ",", ":", "\\u0000", "\\",
            "\"layers\": []", "1e308", "-0", "9".repeat(400), "\u2028", "\ud800", "😀", "true"};
        assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
            for (int i = 0; i < MUTANTS; i++) {
                StringBuilder text = new StringBuilder(model);
                for (int e = 0; e < 1 + rng.nextInt(3); e++) {
                    int at = rng.nextInt(text.length() + 1);
                    switch (rng.nextInt(4)) {
                        case 0 -> text.insert(at, inserts[rng.nextInt(inserts.length)]);
                        case 1 -> text.delete(at, Math.min(text.length(), at + 1 + rng.nextInt(10)));
                        case 2 -> text.insert(at, (char) rng.nextInt(256));
                        default -> {
                            if (at < text.length()) {
                                text.setCharAt(at, (char) (32 + rng.nextInt(95)));
                            }
                        }
                    }
                }
                String mutant = text.toString();
                Files.write(file, mutant.getBytes(StandardCharsets.UTF_8)); // a lone surrogate becomes "?"
                String[] args = i % 50 == 0
                        ? new String[] {"train", "-s", "1", "-n", "5", "--init", file.toString()}
                        : new String[] {"predict", "--model", file.toString(), "0.5,0.2"};
                assertWellBehaved(file, mutant, runner.run(args));
            }
        });
    }

    @Test
    void monstrousModelFilesAreRefusedQuickly() throws IOException {
        Path file = dir.resolve("monster.json");
        CliRunner.Reusable runner = new CliRunner.Reusable();
        String[] monsters = {"", "[".repeat(100_000), "{\"a\":".repeat(100_000), " ".repeat(10 * 1024 * 1024),
            "\"" + "x".repeat(10 * 1024 * 1024), "[" + "1,".repeat(3 * 1024 * 1024) + "1]"};
        for (String monster : monsters) {
            Files.writeString(file, monster, StandardCharsets.UTF_8);
            CliRunner.Result outcome = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> runner.run("predict", "--model", file.toString(), "0.5,0.2"));
            assertThat(outcome.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
            assertWellBehaved(file, monster, outcome);
            assertThat(outcome.err().length()).isLessThan(400);
        }
        Files.write(file, new byte[] {'{', (byte) 0xff, (byte) 0xfe, '}'});
        CliRunner.Result notText = runner.run("predict", "--model", file.toString(), "0.5,0.2");
        assertThat(notText.err()).isEqualTo("error: cannot read " + file + ": it is not UTF-8 text\n");
    }

    @Test
    void aSaveOrPlotThatCannotBeWrittenLeavesNothingBehind() throws IOException {
        Path target = Files.createDirectory(dir.resolve("model.json"));
        CliRunner.Result save = CliRunner.run("train", "-s", "1", "-n", "5", "--save", target.toString());
        assertThat(save.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(save.err()).isEqualTo("error: cannot write " + target + ": it is a directory\n");

        Path file = Files.writeString(dir.resolve("plots"), "keep");
        CliRunner.Result plot = CliRunner.run("train", "-s", "1", "-n", "5", "--plot", file.toString());
        assertThat(plot.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(plot.err().strip()).startsWith("error: cannot create directory " + file).doesNotContain("\n");
        assertThat(Files.readString(file)).isEqualTo("keep");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("model.json", "plots");
        }
    }
}
