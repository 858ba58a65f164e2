package io.github.micrograd4j.cli;

import io.github.micrograd4j.cli.errors.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Hostile input for {@code micrograd grad}: seeded random and mutated programs (truncated, random
 * bytes, unicode, huge numbers, {@code 1e999}, garbage token soup) and a few monsters (100,000 nested
 * parentheses, 10 MB inputs). For every one the CLI must end with exit code 0 and a result, or exit
 * code 2 and an error whose first line names a line and column inside the program, followed at most
 * by the offending line and a caret. Never an uncaught exception, a stack trace or a hang.
 */
class ParserFuzzTest {
    static final int CASES = 100_000;
    static final long SEED = 6_2026L;
    private static final Pattern POSITION = Pattern.compile("^error: line (\\d+), column (\\d+): [^\\n]+$");

    private static final String[] SEEDS = {
        "a = -4.0; b = 2.0; c = a + b; d = a * b + b**3; c += c + 1; c += 1 + c + (-a)\n"
            + "d += d * 2 + relu(b + a); d += 3 * d + relu(b - a); e = c - d; f = e**2; g = f / 2.0; g += 10.0 / f",
        "a = 2; b = -3; c = 10; e = a*b; d = e + c; f = -2; L = d*f",
        "x1 = 2.0; x2 = 0.0; w1 = -3.0; w2 = 1.0; b = 6.8813735870195432\n"
            + "n = x1*w1 + x2*w2 + b; o = tanh(n)  # a neuron",
        "x = 0.5\ny = pow(x, 3) - sigmoid(x) ^ 2 / exp(-x)\nz = log(y * y + 1)\nL = (z - -x) ** -1.5",
        "a = 1e-3; b = .5; c = 1.e2; L = (a + (b * (c - (a / b)))) ** 2",
    };

    private static final String[] FRAGMENTS = {
        "a", "b", "x", "L", "_z9", "relu", "tanh", "exp", "log", "sigmoid", "pow", "foo", "(", ")", ",", "+", "-",
        "*", "/", "**", "^", "=", "+=", "-=", "*=", "/=", ";", "\n", "#", " ", "\t", "\r", "0", "1", "2.5", ".5",
        "1e5", "1e", "1e+", "1e999", "-1e999", "1e-999", "1e308", "1.7976931348623157e308", "4.9e-324", "0x10",
        "9".repeat(400), "0." + "0".repeat(400) + "1", "1_000", "NaN", "Infinity", "é", "π", "\u0000", "\u00a0",
        "\u2028", "\u202e", "\ufeff", "😀", "\ud800", "\udfff", "∞", "１", "（", "\\", "\"", "'", "@", "$", "!", "?",
        "{", "}", "[", "]", "<", ">", "%", "&", "|", "~", "`",
    };

    private volatile String current = "";

    @Test
    void randomAndMutatedProgramsNeverCrashOrHang() {
        assertTimeoutPreemptively(Duration.ofMinutes(3), this::fuzz, () -> "hung on: " + abbreviate(current));
    }

    private void fuzz() {
        SplittableRandom rng = new SplittableRandom(SEED);
        CliRunner.Reusable runner = new CliRunner.Reusable();
        int ok = 0;
        int rejected = 0;
        List<String> corpus = new ArrayList<>(List.of(SEEDS));
        for (int i = 0; i < CASES; i++) {
            if (i % 2000 == 0) {
                runner = new CliRunner.Reusable(); // a fresh command line now and then, as a user gets
            }
            String program = switch (rng.nextInt(6)) {
                case 0 -> tokenSoup(rng);
                case 1 -> randomChars(rng);
                default -> mutate(corpus.get(rng.nextInt(corpus.size())), rng);
            };
            String[] args = options(rng, program);
            current = program;
            CliRunner.Result outcome = runner.run(args);
            if (assertWellBehaved(program, outcome)) {
                ok++;
                if (corpus.size() < 200 && program.length() < 2000) {
                    corpus.add(program); // a program that runs is a good parent for more mutants
                }
            } else {
                rejected++;
            }
        }
        System.out.printf("parser fuzz: %d programs, %d ran, %d rejected%n", CASES, ok, rejected); // quoted in docs
        assertThat(ok + rejected).isEqualTo(CASES);
        assertThat(ok).as("programs that ran").isGreaterThan(CASES / 50);
        assertThat(rejected).as("programs rejected").isGreaterThan(CASES / 2);
    }

    private static String[] options(SplittableRandom rng, String program) {
        return switch (rng.nextInt(8)) {
            case 0 -> new String[] {"grad", "--json", "--", program};
            case 1 -> new String[] {"grad", "--detect-anomaly", "--", program};
            default -> new String[] {"grad", "--", program};
        };
    }

    /**
     * Exit 0 with output and nothing on stderr, or exit 2 with one positioned error line, optionally
     * followed by the program line and a caret.
     *
     * @return whether the program ran
     */
    static boolean assertWellBehaved(String program, CliRunner.Result outcome) {
        String context = "program: " + abbreviate(program) + "\nstdout: " + abbreviate(outcome.out())
                + "\nstderr: " + abbreviate(outcome.err());
        assertThat(outcome.exitCode()).as(context).isIn(ExitCodes.OK, ExitCodes.BAD_INPUT);
        if (outcome.exitCode() == ExitCodes.OK) {
            // issue 12: a NaN or infinite result is still a success, with one hint line on stderr
            assertThat(outcome.err()).as(context).matches("|note: [^\\n]+; rerun with --detect-anomaly [^\\n]+\\R");
            assertThat(outcome.out()).as(context).isNotBlank();
            return true;
        }
        String[] lines = outcome.err().split("\\R", -1);
        assertThat(lines.length).as(context).isIn(2, 4); // the message, [excerpt, caret,] and the final newline
        assertThat(lines[lines.length - 1]).as(context).isEmpty();
        Matcher m = POSITION.matcher(lines[0]);
        assertThat(m.matches()).as("a positioned one-line error; " + context).isTrue();
        int line = Integer.parseInt(m.group(1));
        int column = Integer.parseInt(m.group(2));
        String[] programLines = program.split("\n", -1);
        assertThat(line).as(context).isBetween(1, programLines.length);
        assertThat(column).as(context).isBetween(1, programLines[line - 1].length() + 1);
        if (lines.length == 4) {
            assertThat(lines[2].trim()).as(context).isEqualTo("^");
        }
        assertThat(outcome.err()).as(context).doesNotContain("Exception", "\tat ", "internal error");
        assertPrintable(outcome.err(), context);
        return false;
    }

    /** Errors echo program text: control, format and separator characters must come out escaped. */
    static void assertPrintable(String text, String context) {
        text.codePoints().filter(cp -> cp != '\n' && cp != '\r').forEach(cp -> {
            int type = Character.getType(cp);
            assertThat(type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR || type == Character.PRIVATE_USE)
                    .as("unprintable U+%04X in the error; %s", cp, context).isFalse();
        });
    }

    private static String tokenSoup(SplittableRandom rng) {
        StringBuilder text = new StringBuilder();
        int n = rng.nextInt(30);
        for (int i = 0; i < n; i++) {
            text.append(FRAGMENTS[rng.nextInt(FRAGMENTS.length)]);
            if (rng.nextBoolean()) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    private static String randomChars(SplittableRandom rng) {
        StringBuilder text = new StringBuilder();
        int n = rng.nextInt(40);
        for (int i = 0; i < n; i++) {
            int kind = rng.nextInt(4);
            if (kind == 0) {
                text.append((char) rng.nextInt(256)); // a random byte, as Latin-1
            } else if (kind == 1) {
                text.appendCodePoint(rng.nextInt(Character.MAX_CODE_POINT + 1) & ~0 ); // any code point
            } else {
                text.append((char) (32 + rng.nextInt(95))); // printable ASCII
            }
        }
        return text.toString();
    }

    private static String mutate(String parent, SplittableRandom rng) {
        StringBuilder text = new StringBuilder(parent);
        int edits = 1 + rng.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = text.length() == 0 ? 0 : rng.nextInt(text.length() + 1);
            switch (rng.nextInt(7)) {
                case 0 -> text.setLength(at); // truncation
                case 1 -> text.insert(at, FRAGMENTS[rng.nextInt(FRAGMENTS.length)]);
                case 2 -> {
                    int end = Math.min(text.length(), at + 1 + rng.nextInt(8));
                    text.delete(at, end);
                }
                case 3 -> {
                    int end = Math.min(text.length(), at + 1 + rng.nextInt(20));
                    text.insert(at, text.substring(at, end)); // duplication
                }
                case 4 -> text.insert(at, (char) rng.nextInt(256));
                case 5 -> text.insert(at, "(".repeat(rng.nextInt(50)));
                default -> {
                    if (at < text.length()) {
                        text.setCharAt(at, (char) (32 + rng.nextInt(95)));
                    }
                }
            }
        }
        return text.toString();
    }

    static String abbreviate(String text) {
        String shown = text.length() <= 300 ? text : text.substring(0, 300) + "... (" + text.length() + " chars)";
        return shown.replace("\n", "\\n");
    }
}
