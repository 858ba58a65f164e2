package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import org.junit.jupiter.api.Test;

class ValueTest {

    @Test
    void walkthroughForwardValuesAndStructure() {
        WalkthroughExample w = WalkthroughExample.build();
        assertThat(w.e().data()).isEqualTo(-6.0);
        assertThat(w.d().data()).isEqualTo(4.0);
        assertThat(w.L().data()).isEqualTo(-8.0);
        assertThat(w.d().children()).containsExactly(w.e(), w.c());
        assertThat(w.d().op()).isEqualTo(Op.ADD);
        assertThat(w.e().children()).containsExactly(w.a(), w.b());
        assertThat(w.e().opLabel()).isEqualTo("*");
        assertThat(w.a().op()).isEqualTo(Op.LEAF);
        assertThat(w.a().opLabel()).isEmpty();
        assertThat(w.a().children()).isEmpty();
    }

    @Test
    void walkthroughGradientsByBackward() {
        WalkthroughExample w = WalkthroughExample.build();
        w.L().backward();
        assertThat(w.L().grad()).isEqualTo(1.0);
        assertThat(w.d().grad()).isEqualTo(-2.0);
        assertThat(w.f().grad()).isEqualTo(4.0);
        assertThat(w.c().grad()).isEqualTo(-2.0);
        assertThat(w.e().grad()).isEqualTo(-2.0);
        assertThat(w.a().grad()).isEqualTo(6.0);
        assertThat(w.b().grad()).isEqualTo(-4.0);
    }

    @Test
    void walkthroughGradientsByHandWithSetGrad() {
        WalkthroughExample w = WalkthroughExample.build();
        w.L().setGrad(1.0);
        w.d().setGrad(w.f().data() * w.L().grad());
        w.f().setGrad(w.d().data() * w.L().grad());
        w.c().setGrad(w.d().grad() * w.d().localDerivative(1));
        w.e().setGrad(w.d().grad() * w.d().localDerivative(0));
        w.a().setGrad(w.e().grad() * w.b().data());
        w.b().setGrad(w.e().grad() * w.a().data());
        assertThat(new double[] {w.d().grad(), w.f().grad(), w.c().grad(), w.e().grad(), w.a().grad(), w.b().grad()})
                .containsExactly(-2.0, 4.0, -2.0, -2.0, 6.0, -4.0);
    }

    /** micrograd's README example; values computed there against PyTorch. */
    @Test
    void microgradReadmeExample() {
        Value a = new Value(-4.0);
        Value b = new Value(2.0);
        Value c = a.add(b);
        Value d = a.mul(b).add(b.pow(3));
        c = c.add(c.add(1));
        c = c.add(new Value(1).add(c).add(a.neg()));
        d = d.add(d.mul(2).add(b.add(a).relu()));
        d = d.add(d.mul(3).add(b.sub(a).relu()));
        Value e = c.sub(d);
        Value f = e.pow(2);
        Value g = f.div(2.0);
        g = g.add(f.rdiv(10.0));
        g.backward();
        assertThat(g.data()).isCloseTo(24.7041, within(1e-4));
        assertThat(a.grad()).isCloseTo(138.8338, within(1e-4));
        assertThat(b.grad()).isCloseTo(645.5773, within(1e-4));
    }

    @Test
    void valueUsedTwiceAccumulates() {
        Value a = new Value(3.0, "a");
        Value b = a.add(a);
        b.backward();
        assertThat(a.grad()).isEqualTo(2.0);

        Value x = new Value(3.0);
        x.mul(x).backward();
        assertThat(x.grad()).isEqualTo(6.0);
    }

    @Test
    void valueUsedThreeTimes() {
        Value a = new Value(-2.0);
        Value b = new Value(5.0);
        Value d = a.mul(b); // -10
        Value e = a.add(b); // 3
        Value f = d.mul(e).add(a); // -30 - 2; df/da = b*e + d + 1 = 15 - 10 + 1
        f.backward();
        assertThat(a.grad()).isEqualTo(6.0);
        assertThat(b.grad()).isEqualTo(a.data() * e.data() + d.data()); // -6 - 10
    }

    @Test
    void backwardTwiceAccumulatesAndZeroGradResets() {
        Value a = new Value(3.0);
        Value b = a.add(a);
        b.backward();
        b.backward();
        assertThat(a.grad()).isEqualTo(4.0);
        assertThat(b.grad()).isEqualTo(1.0);
        b.zeroGrad();
        assertThat(a.grad()).isZero();
        assertThat(b.grad()).isZero();
        b.backward();
        assertThat(a.grad()).isEqualTo(2.0);
    }

    @Test
    void identitySemantics() {
        Value a = new Value(1.0);
        Value b = new Value(1.0);
        assertThat(a).isNotEqualTo(b);
        assertThat(a.add(b).children()).containsExactly(a, b);
        assertThat(a.add(a).children()).hasSize(2).allMatch(c -> c == a);
    }

    @Test
    void labelsAndText() {
        Value d = new Value(4.0);
        assertThat(d).hasToString("Value(data=4.0, grad=0.0)");
        assertThat(d.label("d")).isSameAs(d);
        assertThat(d).hasToString("Value(data=4.0, grad=0.0, label=d)");
        assertThat(new Value(2.0, "a").label()).isEqualTo("a");
        assertThatThrownBy(() -> d.label(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void setDataOnlyForLeaves() {
        Value w = new Value(0.5, "w");
        w.setData(0.25);
        assertThat(w.data()).isEqualTo(0.25);
        Value y = w.mul(2);
        assertThatThrownBy(() -> y.setData(1.0)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("leaves").hasMessageContaining("*");
    }

    @Test
    void nullOperandsAreRejectedWithAMessage() {
        Value a = new Value(1.0);
        assertThatThrownBy(() -> a.add((Value) null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("operand");
        assertThatThrownBy(() -> a.pow((Value) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void constantPowerKeepsItsExponentInTheOp() {
        Value x = new Value(3.0);
        Value y = x.pow(2);
        assertThat(y.opLabel()).isEqualTo("**2");
        assertThat(y.children()).containsExactly(x);
        assertThat(y.exponent()).isEqualTo(2.0);
        assertThat(x.pow(-1).opLabel()).isEqualTo("**-1");
        assertThat(x.pow(0.5).opLabel()).isEqualTo("**0.5");
        assertThatThrownBy(x::exponent).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void childAccessorsValidateTheIndex() {
        Value x = new Value(3.0);
        Value y = x.tanh();
        assertThat(y.childCount()).isEqualTo(1);
        assertThat(y.child(0)).isSameAs(x);
        assertThatThrownBy(() -> y.child(1)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessageContaining("child 1 of a value with 1 children");
        assertThatThrownBy(() -> x.localDerivative(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void compositeOpsMatchTheirDefinitions() {
        Value a = new Value(6.0);
        Value b = new Value(-4.0);
        assertThat(a.sub(b).data()).isEqualTo(10.0);
        assertThat(a.div(b).data()).isEqualTo(-1.5);
        assertThat(a.neg().data()).isEqualTo(-6.0);
        assertThat(a.rsub(1.0).data()).isEqualTo(-5.0);
        assertThat(a.rdiv(3.0).data()).isEqualTo(0.5);
        assertThat(a.sub(1.0).data()).isEqualTo(5.0);
        assertThat(a.div(4.0).data()).isEqualTo(1.5);
        Value q = a.div(b);
        q.backward();
        assertThat(a.grad()).isEqualTo(-0.25);
        assertThat(b.grad()).isCloseTo(-6.0 / 16.0, within(1e-15));
    }
}
