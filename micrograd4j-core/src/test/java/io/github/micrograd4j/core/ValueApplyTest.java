package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** {@link Value#apply}: any op as data, refused with a message naming its shape when the operands do not fit. */
class ValueApplyTest {

    @Test
    void applyingAnOpIsCallingItsMethod() {
        Value x = new Value(0.7);
        Value y = new Value(-1.3);
        assertThat(x.apply(Op.TANH).data()).isEqualTo(Math.tanh(0.7));
        assertThat(x.apply(Op.TANH).op()).isEqualTo(Op.TANH);
        assertThat(x.apply(Op.MUL, y).data()).isEqualTo(0.7 * -1.3);
        Value p = x.apply(Op.POW_CONST, 3.0);
        assertThat(p.data()).isEqualTo(Math.pow(0.7, 3.0));
        assertThat(p.constant()).isEqualTo(3.0);
        assertThat(p.opLabel()).isEqualTo("**3");
    }

    @Test
    void theWrongShapeIsNamed() {
        Value x = new Value(1.0);
        assertThatThrownBy(() -> x.apply(Op.ADD)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ADD takes 2 operands, got 1 operand");
        assertThatThrownBy(() -> x.apply(Op.TANH, x)).hasMessage("TANH takes 1 operand, got 2 operands");
        assertThatThrownBy(() -> x.apply(Op.TANH, 2.0)).hasMessage("TANH takes 1 operand, got 1 operand and a constant");
        assertThatThrownBy(() -> x.apply(Op.POW_CONST)).hasMessage("POW_CONST takes 1 operand and a constant, got 1 operand");
        assertThatThrownBy(() -> x.apply(Op.LEAF)).hasMessage("LEAF takes 0 operands, got 1 operand");
        assertThatThrownBy(() -> x.apply(null)).isInstanceOf(NullPointerException.class).hasMessage("op is null");
        assertThatThrownBy(() -> x.tanh().constant()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("has no constant operand");
    }
}
