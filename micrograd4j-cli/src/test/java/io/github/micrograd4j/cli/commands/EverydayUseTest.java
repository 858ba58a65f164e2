package io.github.micrograd4j.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12: the CLI's edges a newcomer meets (option errors, files it writes, step numbers, hints). */
class EverydayUseTest {
    @TempDir
    Path dir;

    /** Every malformed command line gets one or two lines naming the option or argument, never the usage. */
    @Test
    void optionErrorsAreOneOrTwoLinesNamingTheOptionAndTheValue() {
        String[][] cases = {
            {"--sgv", "grad", "a = 1", "--sgv", "x"},
            {"--svg", "grad", "a = 1", "--svg"},
            {"b = 2", "grad", "a = 1", "b = 2"},
            {"nan", "train", "--lr", "nan"},
            {"abc", "train", "--layers", "16,abc"},
            {"99999999999", "train", "--steps", "99999999999"},
            {"99999999999999999999", "train", "--seed", "99999999999999999999"},
            {"--stesp", "train", "--stesp", "3"},
            {"--colour", "demo", "--colour"},
            {"nosuch", "nosuch"},
            {"abc", "bench", "--chain", "abc"},
            {"--model", "predict", "1,2"},
        };
        for (String[] c : cases) {
            CliRun run = CliRun.of(java.util.Arrays.copyOfRange(c, 1, c.length));
            assertThat(run.exitCode()).as(String.join(" ", c)).isEqualTo(2);
            List<String> lines = run.err().lines().toList();
            assertThat(lines).as(run.err()).hasSizeBetween(1, 2);
            assertThat(lines.get(0)).startsWith("error: ").contains(c[0]);
            assertThat(run.err()).doesNotContain("Usage:");
        }
        assertThat(CliRun.of("train", "--stesp", "3").err()).contains("did you mean --steps");
        assertThat(CliRun.of("grad", "a = 1", "--sgv", "x").err()).contains("did you mean --svg");
        assertThat(CliRun.of("train", "--setps", "3").err()).contains("did you mean --steps");
        assertThat(CliRun.of("nosuch").err()).startsWith("error: unknown command 'nosuch'; the commands are demo, grad");
    }

    /** Text inputs that are not text, or endless, are refused from their first bytes or at the size limit. */
    @Test
    void inputsThatAreNotTextAreRefusedAtOnce() throws IOException {
        byte[] noise = new byte[1 << 16];
        new Random(5).nextBytes(noise);
        noise[0] = (byte) 0xFF; // never valid in UTF-8
        Path random = Files.write(dir.resolve("random.bin"), noise);
        for (String[] args : new String[][] {{"grad", "-f", random.toString()}, {"train", "--dataset", random.toString()}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).isEqualTo("error: cannot read " + random + ": it is not UTF-8 text\n");
        }
    }

    @Test
    void aNumberThatIsNotFiniteIsCalledThat() {
        for (String option : new String[] {"--lr", "--momentum", "--noise", "--l2"}) {
            CliRun run = CliRun.of("train", option, "1e400", "--steps", "1");
            assertThat(run.exitCode()).as(option).isEqualTo(2);
            assertThat(run.err()).as(option).contains(option + " must be a finite number, got Infinity")
                    .doesNotContain("positive");
        }
    }

    @Test
    void twoOutputsOnOnePathAndContradictingExtensionsAreRefusedBeforeAnythingIsWritten() throws IOException {
        Path x = dir.resolve("x");
        assertRefused(CliRun.of("grad", "a = 1; L = a * a", "--svg", x.toString(), "--png", x.toString()),
                "are the same file");
        Path steps = dir.resolve("steps");
        assertRefused(CliRun.of("grad", "a = 1; L = a * a", "--steps", steps.toString(), "--png",
                steps.resolve("step-01.png").toString()), "are the same file");
        assertRefused(CliRun.of("grad", "a = 1; L = a * a", "--png", dir.resolve("pic.svg").toString()),
                "the name says SVG but --png writes PNG");
        assertRefused(CliRun.of("grad", "a = 1; L = a * a", "--dot", dir.resolve("g.png").toString()),
                "--dot writes DOT");
        assertRefused(CliRun.of("train", "--steps", "1", "--save", dir.resolve("m.png").toString()), "--save writes JSON");
        // a symbolic link to another output is the same file too
        Path target = dir.resolve("g.svg");
        Path link = Files.createSymbolicLink(dir.resolve("link.svg"), target);
        assertRefused(CliRun.of("grad", "a = 1; L = a * a", "--svg", target.toString(), "--html",
                dir.resolve("w.html").toString(), "--svg", link.toString()), "");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("link.svg");
        }
    }

    @Test
    void anEmptyPathHasItsOwnMessage() {
        for (String option : new String[] {"--html", "--svg", "--png", "--dot", "--steps"}) {
            CliRun run = CliRun.of("grad", "a = 1; L = a * a", option, "");
            assertThat(run.exitCode()).as(option).isEqualTo(2);
            assertThat(run.err()).as(option).startsWith("error: " + option + ": the path is empty")
                    .doesNotContain("directory " + "does not exist").doesNotContain("it is a directory");
        }
        assertThat(CliRun.of("demo", "-o", "").err()).startsWith("error: --out: the path is empty");
        assertThat(CliRun.of("train", "--save", "").err()).startsWith("error: --save: the path is empty");
    }

    /** Steps of an earlier, longer run are removed: the folder never holds two graphs' steps. */
    @Test
    void stepPicturesOfAnEarlierRunAreReplacedNotMixed() throws IOException {
        Path steps = dir.resolve("s");
        assertThat(CliRun.of("grad", WalkthroughExample.PROGRAM, "--steps", steps.toString(), "--format", "svg,png")
                .exitCode()).isZero();
        assertThat(names(steps)).hasSize(14).contains("step-07.svg", "step-07.png");
        Files.writeString(steps.resolve("notes.txt"), "mine");
        CliRun shorter = CliRun.of("grad", "x = 3; y = x * x", "--steps", steps.toString());
        assertThat(shorter.exitCode()).as(shorter.err()).isZero();
        assertThat(names(steps)).containsExactlyInAnyOrder("step-01.svg", "step-02.svg", "notes.txt");
    }

    @Test
    void formatGivesStepPngsWithoutAWholeGraphPng() throws IOException {
        Path steps = dir.resolve("s");
        CliRun run = CliRun.of("grad", "x = 3; y = x * x", "--steps", steps.toString(), "--format", "png");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(names(steps)).containsExactlyInAnyOrder("step-01.png", "step-02.png");
        assertThat(CliRun.of("grad", "x = 3; y = x * x", "--format", "png").err()).contains("give --steps DIR too");
        assertThat(CliRun.of("grad", "x = 3; y = x * x", "--steps", steps.toString(), "--format", "gif").err())
                .contains("--format: unknown picture format 'gif'");
    }

    @Test
    void theTableShowsEveryStatementInProgramOrderWithDistinctNames() {
        CliRun alias = CliRun.of("grad", "a = 2; L = a");
        assertThat(alias.out().lines().skip(1).map(l -> l.split("\\s+")[0])).containsExactly("a", "L");
        assertThat(alias.out()).containsPattern("L\\s+= a\\s+2\\.0000\\s+1\\.0000");
        CliRun again = CliRun.of("grad", "a = 2; a = 3; L = a*a");
        assertThat(again.out().lines().skip(1).map(l -> l.split("\\s+")[0])).containsExactly("a", "a@1:8", "L");
        CliRun lines = CliRun.of("grad", "a = 2\nb = a * a\na = 5\nL = a + b");
        assertThat(lines.out().lines().skip(1).map(l -> l.split("\\s+")[0])).containsExactly("a", "b", "a@3:1", "L");
    }

    @Test
    void aNonFiniteResultHintsAtDetectAnomalyAndStillSucceeds() {
        CliRun nan = CliRun.of("grad", "a = 0; L = a / a");
        assertThat(nan.exitCode()).isZero();
        assertThat(nan.err()).contains("the output L is NaN").contains("rerun with --detect-anomaly");
        CliRun finite = CliRun.of("grad", "a = 2; L = a / a");
        assertThat(finite.err()).isEmpty();
    }

    @Test
    void aCheckFailingAtAKinkSaysTheOutputIsNotDifferentiableThere() {
        for (String program : new String[] {"a = 0; L = relu(a)", "x = 0; L = x ** 0.5 + x", "c = 1; L = relu(c - 1) * 3"}) {
            CliRun run = CliRun.of("grad", program, "--check");
            assertThat(run.exitCode()).as(program).isEqualTo(1);
            assertThat(run.out()).as(program).contains("the output is not differentiable at");
        }
        // relu(b) - relu(-b) is b: differentiable, but both relus sit at their kink and take relu'(0) = 0
        CliRun inner = CliRun.of("grad", "b = 0; L = relu(b) - relu(-b)", "--check");
        assertThat(inner.exitCode()).isEqualTo(1);
        assertThat(inner.out()).contains("b: a relu inside gets exactly 0 here, its kink");
        CliRun smooth = CliRun.of("grad", "a = 0.5; L = relu(a) * a", "--check");
        assertThat(smooth.exitCode()).isZero();
        assertThat(smooth.out()).doesNotContain("not differentiable");
    }

    /** k, the progress lines, the summary and the divergence warning count steps from 1. */
    @Test
    void stepsAreCountedFromOneEverywhere() {
        CliRun json = CliRun.of("train", "--points", "10", "--layers", "2", "--steps", "3", "--json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).contains("\"k\" : 1,").contains("\"k\" : 3,").doesNotContain("\"k\" : 0,");
        CliRun text = CliRun.of("train", "--points", "10", "--layers", "2", "--steps", "3");
        assertThat(text.out()).contains("step 1/3").contains("step 3/3").contains("(step 1 -> step 3)");
    }

    /** lr has one format for the whole run, chosen from its first value. */
    @Test
    void theLearningRateIsPrintedWithTheSameDecimalsOnEveryLine() {
        Random rng = new Random(12);
        for (int i = 0; i < 20; i++) {
            double lr = Math.pow(10, -5 + 7 * rng.nextDouble());
            CliRun run = CliRun.of("train", "--points", "10", "--layers", "2", "--steps", "12", "--lr", Double.toString(lr));
            List<Integer> decimals = run.out().lines().filter(l -> l.startsWith("step ")).map(l -> {
                String value = l.replaceAll(".*  lr (\\S+) .*", "$1");
                return value.length() - value.indexOf('.');
            }).distinct().toList();
            assertThat(decimals).as(run.out()).hasSize(1);
        }
    }

    @Test
    void runsThatCannotFitAreRefusedWithTheEstimateAndTheHeap() {
        for (String[] args : new String[][] {{"--layers", "3000,3000", "--steps", "1"}, {"--points", "100000000"}}) {
            CliRun run = CliRun.of(concat(new String[] {"train"}, args));
            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).startsWith("error: this run needs about ").contains("heap").doesNotContain("out of memory");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void aModelFileThatIsNotJsonIsRefusedFromItsFirstBytes() throws IOException {
        byte[] noise = new byte[1 << 20];
        new Random(3).nextBytes(noise);
        noise[0] = (byte) 0x89; // not '{', not blank
        Path random = Files.write(dir.resolve("random.bin"), noise);
        CliRun run = CliRun.of("predict", "--model", random.toString(), "1,2");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: " + random + ": not a JSON model: it starts with the byte 0x89, not '{'\n");
        Path empty = Files.writeString(dir.resolve("empty.json"), "  \n");
        assertThat(CliRun.of("train", "--init", empty.toString()).err()).contains("the file is empty");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static void assertRefused(CliRun run, String message) {
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: ").contains(message);
    }

    private static List<String> names(Path d) throws IOException {
        try (Stream<Path> files = Files.list(d)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
