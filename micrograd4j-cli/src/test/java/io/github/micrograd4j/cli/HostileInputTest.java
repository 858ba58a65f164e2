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
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The monsters the random fuzz cannot reach by chance: deep nesting, long chains, 10 MB inputs and
 * numbers beyond a double. Each must end in a result (exit 0) or a short positioned error (exit 2)
 * within a bounded time.
 */
class HostileInputTest {
    private static final int DEEP = 100_000;
    private static final int TEN_MB = 10 * 1024 * 1024;
    private static final Duration BOUND = Duration.ofSeconds(60);

    private static CliRunner.Result grad(Supplier<String> program, String... options) {
        return assertTimeoutPreemptively(BOUND, () -> {
            String text = program.get();
            String[] args = new String[options.length + 3];
            args[0] = "grad";
            System.arraycopy(options, 0, args, 1, options.length);
            args[args.length - 2] = "--";
            args[args.length - 1] = text;
            CliRunner.Result outcome = CliRunner.run(args);
            ParserFuzzTest.assertWellBehaved(text, outcome);
            return outcome;
        });
    }

    /** The row of the value labelled {@code label} in grad's table: label, [op,] data, grad. */
    private static String[] row(CliRunner.Result outcome, String label) {
        for (String line : outcome.out().split("\n")) {
            String[] cells = line.trim().split("\\s+");
            if (cells[0].equals(label)) {
                return cells;
            }
        }
        throw new AssertionError("no row '" + label + "' in\n" + outcome.out());
    }

    @Test
    void aHundredThousandNestedParentheses() {
        CliRunner.Result ok = grad(() -> "a = 3\nL = " + "(".repeat(DEEP) + "a * 2" + ")".repeat(DEEP));
        assertThat(ok.exitCode()).isZero();
        assertThat(row(ok, "L")).containsSequence("6.0000", "1.0000");

        CliRunner.Result unclosed = grad(() -> "L = " + "(".repeat(DEEP) + "1");
        assertThat(unclosed.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unclosed.err()).startsWith("error: line 1, column ").contains("is never closed");
        assertThat(unclosed.err().length()).isLessThan(400);

        CliRunner.Result unopened = grad(() -> "L = 1" + ")".repeat(DEEP));
        assertThat(unopened.err()).startsWith("error: line 1, column 6: unmatched ')'");
    }

    @Test
    void aHundredThousandNestedCallsUnaryMinusesAndPowers() {
        CliRunner.Result calls = grad(() -> "a = 0.5\nL = " + "tanh(".repeat(DEEP) + "a" + ")".repeat(DEEP));
        assertThat(calls.exitCode()).isZero();
        double expected = 0.5;
        double slope = 1.0;
        for (int i = 0; i < DEEP; i++) {
            expected = Math.tanh(expected);
            slope *= 1 - expected * expected;
        }
        assertThat(Double.parseDouble(row(calls, "L")[2])).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(Double.parseDouble(row(calls, "a")[2])).isCloseTo(slope, org.assertj.core.data.Offset.offset(1e-4));

        CliRunner.Result minuses = grad(() -> "a = 2\nL = " + "-".repeat(DEEP + 1) + "a");
        assertThat(row(minuses, "L")).containsSequence("-2.0000", "1.0000");
        assertThat(row(minuses, "a")).containsSequence("2.0000", "-1.0000");

        CliRunner.Result tower = grad(() -> "a = 1\nL = a" + " ** a".repeat(DEEP));
        assertThat(row(tower, "L")).containsSequence("1.0000", "1.0000");
    }

    @Test
    void numbersBeyondADouble() {
        assertThat(grad(() -> "L = 1e999").err()).startsWith("error: line 1, column 5: number '1e999' is too large");
        assertThat(grad(() -> "a = 2; L = a * -1e999").err()).contains("too large");
        assertThat(grad(() -> "L = " + "9".repeat(400)).err()).contains("too large for a double");
        assertThat(row(grad(() -> "L = 1e-999"), "L")).contains("0.0000");
        assertThat(row(grad(() -> "L = 1.7976931348623157e308"), "L")).contains("1.7977e+308");
        assertThat(row(grad(() -> "L = 4.9e-324"), "L")).contains("4.9000e-324");
        assertThat(grad(() -> "L = 1e").err()).contains("an exponent needs digits");
    }

    @Test
    void tenMegabytesOfAValidSum() {
        int terms = (TEN_MB - 20) / 4;
        CliRunner.Result outcome = grad(() -> "a = 1.5\nL = a" + " + a".repeat(terms));
        assertThat(outcome.exitCode()).isZero();
        assertThat(Double.parseDouble(row(outcome, "a")[2])).isEqualTo(terms + 1.0);
    }

    @Test
    void tenMegabytesOfGarbageOfOneNumberAndOfComment() {
        SplittableRandom rng = new SplittableRandom(10);
        CliRunner.Result garbage = grad(() -> {
            StringBuilder text = new StringBuilder(TEN_MB);
            while (text.length() < TEN_MB) {
                text.append((char) rng.nextInt(0x3000));
            }
            return text.toString();
        });
        assertThat(garbage.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(garbage.err().length()).isLessThan(400);

        CliRunner.Result number = grad(() -> "L = " + "7".repeat(TEN_MB));
        assertThat(number.err()).contains("too large for a double");
        assertThat(number.err().length()).isLessThan(400);

        CliRunner.Result comment = grad(() -> "#" + "x".repeat(TEN_MB));
        assertThat(comment.err()).startsWith("error: line 1, column " + (TEN_MB + 2) + ": the program has no statements");

        CliRunner.Result lateError = grad(() -> "L = 1" + " + 1".repeat(TEN_MB / 4) + " $");
        assertThat(lateError.err()).contains("unexpected character '$'").contains("...");
        assertThat(lateError.err().length()).isLessThan(400);
    }

    @Test
    void aHundredThousandStatementsFromAFile(@TempDir Path dir) throws IOException {
        StringBuilder text = new StringBuilder("x0 = 1\n");
        for (int i = 1; i < DEEP; i++) {
            text.append('x').append(i).append(" = x").append(i - 1).append(" * 1.00001\n");
        }
        Path file = dir.resolve("long.mg");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        CliRunner.Result outcome = assertTimeoutPreemptively(BOUND, () -> CliRunner.run("grad", "-f", file.toString()));
        assertThat(outcome.exitCode()).isZero();
        assertThat(Double.parseDouble(row(outcome, "x0")[2])).isCloseTo(Math.pow(1.00001, DEEP - 1),
                org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void aFileThatIsNotUtf8IsRefused(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("latin1.mg");
        Files.write(file, new byte[] {'L', ' ', '=', ' ', (byte) 0xE9});
        CliRunner.Result outcome = CliRunner.run("grad", "-f", file.toString());
        assertThat(outcome.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(outcome.err()).isEqualTo("error: cannot read " + file + ": it is not UTF-8 text\n");
    }
}
