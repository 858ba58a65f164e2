package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.examples.WalkthroughExample;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopologicalOrderTest {

    @Test
    void walkthroughOrderIsChildrenFirstAndDeterministic() {
        WalkthroughExample w = WalkthroughExample.build();
        assertThat(w.L().topologicalOrder()).containsExactly(w.a(), w.b(), w.e(), w.c(), w.d(), w.f(), w.L());
    }

    @Test
    void sharedNodesAppearOnceAndAfterAllTheirChildren() {
        Value a = new Value(1.0);
        Value b = a.mul(a);
        Value c = b.add(a).mul(b);
        List<Value> order = c.topologicalOrder();
        assertThat(order).hasSize(4).doesNotHaveDuplicates();
        Map<Value, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        for (Value v : order) {
            for (Value child : v.children()) {
                assertThat(position.get(child)).isLessThan(position.get(v));
            }
        }
        assertThat(order.get(order.size() - 1)).isSameAs(c);
    }

    @Test
    void millionDeepChainBackpropagatesOnTheDefaultStack() {
        int depth = 1_000_000;
        Value x = new Value(1.0, "x");
        Value y = x;
        for (int i = 0; i < depth; i++) {
            y = y.mul(1.0000001).add(1e-9);
        }
        List<Value> order = y.topologicalOrder();
        assertThat(order).hasSize(1 + 4 * depth); // x, and per step two constants and two ops
        y.backward();
        assertThat(x.grad()).isCloseTo(Math.pow(1.0000001, depth), org.assertj.core.data.Percentage.withPercentage(1e-6));
    }

    @Test
    void orderIsUnmodifiable() {
        List<Value> order = new ArrayList<>(new Value(1).add(2).topologicalOrder());
        Collections.reverse(order);
        assertThat(new Value(1).topologicalOrder()).isUnmodifiable();
    }
}
