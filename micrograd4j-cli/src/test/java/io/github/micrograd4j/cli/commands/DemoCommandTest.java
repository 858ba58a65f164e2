package io.github.micrograd4j.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.cli.CliRunner;
import io.github.micrograd4j.cli.CliRunner.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @Test
    void printsTheWalkthroughStepsChecksAndWritesTheGraph(@TempDir Path dir) throws IOException {
        Result r = CliRunner.run("demo", "--out", dir.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .contains("L = d * f = -8.0")
                .contains("dL/dL = 1")
                .contains("dL/dd = dL/dL * dL/dd = 1.0000 * -2.0000 = -2.0000")
                .contains("dL/dc = dL/dd * dd/dc = -2.0000 * 1.0000 = -2.0000   because d = e + c, so dd/dc = 1")
                .contains("dL/da = dL/de * de/da = -2.0000 * -3.0000 = 6.0000   because e = a * b, so de/da = b")
                .contains("L.backward() gives the same: L 1 d -2 f 4 c -2 e -2 a 6 b -4")
                .contains("4 passed, 0 failed");
        Path dot = dir.resolve("graph.dot");
        assertThat(Files.readString(dot)).contains("{ L | data -8.0000 | grad 1.0000 }");
        assertThat(r.out()).contains("  " + dot + " (Graphviz DOT, draw_dot's format)");
    }

    @Test
    void anOutputDirectoryThatIsAFileIsABadInput(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "keep me");
        Result r = CliRunner.run("demo", "--out", file.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("error: cannot create directory " + file + ": a file of that name exists"
                + System.lineSeparator());
        assertThat(Files.readString(file)).isEqualTo("keep me");
    }
}
