package io.github.micrograd4j.cli.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.micrograd4j.testkit.TestJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JSON docs/CLI.md promises: non-finite numbers as the strings {@code "NaN"}, {@code "Infinity"},
 * {@code "-Infinity"} (JSON has no such numbers), every field of {@code grad --json --check}, and
 * {@code train --json}'s {@code diverged}. Each output is parsed strictly, so invalid JSON fails too.
 */
class JsonContractsTest {

    private static Map<String, Object> valueLabelled(Map<String, Object> doc, String label) {
        for (Object v : TestJson.array(doc.get("values"))) {
            Map<String, Object> value = TestJson.object(v);
            if (label.equals(value.get("label"))) {
                return value;
            }
        }
        throw new AssertionError("no value labelled " + label);
    }

    @Test
    void nanAndTheInfinitiesAreStringsInGradJson() {
        // log(0) = -Infinity with d/da = +Infinity; n = a * log(a) = 0 * -Infinity = NaN
        CliRun run = CliRun.of("grad", "a = 0; l = log(a); n = a * l", "--json");
        assertThat(run.exitCode()).isZero();
        Map<String, Object> doc = TestJson.object(TestJson.parse(run.out()));
        assertThat(doc.get("output")).isEqualTo("n");
        assertThat(doc.get("data")).isEqualTo("NaN");
        assertThat(valueLabelled(doc, "l").get("data")).isEqualTo("-Infinity");
        assertThat(valueLabelled(doc, "a").get("data")).isEqualTo(0.0);
        // dn/dl = a = 0; dn/da = l + a * (1/a) * ... : not finite either way, and written as a string
        assertThat(valueLabelled(doc, "a").get("grad")).isInstanceOf(String.class).isIn("NaN", "Infinity", "-Infinity");
        CliRun inf = CliRun.of("grad", "a = 0; l = log(a)", "--json");
        Map<String, Object> infDoc = TestJson.object(TestJson.parse(inf.out()));
        assertThat(infDoc.get("data")).isEqualTo("-Infinity");
        assertThat(valueLabelled(infDoc, "a").get("grad")).isEqualTo("Infinity"); // d/da log(a) = 1/0
    }

    @Test
    void gradJsonHasEveryValueWithIdsInTopologicalOrder() {
        CliRun run = CliRun.of("grad", "a = 2; b = -3; L = a * b + a", "--json");
        Map<String, Object> doc = TestJson.object(TestJson.parse(run.out()));
        assertThat(doc).containsKeys("output", "data", "grad", "values").doesNotContainKey("check");
        assertThat(doc.get("data")).isEqualTo(-4.0);
        assertThat(doc.get("grad")).isEqualTo(1.0);
        List<Object> values = TestJson.array(doc.get("values"));
        for (int i = 0; i < values.size(); i++) {
            Map<String, Object> v = TestJson.object(values.get(i));
            assertThat(v).containsOnlyKeys("id", "label", "op", "data", "grad", "children");
            assertThat(v.get("id")).isEqualTo((double) i);
            for (Object child : TestJson.array(v.get("children"))) {
                assertThat((Double) child).as("a child comes before its user").isLessThan(i);
            }
        }
        assertThat(valueLabelled(doc, "a").get("grad")).isEqualTo(-2.0); // b + 1
        assertThat(valueLabelled(doc, "b").get("grad")).isEqualTo(2.0); // a
    }

    @Test
    void theCheckFields() {
        CliRun run = CliRun.of("grad", "a = 2; b = 0.5; L = a ** 3 * b", "--json", "--check");
        assertThat(run.exitCode()).isZero();
        Map<String, Object> check = TestJson.object(TestJson.object(TestJson.parse(run.out())).get("check"));
        assertThat(check).containsOnlyKeys("passed", "inputs");
        assertThat(check.get("passed")).isEqualTo(true);
        List<Object> inputs = TestJson.array(check.get("inputs"));
        assertThat(inputs).hasSize(2);
        Map<String, Object> a = TestJson.object(inputs.get(0));
        assertThat(a).containsOnlyKeys("name", "value", "analytic", "numeric", "error", "passed");
        assertThat(a.get("name")).isEqualTo("a");
        assertThat(a.get("value")).isEqualTo(2.0);
        assertThat((Double) a.get("analytic")).isCloseTo(3 * 2.0 * 2.0 * 0.5, within(1e-12)); // 3 a^2 b
        assertThat((Double) a.get("numeric")).isCloseTo(6.0, within(1e-5));
        assertThat((Double) a.get("error")).isBetween(0.0, 1e-5);
        assertThat(a.get("passed")).isEqualTo(true);
        Map<String, Object> b = TestJson.object(inputs.get(1));
        assertThat(b.get("name")).isEqualTo("b");
        assertThat((Double) b.get("analytic")).isCloseTo(8.0, within(1e-12)); // a^3
    }

    @Test
    void aFailedCheckIsFalseInTheJsonAndExitCodeOne() {
        // relu at 0: the analytic slope is 0 (as micrograd), the central difference 0.5
        CliRun run = CliRun.of("grad", "a = 0; L = relu(a)", "--json", "--check");
        assertThat(run.exitCode()).isEqualTo(1);
        Map<String, Object> check = TestJson.object(TestJson.object(TestJson.parse(run.out())).get("check"));
        assertThat(check.get("passed")).isEqualTo(false);
        Map<String, Object> a = TestJson.object(TestJson.array(check.get("inputs")).get(0));
        assertThat(a.get("analytic")).isEqualTo(0.0);
        assertThat((Double) a.get("numeric")).isCloseTo(0.5, within(1e-6));
        assertThat(a.get("passed")).isEqualTo(false);
    }

    @Test
    void trainJsonSaysWhereTrainingDiverged() {
        CliRun run = CliRun.of("train", "--points", "20", "--layers", "3", "--steps", "5", "--lr", "1e308", "--json");
        assertThat(run.exitCode()).isEqualTo(1);
        Map<String, Object> doc = TestJson.object(TestJson.parse(run.out()));
        assertThat((String) doc.get("diverged")).matches("in step \\d+'s update \\(.*(NaN|Infinity).*\\)");
        CliRun fine = CliRun.of("train", "--points", "20", "--layers", "3", "--steps", "5", "--json");
        assertThat(fine.exitCode()).isZero();
        assertThat(TestJson.object(TestJson.parse(fine.out()))).doesNotContainKey("diverged");
    }
}
