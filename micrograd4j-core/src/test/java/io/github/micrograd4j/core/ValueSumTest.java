package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Value#sum}: the same node values and gradients as the add loop it replaces. */
class ValueSumTest {

    @Test
    void sumIsTheLeftToRightAddLoopOnRandomTerms() {
        Random rng = new Random(2024);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + rng.nextInt(12);
            List<Value> terms = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                terms.add(new Value(rng.nextGaussian() * 10));
            }
            if (n > 1 && rng.nextBoolean()) {
                terms.add(terms.get(rng.nextInt(n))); // a term listed twice
            }
            Value loop = terms.get(0);
            for (int i = 1; i < terms.size(); i++) {
                loop = loop.add(terms.get(i));
            }
            Value sum = Value.sum(terms);
            assertThat(sum.data()).isEqualTo(loop.data());
            sum.backward();
            double[] viaSum = terms.stream().mapToDouble(Value::grad).toArray();
            terms.forEach(t -> t.setGrad(0));
            loop.backward();
            assertThat(terms.stream().mapToDouble(Value::grad).toArray()).containsExactly(viaSum);
        }
    }

    @Test
    void edgeCases() {
        Value a = new Value(2.0, "a");
        assertThat(Value.sum(a)).isSameAs(a);
        assertThat(Value.sum(List.of()).data()).isZero();
        assertThat(Value.sum(a, a, a).data()).isEqualTo(6.0);
        assertThatThrownBy(() -> Value.sum(a, null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void textShowsDataAndGradAsMicrogradDoes() {
        Value a = new Value(2.0, "a");
        Value y = a.mul(a);
        y.backward();
        assertThat(y).hasToString("Value(data=" + y.data() + ", grad=" + y.grad() + ")");
        assertThat(a.toString()).isEqualTo("Value(data=2.0, grad=" + a.grad() + ", label=a)").contains("grad=4.0");
    }
}
