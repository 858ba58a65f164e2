package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import io.github.micrograd4j.core.fixture.RandomOpGraphs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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

    /**
     * The marking traversal and the identity-set one (used while another traversal runs) must give
     * the same order, or results would depend on whether another thread happened to be traversing.
     * Random DAGs of the shared fixture with shared nodes, repeated operands ({@code x * x}), unary ops
     * and leaves reached through several parents; each is also traversed twice, so marks of a previous
     * epoch are present.
     */
    @Test
    void markingAndIdentitySetTraversalsGiveTheSameValidOrder() {
        SplittableRandom rnd = new SplittableRandom(42);
        for (int g = 0; g < 500; g++) {
            List<Value> leaves = RandomOpGraphs.leaves(RandomOpGraphs.randomData(rnd, 1 + rnd.nextInt(4)));
            List<Value> pool = RandomOpGraphs.anyDataNodes(rnd.nextLong(), leaves, rnd.nextInt(80),
                    RandomOpGraphs.PRIMITIVES, RandomOpGraphs.COMPOSITES);
            Value root = pool.get(rnd.nextInt(pool.size()));
            List<Value> expected = TopologicalOrder.withSet(new Value[] {root}).asList();
            int before = TopologicalOrder.markingTraversals();
            assertThat(root.topologicalOrder()).as("graph %d", g).containsExactlyElementsOf(expected);
            assertThat(TopologicalOrder.markingTraversals()).as("the marking traversal ran").isNotEqualTo(before);
            assertThat(root.topologicalOrder()).as("graph %d, again", g).containsExactlyElementsOf(expected);
            Map<Value, Integer> position = new IdentityHashMap<>();
            for (int i = 0; i < expected.size(); i++) {
                assertThat(position.put(expected.get(i), i)).as("graph %d: a node twice", g).isNull();
            }
            for (Value v : expected) {
                for (Value child : v.children()) {
                    assertThat(position.get(child)).as("graph %d: a child after its parent", g).isLessThan(position.get(v));
                }
            }
            assertThat(expected.get(expected.size() - 1)).isSameAs(root);
        }
    }

    /** Several roots sharing nodes, in both ways of keeping visits: one list, each node once, children first. */
    @Test
    void severalRootsGiveOneOrderEitherWay() {
        SplittableRandom rnd = new SplittableRandom(9);
        for (int g = 0; g < 200; g++) {
            List<Value> pool = RandomOpGraphs.anyDataNodes(rnd.nextLong(),
                    RandomOpGraphs.leaves(RandomOpGraphs.randomData(rnd, 2)), 30, RandomOpGraphs.PRIMITIVES,
                    RandomOpGraphs.COMPOSITES);
            Value[] roots = new Value[1 + rnd.nextInt(4)];
            for (int r = 0; r < roots.length; r++) {
                roots[r] = pool.get(rnd.nextInt(pool.size())); // may repeat, may lie below another root
            }
            int before = TopologicalOrder.markingTraversals();
            List<Value> marked = TopologicalOrder.of(roots).asList();
            assertThat(TopologicalOrder.markingTraversals()).as("the marking traversal ran").isNotEqualTo(before);
            List<Value> expected = TopologicalOrder.withSet(roots).asList();
            assertThat(marked).as("roots %d", g).containsExactlyElementsOf(expected);
            Map<Value, Integer> position = new IdentityHashMap<>();
            for (int i = 0; i < expected.size(); i++) {
                assertThat(position.put(expected.get(i), i)).as("a node twice").isNull();
            }
            for (Value v : expected) {
                for (Value child : v.children()) {
                    assertThat(position.get(child)).isLessThan(position.get(v));
                }
            }
            for (Value root : roots) {
                assertThat(position).containsKey(root);
                for (Value v : root.topologicalOrder()) {
                    assertThat(position).as("everything a root depends on").containsKey(v);
                }
            }
        }
    }

    @Test
    void orderIsUnmodifiable() {
        List<Value> order = new ArrayList<>(new Value(1).add(2).topologicalOrder());
        Collections.reverse(order);
        assertThat(new Value(1).topologicalOrder()).isUnmodifiable();
    }
}
