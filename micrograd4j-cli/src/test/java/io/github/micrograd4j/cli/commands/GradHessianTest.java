package io.github.micrograd4j.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.cli.CliRunner;
import io.github.micrograd4j.cli.CliRunner.Result;
import io.github.micrograd4j.core.Numbers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code grad --hessian} and {@code grad --grad-graph}. */
class GradHessianTest {
    // f = x^2 y + sin(y): H = [[2y, 2x], [2x, -sin y]]
    private static final String PROGRAM = "y = 0.5; x = 1.5; f = x**2 * y + sin(y)";

    @Test
    void tableInTheProgramsInputOrder() {
        Result r = CliRunner.run("grad", PROGRAM, "--hessian");
        assertThat(r.exitCode()).isZero();
        List<String> lines = r.out().lines().toList();
        int at = lines.indexOf("Hessian of the output (row i, column j: d2 out / d row d column)");
        assertThat(at).isPositive();
        assertThat(lines.get(at + 1)).matches("\\s+y\\s+x");
        assertThat(lines.get(at + 2)).matches("y\\s+" + Numbers.readable(-Math.sin(0.5), 4).replace(".", "\\.")
                + "\\s+3\\.0000");
        assertThat(lines.get(at + 3)).matches("x\\s+3\\.0000\\s+1\\.0000");
    }

    @Test
    void jsonAddsTheMatrixWithNonFiniteNumbersAsStrings() throws IOException {
        Result r = CliRunner.run("grad", PROGRAM, "--hessian", "--json");
        assertThat(r.exitCode()).isZero();
        String compact = r.out().replaceAll("\\s+", "");
        assertThat(compact).endsWith(",\"hessian\":{\"inputs\":[\"y\",\"x\"],\"matrix\":[[" + -Math.sin(0.5)
                + ",3.0],[3.0,1.0]]}}");
        // log(x) at 0: d2/dx2 = -1/x^2 is -Infinity
        Result inf = CliRunner.run("grad", "x = 0; L = log(x)", "--hessian", "--json");
        assertThat(inf.out().replaceAll("\\s+", "")).endsWith("\"matrix\":[[\"-Infinity\"]]}}");
    }

    @Test
    void moreThanAThousandInputsAreRefusedUpFront() {
        StringBuilder program = new StringBuilder();
        for (int i = 0; i < 1001; i++) {
            program.append("x").append(i).append(" = 1\n");
        }
        program.append("L = x0 * x1");
        Result r = CliRunner.run("grad", program.toString(), "--hessian");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
        assertThat(r.err()).contains("1,001 inputs").contains("1,000");
    }

    @Test
    void gradGraphDrawsTheGradientsGraph(@TempDir Path dir) throws IOException {
        Path svg = dir.resolve("g.svg");
        Path dot = dir.resolve("g.dot");
        Result r = CliRunner.run("grad", PROGRAM, "--grad-graph", "x", "--svg", svg.toString(), "--dot",
                dot.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(svg)).contains("df/dx").startsWith("<");
        assertThat(Files.readString(dot)).contains("df/dx");
        Result unknown = CliRunner.run("grad", PROGRAM, "--grad-graph", "z", "--svg", svg.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no input named 'z'");
    }
}
