package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.dot.DotExporter;
import io.github.micrograd4j.core.explain.BackpropExplainer;
import io.github.micrograd4j.core.fixture.RandomOpGraphs;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * No hidden shared mutable state: graphs built and differentiated on 8 threads at once give exactly
 * (bit for bit, DOT ids included) the results of a serial run.
 */
class ConcurrencyTest {
    private static final int THREADS = 8;
    private static final int GRAPHS = 100;

    /**
     * A seeded graph over every op and composite, from the shared fixture (values may leave the
     * domains: NaN must reproduce too), every node labelled.
     */
    static Value build(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<Value> leaves = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            leaves.add(new Value(rng.nextDouble(-2, 2), "x" + i));
        }
        int ops = 20 + rng.nextInt(100);
        List<Value> pool = RandomOpGraphs.anyDataNodes(rng.nextLong(), leaves, ops, RandomOpGraphs.PRIMITIVES,
                RandomOpGraphs.COMPOSITES);
        for (int i = leaves.size(); i < pool.size(); i++) {
            pool.get(i).label("t" + (i - leaves.size()));
        }
        return pool.get(pool.size() - 1);
    }

    /** Everything observable about a differentiated graph, as text that compares bit for bit. */
    static String fingerprint(long seed) {
        Value out = build(seed);
        out.backward();
        StringBuilder text = new StringBuilder();
        for (Value v : out.topologicalOrder()) {
            // bit for bit, except that every NaN is one NaN: Java does not fix a NaN's sign and payload,
            // and here the same graph gave NaNs of different bits (0x7ff8... against 0xfff8...) when
            // computed cold (the serial run) and again warm (the threads)
            text.append(v.opLabel()).append(' ').append(Double.doubleToLongBits(v.data())).append(' ')
                    .append(Double.doubleToLongBits(v.grad())).append('\n');
        }
        text.append(DotExporter.toDot(out));
        text.append(BackpropExplainer.steps(out).size());
        return text.toString();
    }

    @Test
    void eightThreadsGiveExactlyTheSerialResults() throws Exception {
        List<String> serial = new ArrayList<>();
        for (int g = 0; g < GRAPHS; g++) {
            serial.add(fingerprint(g));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                List<Integer> order = new ArrayList<>();
                for (int g = 0; g < GRAPHS; g++) {
                    order.add(g);
                }
                Collections.shuffle(order, new Random(t)); // each thread in its own order
                Callable<List<String>> work = () -> {
                    start.await();
                    String[] mine = new String[GRAPHS];
                    for (int g : order) {
                        mine[g] = fingerprint(g);
                    }
                    return List.of(mine);
                };
                results.add(pool.submit(work));
            }
            start.countDown();
            for (Future<List<String>> result : results) {
                List<String> concurrent = result.get();
                for (int g = 0; g < GRAPHS; g++) {
                    assertThat(concurrent.get(g)).as("graph %d", g).isEqualTo(serial.get(g));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * One finished graph read by 8 threads that start together: every DOT export is the serial one,
     * and some exports really ran while another was traversing the same nodes (their traversal took
     * the identity-set path instead of marks), so the overlap this test is about did happen.
     */
    @Test
    void oneSharedGraphCanBeReadByManyThreadsAfterItIsBuilt() throws Exception {
        Value out = build(42);
        out.backward();
        String expected = DotExporter.toDot(out);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CyclicBarrier start = new CyclicBarrier(THREADS);
        AtomicInteger overlapped = new AtomicInteger();
        AtomicInteger exports = new AtomicInteger();
        try {
            List<Future<List<String>>> dots = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                dots.add(pool.submit(() -> {
                    start.await(60, TimeUnit.SECONDS);
                    List<String> mine = new ArrayList<>();
                    // at least 4 exports each, more (bounded) until one overlapped another thread's
                    for (int i = 0; i < 4 || (overlapped.get() == 0 && i < 100_000); i++) {
                        int before = TopologicalOrder.markingTraversals();
                        String dot = DotExporter.toDot(out);
                        // a traversal that ran alone took a new epoch; an unchanged number means it met another
                        if (TopologicalOrder.markingTraversals() == before) {
                            overlapped.incrementAndGet();
                        }
                        exports.incrementAndGet();
                        if (i < 4 || !dot.equals(expected)) {
                            mine.add(dot);
                        }
                    }
                    return mine;
                }));
            }
            for (Future<List<String>> dot : dots) {
                assertThat(dot.get()).hasSizeGreaterThanOrEqualTo(4).allSatisfy(d -> assertThat(d).isEqualTo(expected));
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.println("ConcurrencyTest: " + overlapped.get() + " of " + exports.get()
                + " DOT exports of the shared graph overlapped another thread's traversal");
        assertThat(overlapped.get()).as("exports that ran while another thread traversed the graph").isPositive();
    }
}
