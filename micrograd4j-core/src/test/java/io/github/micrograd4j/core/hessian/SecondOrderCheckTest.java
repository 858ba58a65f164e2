package io.github.micrograd4j.core.hessian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.core.Value;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The second-order check's verdict follows its tolerances exactly: it passes a right Hessian, fails
 * one wrong by a little more than atol + rtol * |numeric|, and fails a NaN; bad inputs are named.
 */
class SecondOrderCheckTest {
    /** f = x^2 y + 3 y^2 at (1, 2): H = [[2y, 2x], [2x, 6]] = [[4, 2], [2, 6]]. */
    private static final Function<List<Value>, Value> F =
            v -> v.get(0).mul(v.get(0)).mul(v.get(1)).add(v.get(1).mul(v.get(1)).mul(3.0));

    @Test
    void aRightHessianPassesWithTheKnownEntries() {
        SecondOrderCheck.Report r = SecondOrderCheck.check(new double[] {1.0, 2.0}, F);
        assertThat(r.passed()).isTrue();
        assertThat(r.analytic()).isDeepEqualTo(new double[][] {{4.0, 2.0}, {2.0, 6.0}});
        // the numeric Hessian is within the tolerance, so the worst excess is at most atol
        assertThat(r.worst()).isLessThanOrEqualTo(SecondOrderCheck.ATOL);
    }

    @Test
    void aHessianWrongByMoreThanTheToleranceFails() {
        // x^2 y with a hidden term that backprop sees and the finite difference does not: a wrong
        // derivative rule, of size delta in d2f/dx2, written as a value that is 0 but has a slope
        for (double delta : new double[] {0.05, 1.0}) {
            Function<List<Value>, Value> wrong = v -> F.apply(v).add(bump(v.get(0), delta));
            SecondOrderCheck.Report r = SecondOrderCheck.check(new double[] {1.0, 2.0}, wrong);
            assertThat(r.passed()).as("delta %s", delta).isFalse();
            assertThat(r.worst()).as("delta %s", delta).isGreaterThan(SecondOrderCheck.ATOL);
        }
    }

    /** A term worth 0 whose second derivative in x claims delta: (delta/2) * (x - x0)^2 built from a frozen copy. */
    private static Value bump(Value x, double delta) {
        Value frozen = new Value(x.data());
        // its value is 0 at every evaluation (x == frozen), but the Hessian sees d2/dx2 = delta
        return x.sub(frozen).pow(2.0).mul(delta / 2);
    }

    @Test
    void aNaNEntryFails() {
        SecondOrderCheck.Report r = SecondOrderCheck.check(new double[] {-1.0}, v -> v.get(0).pow(0.5));
        assertThat(r.passed()).isFalse();
        assertThat(r.worst()).isNaN();
    }

    @Test
    void badInputsAreNamed() {
        assertThatThrownBy(() -> SecondOrderCheck.check(null, F)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("at least one input is needed, got null");
        assertThatThrownBy(() -> SecondOrderCheck.check(new double[0], F))
                .hasMessage("at least one input is needed, got none");
        assertThatThrownBy(() -> SecondOrderCheck.check(new double[] {1.0, Double.NaN}, F))
                .hasMessage("input 1 is NaN; a finite number is needed");
        assertThatThrownBy(() -> SecondOrderCheck.check(new double[] {Double.NEGATIVE_INFINITY, 1.0}, F))
                .hasMessage("input 0 is -Infinity; a finite number is needed");
    }
}
