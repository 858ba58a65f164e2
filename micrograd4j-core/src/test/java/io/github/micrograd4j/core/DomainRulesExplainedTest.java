package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Which rule anomaly mode names for each kind of non-finite result, at the edges where one rule
 * hands over to the next (an exponent of exactly 0, -1 or 1, a base of exactly 0), through the public
 * API; and {@link AnomalyMode#explain} itself for nodes the public API never sends it.
 */
class DomainRulesExplainedTest {

    private static String anomaly(Supplier<Value> op) {
        try (AnomalyMode anomaly = AnomalyMode.enable()) {
            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(op::get);
            assertThat(thrown).isInstanceOf(AnomalyException.class);
            return thrown.getMessage();
        }
    }

    @Test
    void zeroToAVariableZerothPowerHasAnInfiniteExponentDerivative() {
        // 0 ** y at y = 0 is 1, but d/dy = 0 ** 0 * ln 0 is infinite: neither "0 ** negative" nor the
        // "0 < c < 1" slope nor the negative-base rule
        String message = anomaly(() -> new Value(0.0, "x").pow(new Value(0.0, "y")));
        assertThat(message).contains("the derivative with respect to the exponent, x ** y * ln(x), is infinite at "
                + "x = 0 when x ** y is not 0");
    }

    @Test
    void zeroToAVariableNegativePowerIsInfinite() {
        assertThat(anomaly(() -> new Value(0.0).pow(new Value(-2.0)))).contains("0 ** negative is infinite");
        assertThat(anomaly(() -> new Value(0.0).pow(new Value(-1.0)))).contains("division by zero");
    }

    @Test
    void zeroToAConstantMinusOneIsADivisionByZeroAndOtherNegativesAreNot() {
        assertThat(anomaly(() -> new Value(0.0).pow(-1.0))).contains("division by zero");
        assertThat(anomaly(() -> new Value(0.0).pow(-0.5))).contains("0 ** negative is infinite")
                .doesNotContain("division by zero");
    }

    @Test
    void aPowerThatOverflowsSaysSo() {
        assertThat(anomaly(() -> new Value(10.0).pow(400.0))).contains("the power overflows a double");
        assertThat(anomaly(() -> new Value(10.0).pow(new Value(400.0)))).contains("the power overflows a double");
        assertThat(anomaly(() -> new Value(-10.0).pow(401.0))).contains("the power overflows a double");
    }

    @Test
    void aNegativeBaseWithAVariableIntegerExponentHasANaNExponentDerivative() {
        assertThat(anomaly(() -> new Value(-2.0).pow(new Value(3.0))))
                .contains("is NaN for a negative base").doesNotContain("non-integer");
        assertThat(anomaly(() -> new Value(-2.0).pow(new Value(0.5)))).contains("non-integer exponent");
    }

    @Test
    void theLogRules() {
        assertThat(anomaly(() -> new Value(-1e-300).log())).contains("log of a negative number is NaN");
        assertThat(anomaly(() -> new Value(0.0).log())).contains("log(0) is -Infinity");
        assertThat(anomaly(() -> new Value(Double.MIN_VALUE).log())).contains("this close to 0");
    }

    @Test
    void explainGivesNoRuleForAnOpThatIsFiniteOnFiniteInputs() {
        Value x = new Value(0.3);
        assertThat(AnomalyMode.explain(x.tanh())).isNull();
        assertThat(AnomalyMode.explain(x.relu())).isNull();
        assertThat(AnomalyMode.explain(x.sigmoid())).isNull();
    }

    @Test
    void explainAtTheEdgesOfTheSlopeRule() {
        // 0 ** 1 and 0 ** 0 are finite with finite slopes, so the 0 < c < 1 rule must not claim them;
        // explain falls through to its last rule for them
        String last = "the power overflows a double (magnitude above 1.8e308)";
        assertThat(AnomalyMode.explain(new Value(0.0).pow(1.0))).isEqualTo(last);
        assertThat(AnomalyMode.explain(new Value(0.0).pow(0.0))).isEqualTo(last);
        assertThat(AnomalyMode.explain(new Value(0.0).pow(0.5))).contains("0 < c < 1");
        assertThat(AnomalyMode.explain(new Value(-8.0).pow(2.0))).isEqualTo(last);
    }

    @Test
    void anInputThatIsAlreadyNotFiniteIsNamedFirst() {
        assertThat(AnomalyMode.explain(new Value(Double.POSITIVE_INFINITY).log()))
                .startsWith("an input is already Infinity");
        assertThat(AnomalyMode.explain(new Value(1.0).mul(new Value(Double.NaN))))
                .startsWith("an input is already NaN");
    }
}
