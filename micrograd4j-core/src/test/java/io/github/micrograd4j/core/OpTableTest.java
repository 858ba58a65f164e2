package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The op table's headers, read back through {@link Op}'s accessors, and the operand check that
 * {@link Op} makes once for every op before the op's own derivative code runs.
 */
class OpTableTest {

    @Test
    void eachHeaderPartLandsInItsAccessor() {
        assertThat(row(Op.LEAF)).isEqualTo("| 0 false |  |  | ");
        assertThat(row(Op.ADD)).isEqualTo("+| 2 false | x + y | 1 | 1");
        assertThat(row(Op.MUL)).isEqualTo("*| 2 false | x * y | y | x");
        assertThat(row(Op.POW)).isEqualTo("**|pow 2 false | x ** y | y * x ** (y - 1) | x ** y * log(x)");
        assertThat(row(Op.POW_CONST)).isEqualTo("**| 1 true | x ** y | y * x ** (y - 1) | ");
        assertThat(row(Op.EXP)).isEqualTo("exp|exp 1 false | exp(x) | exp(x) = o | ");
        assertThat(row(Op.LOG)).isEqualTo("log|log 1 false | log(x) | 1 / x | ");
        assertThat(row(Op.TANH)).isEqualTo("tanh|tanh 1 false | tanh(x) | 1 - o ** 2 | ");
        assertThat(row(Op.RELU)).isEqualTo("ReLU|relu 1 false | relu(x) | (1 if o > 0 else 0) | ");
        assertThat(row(Op.SIGMOID)).isEqualTo("sigmoid|sigmoid 1 false | sigmoid(x) | o * (1 - o) | ");
        assertThat(row(Op.SIN)).isEqualTo("sin|sin 1 false | sin(x) | cos(x) | ");
        assertThat(row(Op.COS)).isEqualTo("cos|cos 1 false | cos(x) | -sin(x) | ");
        for (Op op : Op.values()) {
            assertThat(op.domain()).as(op.name()).isNotBlank();
        }
    }

    /** The header of {@code op} as one line: symbol|function arity constant | formula | dx | dy. */
    private static String row(Op op) {
        String dx = op.arity() >= 1 ? op.localRule(0, "x", "y", "o") : "";
        String dy = op.arity() == 2 ? op.localRule(1, "x", "y", "o") : "";
        return op.symbol() + "|" + op.functionName() + " " + op.arity() + " " + op.hasConstant() + " | "
                + op.formula("x", "y") + " | " + dx + " | " + dy;
    }

    @Test
    void everyFormOfTheLocalDerivativeRefusesAnOperandTheOpLacks() {
        Value x = new Value(0.5);
        Value y = new Value(2.0);
        for (Op op : Op.values()) {
            Value out = op.arity() == 2 ? x.apply(op, y) : op.hasConstant() ? x.apply(op, 2.0)
                    : op.arity() == 1 ? x.apply(op) : x;
            Value second = op.arity() == 2 ? y : null;
            String message = "operand " + op.arity() + " of " + op.name() + ", which has " + op.arity()
                    + " differentiable operand" + (op.arity() == 1 ? "" : "s");
            for (int operand : new int[] {-1, op.arity()}) {
                String expected = operand < 0 ? message.replaceFirst("operand " + op.arity(), "operand -1") : message;
                assertThatThrownBy(() -> op.localDerivative(operand, x, second, out)).as("%s %d", op, operand)
                        .isInstanceOf(IndexOutOfBoundsException.class).hasMessage(expected);
                assertThatThrownBy(() -> op.localDerivative(operand, 0.5, 2.0, out.data())).as("%s %d", op, operand)
                        .isInstanceOf(IndexOutOfBoundsException.class).hasMessage(expected);
                assertThatThrownBy(() -> op.localRule(operand, "x", "y", "o")).as("%s %d", op, operand)
                        .isInstanceOf(IndexOutOfBoundsException.class).hasMessage(expected);
            }
            // within range, the op's own part runs and agrees with the numeric derivative (tanh's squares
            // out with pow, the numeric rule with a product, hence not bit for bit)
            for (int operand = 0; operand < op.arity(); operand++) {
                double numeric = op.localDerivative(operand, x.data(), out.y(), out.data());
                assertThat(op.localDerivative(operand, x, second, out).data()).as("%s %d", op, operand)
                        .isCloseTo(numeric, within(1e-15));
            }
        }
    }
}
