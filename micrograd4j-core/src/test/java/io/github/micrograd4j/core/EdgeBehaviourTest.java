package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.check.GradientCheck;
import io.github.micrograd4j.core.check.GradientCheckReport;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Behaviour at exact edges that the larger tests pass over: a tolerance met exactly, the text of the
 * two difference kinds, relu of -0.0 as micrograd has it, a leaf's value, and where numbers switch to
 * scientific notation in the ops' text. Every expected number is worked out by hand in the comments.
 */
class EdgeBehaviourTest {

    @Test
    void aGradientCheckPassesWhenTheErrorEqualsTheToleranceExactly() {
        // f = x * x at x = 1, one-sided with eps = 0.5: (1.5^2 - 1^2) / 0.5 = 2.5, exactly; analytic 2;
        // error 0.5 = rtol * |numeric| for rtol = 0.2
        GradientCheck exact = GradientCheck.defaults().withOneSided(true).withEps(0.5).withAtol(0.0).withRtol(0.2);
        GradientCheckReport report = exact.check(Map.of("x", 1.0), in -> in.get("x").mul(in.get("x")));
        assertThat(report.inputs().get(0).numeric()).isEqualTo(2.5);
        assertThat(report.inputs().get(0).error()).isEqualTo(0.5);
        assertThat(report.passed()).isTrue();
        assertThat(exact.withRtol(0.19).check(Map.of("x", 1.0), in -> in.get("x").mul(in.get("x"))).passed())
                .isFalse();
        // central, eps = 0.25: (2 * 1.25 - 2 * 0.75) / 0.5 = 2 exactly: error 0 passes a zero tolerance
        GradientCheck zero = GradientCheck.defaults().withEps(0.25).withAtol(0.0).withRtol(0.0);
        assertThat(zero.check(Map.of("x", 1.0), in -> in.get("x").mul(2.0)).passed()).isTrue();
    }

    @Test
    void theReportNamesItsKindOfDifference() {
        Map<String, Double> x = Map.of("x", 1.0);
        assertThat(GradientCheck.defaults().check(x, in -> in.get("x").mul(3.0)).toTable())
                .contains("central difference, eps 1.0E-6");
        assertThat(GradientCheck.walkthrough().check(x, in -> in.get("x").mul(3.0)).toTable())
                .contains("one-sided difference, eps 0.001");
    }

    @Test
    void reluOfMinusZeroIsMinusZeroAsInMicrograd() {
        // micrograd: 0 if x < 0 else x; -0.0 < 0 is false, so relu(-0.0) is x itself, -0.0
        assertThat(Double.doubleToRawLongBits(new Value(-0.0).relu().data()))
                .isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(Double.doubleToRawLongBits(new Value(-1e-300).relu().data())).isEqualTo(0L);
    }

    @Test
    void aLeafsValueIsItsNumber() {
        assertThat(Op.LEAF.value(2.5, 7.0)).isEqualTo(2.5);
    }

    @Test
    void wholeNumbersBelow1e15AreWrittenWithoutAPoint() {
        assertThat(Numbers.shortest(2.0)).isEqualTo("2");
        assertThat(Numbers.shortest(999_999_999_999_999.0)).isEqualTo("999999999999999");
        assertThat(Numbers.shortest(1e15)).isEqualTo("1.0E15");
        assertThat(Numbers.shortest(-0.5)).isEqualTo("-0.5");
    }
}
