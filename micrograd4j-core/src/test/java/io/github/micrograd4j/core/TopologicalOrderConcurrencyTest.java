package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The traversal marks nodes in place only while no other traversal runs: threads that traverse
 * graphs sharing nodes at the same time must each still get every node exactly once.
 */
class TopologicalOrderConcurrencyTest {

    /** A graph where every node is reachable along many paths, so a wrong "seen" shows up as duplicates. */
    private static Value lattice(List<Value> shared, int width, int depth) {
        List<Value> row = new ArrayList<>(shared);
        for (int d = 0; d < depth; d++) {
            List<Value> next = new ArrayList<>();
            for (int i = 0; i < width; i++) {
                next.add(row.get(i % row.size()).mul(row.get((i + 1) % row.size())).tanh());
            }
            row = next;
        }
        Value sum = row.get(0);
        for (int i = 1; i < row.size(); i++) {
            sum = sum.add(row.get(i));
        }
        return sum;
    }

    private static void assertTopological(List<Value> order, Value root, int expectedSize) {
        assertThat(order).hasSize(expectedSize);
        Map<Value, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            assertThat(position.put(order.get(i), i)).as("value %d seen twice", i).isNull();
        }
        for (Value v : order) {
            for (Value c : v.children()) {
                assertThat(position.get(c)).isLessThan(position.get(v));
            }
        }
        assertThat(order.get(order.size() - 1)).isSameAs(root);
    }

    @Test
    void threadsTraversingGraphsThatShareNodesEachGetACorrectOrder() throws Exception {
        List<Value> shared = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            shared.add(new Value(0.1 * i));
        }
        Value common = lattice(shared, 8, 50);
        int threads = 4;
        List<Value> roots = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Value root = lattice(List.of(common, shared.get(t), common.mul(t)), 8, 40);
            roots.add(root);
            Map<Value, Boolean> reachable = new IdentityHashMap<>();
            collect(root, reachable);
            sizes.add(reachable.size());
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Value root = roots.get(t);
                int size = sizes.get(t);
                done.add(pool.submit((Callable<Void>) () -> {
                    for (int i = 0; i < 300; i++) {
                        assertTopological(root.topologicalOrder(), root, size);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reference reachability with a plain identity map and an explicit stack. */
    private static void collect(Value root, Map<Value, Boolean> seen) {
        List<Value> stack = new ArrayList<>(List.of(root));
        seen.put(root, Boolean.TRUE);
        while (!stack.isEmpty()) {
            Value v = stack.remove(stack.size() - 1);
            for (Value c : v.children()) {
                if (seen.put(c, Boolean.TRUE) == null) {
                    stack.add(c);
                }
            }
        }
    }

    @Test
    void marksFromEarlierTraversalsDoNotHideNodes() {
        Value x = new Value(1.0);
        Value a = x.mul(2.0);
        assertThat(a.topologicalOrder()).hasSize(3);
        Value b = a.add(x);
        assertThat(b.topologicalOrder()).containsExactly(x, a.child(1), a, b);
        assertThat(a.topologicalOrder()).hasSize(3);
    }
}
