package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.testkit.TestJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every {@code train} option docs/CLI.md lists that had no test ({@code --activation}, {@code --l2},
 * {@code --momentum}, {@code --noise}, {@code --schedule}) changes the run the way it says, read from
 * {@code --json}: each is compared with the same run without it, or with its documented formula.
 */
class TrainOptionsTest {
    private static final String[] SMALL = {"train", "--points", "30", "--layers", "4", "--steps", "6", "--seed", "7",
        "--json"};

    private static Map<String, Object> run(String... extra) {
        String[] args = new String[SMALL.length + extra.length];
        System.arraycopy(SMALL, 0, args, 0, SMALL.length);
        System.arraycopy(extra, 0, args, SMALL.length, extra.length);
        CliRun run = CliRun.of(args);
        assertThat(run.exitCode()).as("train %s: %s", String.join(" ", extra), run.err()).isZero();
        return TestJson.object(TestJson.parse(run.out()));
    }

    private static List<Double> column(Map<String, Object> doc, String field) {
        List<Double> values = new ArrayList<>();
        for (Object step : TestJson.array(doc.get("steps"))) {
            values.add((Double) TestJson.object(step).get(field));
        }
        return values;
    }

    private static double loss0(Map<String, Object> doc) {
        return column(doc, "loss").get(0);
    }

    @Test
    void l2AddsAlphaTimesTheSumOfSquaresToTheLoss() {
        // the same weights at step 0, so the loss is linear in alpha: L(2a) - L(0) = 2 (L(a) - L(0))
        Map<String, Object> none = run("--l2", "0");
        Map<String, Object> some = run("--l2", "0.01");
        Map<String, Object> twice = run("--l2", "0.02");
        assertThat(some.get("l2")).isEqualTo(0.01);
        double penalty = loss0(some) - loss0(none);
        assertThat(penalty).isPositive();
        assertThat(loss0(twice) - loss0(none)).isCloseTo(2 * penalty, within(1e-12 * Math.max(1, loss0(twice))));
        assertThat(column(some, "loss").subList(1, 6)).isNotEqualTo(column(none, "loss").subList(1, 6));
    }

    @Test
    void eachActivationGivesAnotherNet() {
        double relu = loss0(run("--activation", "relu"));
        double tanh = loss0(run("--activation", "tanh"));
        double sigmoid = loss0(run("--activation", "sigmoid"));
        assertThat(relu).isEqualTo(loss0(run())); // relu is the default
        assertThat(tanh).isNotEqualTo(relu);
        assertThat(sigmoid).isNotEqualTo(relu).isNotEqualTo(tanh);
        assertThat(TestJson.object(TestJson.parse(CliRun.of(concat(SMALL, "--activation", "tanh")).out())).get("model"))
                .asString().contains("tanh");
    }

    @Test
    void momentumChangesTheUpdatesButNotTheStartingPoint() {
        Map<String, Object> plain = run("--momentum", "0");
        Map<String, Object> heavy = run("--momentum", "0.9");
        assertThat(loss0(heavy)).isEqualTo(loss0(plain));
        assertThat(column(heavy, "loss").get(5)).isNotEqualTo(column(plain, "loss").get(5));
        assertThat(column(plain, "loss")).isEqualTo(column(run(), "loss")); // 0 is the default
    }

    @Test
    void noiseMovesThePoints() {
        double clean = loss0(run("--noise", "0"));
        double noisy = loss0(run("--noise", "0.3"));
        assertThat(noisy).isNotEqualTo(clean);
        assertThat(loss0(run("--noise", "0.1"))).isEqualTo(loss0(run())); // 0.1 is micrograd's and the default
    }

    @Test
    void schedulesFollowTheirFormulas() {
        List<Double> constant = column(run("--schedule", "constant", "--lr", "0.5"), "lr");
        assertThat(constant).hasSize(6).containsOnly(0.5);
        List<Double> linear = column(run("--schedule", "micrograd", "--lr", "0.5"), "lr");
        for (int k = 0; k < 6; k++) {
            // micrograd's notebook: lr = initial * (1 - 0.9 * k / steps)
            assertThat(linear.get(k)).as("step %d", k).isCloseTo(0.5 * (1 - 0.9 * k / 6), within(1e-15));
        }
        List<Double> cosine = column(run("--schedule", "cosine", "--lr", "0.5"), "lr");
        for (int k = 0; k < 6; k++) {
            assertThat(cosine.get(k)).as("step %d", k)
                    .isCloseTo(0.25 * (1 + Math.cos(Math.PI * k / 6)), within(1e-15));
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = new String[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
