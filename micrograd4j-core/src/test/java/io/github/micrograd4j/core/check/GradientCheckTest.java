package io.github.micrograd4j.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.micrograd4j.core.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradientCheckTest {

    private static Map<String, Double> walkthroughInputs() {
        Map<String, Double> in = new LinkedHashMap<>();
        in.put("a", 2.0);
        in.put("b", -3.0);
        in.put("c", 10.0);
        in.put("f", -2.0);
        return in;
    }

    private static Value walkthrough(Map<String, Value> in) {
        return in.get("a").mul(in.get("b")).add(in.get("c")).mul(in.get("f"));
    }

    @Test
    void walkthroughPassesWithEveryInputReported() {
        GradientCheckReport report = GradientCheck.defaults().check(walkthroughInputs(), GradientCheckTest::walkthrough);
        assertThat(report.passed()).isTrue();
        assertThat(report.output()).isEqualTo(-8.0);
        assertThat(report.inputs()).extracting(InputCheck::name).containsExactly("a", "b", "c", "f");
        assertThat(report.inputs()).extracting(InputCheck::analytic).containsExactly(6.0, -4.0, -2.0, 4.0);
        for (InputCheck line : report.inputs()) {
            assertThat(line.numeric()).isCloseTo(line.analytic(), within(1e-6));
            assertThat(line.error()).isEqualTo(Math.abs(line.analytic() - line.numeric()));
        }
        assertThat(report.toTable()).contains("4 passed, 0 failed");
    }

    @Test
    void walkthroughOneSidedGivesAbout3Point9999ForF() {
        GradientCheckReport report = GradientCheck.walkthrough().check(walkthroughInputs(), GradientCheckTest::walkthrough);
        InputCheck f = report.inputs().get(3);
        assertThat(f.numeric()).isCloseTo(4.0, within(1e-3));
        assertThat(report.settings().oneSided()).isTrue();
        assertThat(report.settings().eps()).isEqualTo(0.001);
    }

    @Test
    void theReportOrderIsTheMapsOwnOrByNameWhenTheMapHasNone() {
        // Map.of and HashMap iterate in an order that may change from run to run: the report sorts them
        Map<String, Double> unordered = new java.util.HashMap<>();
        String[] names = {"zeta", "b", "x10", "a", "x2", "m", "c", "y"};
        for (int i = 0; i < names.length; i++) {
            unordered.put(names[i], i + 1.0);
        }
        java.util.function.Function<Map<String, Value>, Value> sum = in -> Value.sum(in.values());
        assertThat(GradientCheck.defaults().check(unordered, sum).inputs()).extracting(InputCheck::name)
                .containsExactly("a", "b", "c", "m", "x10", "x2", "y", "zeta");
        assertThat(GradientCheck.defaults().check(Map.of("q", 1.0, "p", 2.0, "r", 3.0), sum).inputs())
                .extracting(InputCheck::name).containsExactly("p", "q", "r");
        // a LinkedHashMap's insertion order is kept
        Map<String, Double> chosen = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            chosen.put(names[i], i + 1.0);
        }
        assertThat(GradientCheck.defaults().check(chosen, sum).inputs()).extracting(InputCheck::name)
                .containsExactly(names);
        // and so is a sorted map's own order, even when it is not by name
        Map<String, Double> reversed = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        reversed.putAll(chosen);
        assertThat(GradientCheck.defaults().check(reversed, sum).inputs()).extracting(InputCheck::name)
                .containsExactly("zeta", "y", "x2", "x10", "m", "c", "b", "a");
    }

    @Test
    void aMissingValueIsNamed() {
        Map<String, Double> inputs = new LinkedHashMap<>();
        inputs.put("a", 1.0);
        inputs.put("b", null);
        assertThatThrownBy(() -> GradientCheck.defaults().check(inputs, in -> in.get("a").mul(in.get("b"))))
                .isInstanceOf(NullPointerException.class).hasMessage("value of input 'b'");
    }

    @Test
    void aWrongDerivativeFails() {
        // relu's kink: at exactly 0 backprop says 0, the central difference says 0.5
        GradientCheckReport report = GradientCheck.defaults().check(Map.of("x", 0.0), in -> in.get("x").relu());
        assertThat(report.passed()).isFalse();
        assertThat(report.inputs().get(0).numeric()).isCloseTo(0.5, within(1e-9));
        assertThat(report.toTable()).contains("FAIL").contains("0 passed, 1 failed");
    }

    @Test
    void defaultsAreGradchecks() {
        GradientCheck check = GradientCheck.defaults();
        assertThat(check.eps()).isEqualTo(1e-6);
        assertThat(check.atol()).isEqualTo(1e-5);
        assertThat(check.rtol()).isEqualTo(1e-3);
        assertThat(check.oneSided()).isFalse();
        assertThat(check.withEps(1e-4).withAtol(0).withRtol(0.1).withOneSided(true))
                .satisfies(c -> {
                    assertThat(c.eps()).isEqualTo(1e-4);
                    assertThat(c.atol()).isZero();
                    assertThat(c.rtol()).isEqualTo(0.1);
                    assertThat(c.oneSided()).isTrue();
                });
    }

    @Test
    void badSettingsAndInputsAreNamed() {
        assertThatThrownBy(() -> GradientCheck.defaults().withEps(0)).hasMessageContaining("eps").hasMessageContaining("0.0");
        assertThatThrownBy(() -> GradientCheck.defaults().withAtol(-1)).hasMessageContaining("atol");
        assertThatThrownBy(() -> GradientCheck.defaults().withRtol(Double.NaN)).hasMessageContaining("rtol");
        assertThatThrownBy(() -> GradientCheck.defaults().check(Map.of(), in -> new Value(1)))
                .hasMessageContaining("expected at least 1 input, got 0");
        assertThatThrownBy(() -> GradientCheck.defaults().check(Map.of("x", 1.0), in -> null))
                .hasMessageContaining("returned null");
    }
}
