package io.github.micrograd4j.cli;

import io.github.micrograd4j.cli.errors.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code grad --detect-anomaly}: the first NaN or infinity is one readable paragraph and exit code 2. */
class DetectAnomalyTest {

    @Test
    void aForwardAnomalyNamesTheStatementItsLineTheOpAndTheInput() {
        CliRunner.Result outcome = CliRunner.run("grad", "--detect-anomaly", "a = 0\nb = 2\nL = b * log(a)");
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).startsWith("error: line 3, column 1: in statement 'L': anomaly in forward: ")
                .contains("op log", "input 0.0 from 'a'", "-Infinity", "log(0)");
        assertThat(outcome.err().strip()).doesNotContain("\n");
    }

    @Test
    void aBackwardAnomalyNamesTheStatementThatBuiltTheNode() {
        CliRunner.Result outcome = CliRunner.run("grad", "--detect-anomaly", "x = 1e-300; a = x * 1e300; b = a * 1e300");
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(outcome.err()).startsWith("error: line 1, column 13: in statement 'a': anomaly in backward: ")
                .contains("node 'a'", "op *", "1.0E-300 from 'x'", "Infinity");
        assertThat(outcome.err().strip()).doesNotContain("\n");
    }

    @Test
    void divisionByZeroIsExplained() {
        CliRunner.Result outcome = CliRunner.run("grad", "--detect-anomaly", "a = -1; b = a / 0");
        assertThat(outcome.err()).contains("in statement 'b'", "division by zero");
    }

    @Test
    void withoutTheOptionTheSameProgramPrintsInfinities() {
        CliRunner.Result outcome = CliRunner.run("grad", "a = 0\nb = 2\nL = b * log(a)");
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out()).contains("-Infinity");
    }

    @Test
    void aFiniteProgramGivesTheSameOutputWithAndWithoutTheOption() {
        String program = "a = -4.0; b = 2.0; c = a + b; d = a * b + b**3; c += c + 1; c += 1 + c + (-a)\n"
                + "d += d * 2 + relu(b + a); d += 3 * d + relu(b - a); e = c - d; f = e**2; g = f / 2.0; g += 10.0 / f";
        CliRunner.Result plain = CliRunner.run("grad", program, "--json");
        CliRunner.Result checked = CliRunner.run("grad", "--detect-anomaly", program, "--json");
        assertThat(checked.exitCode()).isZero();
        assertThat(checked.out()).isEqualTo(plain.out());
    }

    @Test
    void theGradientCheckRunsInsideTheMode() {
        // finite where the program runs (a = 5e-7), but the check's central difference (eps 1e-6)
        // evaluates log at a - 1e-6 < 0: only a check that runs inside the mode stops there
        String program = "a = 5e-7; L = log(a)";
        CliRunner.Result plain = CliRunner.run("grad", "--check", program);
        assertThat(plain.exitCode()).as("without the mode the NaN only fails the check").isEqualTo(ExitCodes.CHECK_FAILED);
        CliRunner.Result checked = CliRunner.run("grad", "--detect-anomaly", "--check", program);
        assertThat(checked.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(checked.err()).contains("anomaly in forward", "op log", "NaN");
        assertThat(checked.err().strip()).doesNotContain("\n");

        CliRunner.Result fine = CliRunner.run("grad", "--detect-anomaly", "--check", "a = 2; L = a ** 3");
        assertThat(fine.exitCode()).isZero();
        assertThat(fine.out()).contains("12.0", "passed");
    }
}
