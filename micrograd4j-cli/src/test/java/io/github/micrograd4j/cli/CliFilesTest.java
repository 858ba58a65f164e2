package io.github.micrograd4j.cli;

import io.github.micrograd4j.cli.errors.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files the commands write: bad targets give one-line errors and leave what was there. */
class CliFilesTest {
    private static final String PROGRAM = "a = 2; b = -3; L = a * b";

    @TempDir
    Path dir;

    private long entries() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        }
    }

    @Test
    void dotIntoADirectoryIsAOneLineError() throws IOException {
        Path sub = Files.createDirectory(dir.resolve("graph.dot"));
        CliRunner.Result outcome = CliRunner.run("grad", PROGRAM, "--dot", sub.toString());
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(outcome.err()).isEqualTo("error: cannot write " + sub + ": it is a directory\n");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void dotIntoAMissingDirectoryIsAOneLineError() {
        Path target = dir.resolve("missing/graph.dot");
        CliRunner.Result outcome = CliRunner.run("grad", PROGRAM, "--dot", target.toString());
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(outcome.err()).startsWith("error: cannot write " + target + ": directory ").endsWith("does not exist\n");
    }

    @Test
    void aFailingRunLeavesThePreviousDotFile() throws IOException {
        Path target = Files.writeString(dir.resolve("graph.dot"), "digraph previous {}\n");
        CliRunner.Result bad = CliRunner.run("grad", "L = (", "--dot", target.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        CliRunner.Result anomaly = CliRunner.run("grad", "--detect-anomaly", "a = 0; L = log(a)", "--dot", target.toString());
        assertThat(anomaly.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(Files.readString(target)).isEqualTo("digraph previous {}\n");
        assertThat(entries()).isEqualTo(1);

        CliRunner.Result ok = CliRunner.run("grad", PROGRAM, "--dot", target.toString());
        assertThat(ok.exitCode()).isZero();
        assertThat(Files.readString(target)).startsWith("digraph").contains("label").isNotEqualTo("digraph previous {}\n");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void demoIntoAFileInsteadOfADirectoryIsAOneLineError() throws IOException {
        Path file = Files.writeString(dir.resolve("demo"), "not a directory");
        CliRunner.Result outcome = CliRunner.run("demo", "--out", file.toString());
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(outcome.err()).startsWith("error: cannot create directory " + file).doesNotContain("\tat ");
        assertThat(outcome.err().strip()).doesNotContain("\n");
        assertThat(Files.readString(file)).isEqualTo("not a directory");
    }
}
