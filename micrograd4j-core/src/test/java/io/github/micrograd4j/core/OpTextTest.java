package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The written-out formulas and local-derivative rules the chain-rule explanation shows. */
class OpTextTest {

    @Test
    void everyOpWritesItsFormulaAndRules() {
        assertThat(Op.ADD.formula("e", "c")).isEqualTo("e + c");
        assertThat(Op.ADD.localRule(1, "e", "c", "d")).isEqualTo("1");
        assertThat(Op.MUL.localRule(0, "a", "b", "e")).isEqualTo("b");
        assertThat(Op.MUL.localRule(1, "a", "b", "e")).isEqualTo("a");
        assertThat(Op.POW.localRule(0, "x", "y", "p")).isEqualTo("y * x ** (y - 1)");
        assertThat(Op.POW.localRule(1, "x", "y", "p")).isEqualTo("x ** y * log(x)");
        assertThat(Op.POW_CONST.formula("x", "2")).isEqualTo("x ** 2");
        assertThat(Op.POW_CONST.localRule(0, "x", "2", "p")).isEqualTo("2 * x ** (2 - 1)");
        assertThat(Op.EXP.localRule(0, "x", "", "p")).isEqualTo("exp(x) = p");
        assertThat(Op.LOG.localRule(0, "x", "", "p")).isEqualTo("1 / x");
        assertThat(Op.TANH.formula("n", "")).isEqualTo("tanh(n)");
        assertThat(Op.TANH.localRule(0, "n", "", "o")).isEqualTo("1 - o ** 2");
        assertThat(Op.RELU.localRule(0, "x", "", "p")).isEqualTo("(1 if p > 0 else 0)");
        assertThat(Op.SIGMOID.localRule(0, "x", "", "s")).isEqualTo("s * (1 - s)");
        for (Op op : Op.values()) {
            if (op != Op.LEAF) {
                assertThat(op.formula("x", "y")).as(op.name()).contains("x");
                assertThat(op.localRule(0, "x", "y", "p")).as(op.name()).isNotEmpty();
            }
        }
    }

    @Test
    void aRuleForAMissingOperandIsRefused() {
        assertThatThrownBy(() -> Op.TANH.localRule(1, "x", "", "p")).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("operand 1 of TANH, which has 1 differentiable operand");
        assertThatThrownBy(() -> Op.LEAF.localRule(0, "x", "", "p")).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
