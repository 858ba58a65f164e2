package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The traversal marks nodes in place only while no other traversal runs: threads that traverse
 * graphs sharing nodes at the same time must each still get every node exactly once. The threads
 * start together at a barrier, and the test asserts that traversals really overlapped (took the
 * identity-set path), so a run where the threads happened to go one after another cannot pass.
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
        CyclicBarrier start = new CyclicBarrier(threads);
        AtomicInteger contended = new AtomicInteger();
        AtomicInteger traversals = new AtomicInteger();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Value root = roots.get(t);
                int size = sizes.get(t);
                done.add(pool.submit((Callable<Void>) () -> {
                    start.await(60, TimeUnit.SECONDS); // all threads start traversing together
                    // at least 300 traversals each, more (up to a bound) until one has met another
                    for (int i = 0; i < 300 || (contended.get() == 0 && i < MAX_TRAVERSALS); i++) {
                        int before = TopologicalOrder.markingTraversals();
                        List<Value> order = root.topologicalOrder();
                        // a traversal that runs alone takes a new epoch, so the number moves; it stays
                        // put only when this one saw another running and used the identity set instead
                        if (TopologicalOrder.markingTraversals() == before) {
                            contended.incrementAndGet();
                        }
                        traversals.incrementAndGet();
                        assertTopological(order, root, size);
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
        System.out.println("TopologicalOrderConcurrencyTest: " + contended.get() + " of " + traversals.get()
                + " traversals ran while another was running (identity-set path)");
        assertThat(contended.get()).as("traversals that overlapped another (the contended path)").isPositive();
    }

    /** The most traversals a thread makes while waiting for the threads to overlap. */
    private static final int MAX_TRAVERSALS = 200_000;

    @Test
    void aTraversalThatStartsWhileAnotherRunsUsesTheIdentitySetAndLeavesMarksAlone() {
        Value x = new Value(1.0);
        Value y = x.mul(x).add(x).tanh();
        List<Value> alone = y.topologicalOrder();
        int before = TopologicalOrder.markingTraversals();
        // another traversal is running (entered, not exited), as a traversal on another thread would be
        TopologicalOrder.enter();
        List<Value> contendedOrder;
        try {
            contendedOrder = y.topologicalOrder();
        } finally {
            TopologicalOrder.exit();
        }
        assertThat(contendedOrder).isEqualTo(alone);
        assertThat(TopologicalOrder.markingTraversals()).as("no epoch taken while contended").isEqualTo(before);
        y.topologicalOrder();
        // alone again: a new epoch, and epochs only go up (2, 4, ...)
        assertThat(TopologicalOrder.markingTraversals()).as("alone again: marks").isGreaterThan(before);
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
