package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Every op's analytic derivative against a central finite difference over a grid, and at its edges. */
class OpDerivativeTest {
    private static final double H = 1e-6;
    private static final double[] GRID = {-3.7, -2.0, -1.1, -0.5, -0.1, 0.05, 0.3, 0.9, 1.0, 1.7, 2.5, 4.2};

    private static void assertUnary(String name, UnaryOperator<Value> op, DoubleUnaryOperator f, double[] xs) {
        for (double x : xs) {
            Value in = new Value(x);
            Value out = op.apply(in);
            out.backward();
            double numeric = (f.applyAsDouble(x + H) - f.applyAsDouble(x - H)) / (2 * H);
            assertThat(out.data()).as("%s(%s)", name, x).isCloseTo(f.applyAsDouble(x), within(1e-12));
            assertThat(in.grad()).as("d %s / dx at %s", name, x)
                    .isCloseTo(numeric, within(1e-6 + 1e-6 * Math.abs(numeric)));
        }
    }

    @Test
    void exp() {
        assertUnary("exp", Value::exp, Math::exp, GRID);
    }

    @Test
    void tanh() {
        assertUnary("tanh", Value::tanh, Math::tanh, GRID);
    }

    @Test
    void sigmoid() {
        assertUnary("sigmoid", Value::sigmoid, x -> 1 / (1 + Math.exp(-x)), GRID);
    }

    @Test
    void logOnPositives() {
        assertUnary("log", Value::log, Math::log, new double[] {0.01, 0.1, 0.5, 1.0, 2.0, 10.0, 1000.0});
    }

    @Test
    void reluAwayFromTheKink() {
        assertUnary("relu", Value::relu, x -> Math.max(0, x), GRID);
    }

    @Test
    void constantPowers() {
        for (double n : new double[] {2, 3, -1, -2, 0.5, 1.5, 0}) {
            double[] xs = n == Math.rint(n) ? GRID : new double[] {0.05, 0.3, 1.0, 2.5, 4.2};
            assertUnary("pow " + n, x -> x.pow(n), x -> Math.pow(x, n), xs);
        }
    }

    @Test
    void binaryOpsBothOperands() {
        for (double x : GRID) {
            for (double y : new double[] {-2.3, -0.7, 0.4, 1.9}) {
                assertBinary("add", Value::add, Double::sum, x, y);
                assertBinary("mul", Value::mul, (a, b) -> a * b, x, y);
                assertBinary("sub", Value::sub, (a, b) -> a - b, x, y);
                assertBinary("div", Value::div, (a, b) -> a / b, x, y);
                if (x > 0) {
                    assertBinary("pow", Value::pow, Math::pow, x, y);
                }
            }
        }
    }

    private static void assertBinary(String name, java.util.function.BinaryOperator<Value> op,
            java.util.function.DoubleBinaryOperator f, double x, double y) {
        Value a = new Value(x);
        Value b = new Value(y);
        Value out = op.apply(a, b);
        out.backward();
        double dx = (f.applyAsDouble(x + H, y) - f.applyAsDouble(x - H, y)) / (2 * H);
        double dy = (f.applyAsDouble(x, y + H) - f.applyAsDouble(x, y - H)) / (2 * H);
        assertThat(a.grad()).as("d %s/dx at (%s, %s)", name, x, y).isCloseTo(dx, within(1e-6 + 1e-6 * Math.abs(dx)));
        assertThat(b.grad()).as("d %s/dy at (%s, %s)", name, x, y).isCloseTo(dy, within(1e-6 + 1e-6 * Math.abs(dy)));
    }

    @Test
    void reluAtZeroPassesNoGradientAsMicrogradDoes() {
        Value x = new Value(0.0);
        Value y = x.relu();
        y.backward();
        assertThat(y.data()).isZero();
        assertThat(x.grad()).isZero();
        Value negative = new Value(-1e-300);
        negative.relu().backward();
        assertThat(negative.grad()).isZero();
    }

    @Test
    void logNearZeroHasTheSteepDerivative() {
        for (double x : new double[] {1e-3, 1e-6, 1e-9}) {
            Value in = new Value(x);
            in.log().backward();
            double numeric = (Math.log(x + x * 1e-6) - Math.log(x - x * 1e-6)) / (2 * x * 1e-6);
            assertThat(in.grad()).isCloseTo(numeric, within(1e-6 * numeric));
            assertThat(in.grad()).isCloseTo(1 / x, within(1e-9 / x));
        }
        Value zero = new Value(0.0);
        assertThat(zero.log().data()).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void tanhAndSigmoidSaturateWithoutNaN() {
        for (double x : new double[] {-800, -40, -20, 20, 40, 800}) {
            Value t = new Value(x);
            Value out = t.tanh();
            out.backward();
            assertThat(out.data()).isEqualTo(Math.signum(x));
            assertThat(t.grad()).isCloseTo(0.0, within(1e-15));

            Value s = new Value(x);
            Value sig = s.sigmoid();
            sig.backward();
            assertThat(sig.data()).isBetween(0.0, 1.0);
            assertThat(s.grad()).isNotNaN().isCloseTo(0.0, within(1e-8));
        }
    }

    @Test
    void powerWithAZeroResultHasAZeroExponentGradient() {
        Value x = new Value(0.0);
        Value y = new Value(2.0);
        Value out = x.pow(y);
        out.backward();
        assertThat(out.data()).isZero();
        assertThat(y.grad()).isZero();
        assertThat(x.grad()).isZero();
    }

    @Test
    void expDerivativeIsItsValue() {
        Value x = new Value(1.3);
        Value y = x.exp();
        assertThat(y.localDerivative(0)).isEqualTo(y.data());
    }
}
