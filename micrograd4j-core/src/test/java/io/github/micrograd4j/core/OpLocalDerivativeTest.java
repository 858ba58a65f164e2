package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.fixture.RandomOpGraphs;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every op's local derivatives against central finite differences of its own value, over its
 * domain, driven by {@link Op#values()}: a new op whose {@code dx} or {@code dy} is wrong fails here
 * with no test edit. Points where the op is not smooth (judged from its values alone, see
 * {@link RandomOpGraphs#smooth}) are skipped, and a floor on the points compared keeps the test from
 * passing by skipping everything.
 */
class OpLocalDerivativeTest {
    private static final int POINTS = 2000;
    private static final int FLOOR = 500;
    static final List<Op> OPS = RandomOpGraphs.PRIMITIVES;

    @ParameterizedTest
    @FieldSource("OPS")
    void localDerivativesMatchCentralDifferences(Op op) {
        SplittableRandom rnd = new SplittableRandom(20261130L + op.ordinal());
        List<String> failures = new ArrayList<>();
        int compared = 0;
        for (int i = 0; i < POINTS; i++) {
            // half the points near the origin, half spread over several decades
            double x = i % 2 == 0 ? rnd.nextDouble(-4.0, 4.0) : Math.copySign(Math.pow(10, rnd.nextDouble(-3, 2.5)),
                    rnd.nextDouble(-1, 1));
            double y = op.hasConstant() ? RandomOpGraphs.CONSTANTS[rnd.nextInt(RandomOpGraphs.CONSTANTS.length)]
                    : rnd.nextDouble(-4.0, 4.0);
            if (!RandomOpGraphs.smooth(op, x, y)) {
                continue;
            }
            double out = op.value(x, y);
            for (int operand = 0; operand < op.arity(); operand++) {
                double at = operand == 0 ? x : y;
                double h = 1e-6 * Math.max(1.0, Math.abs(at));
                double up = operand == 0 ? op.value(x + h, y) : op.value(x, y + h);
                double down = operand == 0 ? op.value(x - h, y) : op.value(x, y - h);
                double numeric = (up - down) / (2 * h);
                double analytic = op.localDerivative(operand, x, y, out);
                double tolerance = 1e-5 * Math.max(1.0, Math.abs(numeric)) + 1e-9 * Math.abs(out) / h;
                if (!(Math.abs(analytic - numeric) <= tolerance)) {
                    failures.add(String.format("%s: d/d%s at x=%s, y=%s is %s, finite differences give %s", op,
                            operand == 0 ? "x" : "y", x, y, analytic, numeric));
                }
                compared++;
            }
        }
        assertThat(failures).as("local derivatives of %s", op).isEmpty();
        assertThat(compared).as("points of %s compared (the rest were not smooth)", op).isGreaterThanOrEqualTo(FLOOR);
    }

    @ParameterizedTest
    @FieldSource("OPS")
    void everyOpSaysWhatItIs(Op op) {
        assertThat(op.symbol()).as("symbol of %s", op).isNotBlank();
        assertThat(op.domain()).as("domain notes of %s", op).isNotBlank();
        assertThat(op.formula("x", "y")).as("formula of %s", op).contains("x");
        for (int operand = 0; operand < op.arity(); operand++) {
            assertThat(op.localRule(operand, "x", "y", "out")).as("rule %d of %s", operand, op).isNotBlank();
        }
        assertThat(op.functionName().isEmpty() || Op.byFunctionName(op.functionName()).orElseThrow() == op)
                .as("%s is found by its function name", op).isTrue();
    }
}
