package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * A 10,000,000-node graph backpropagates on the default heap and stack. docs/CLI.md ("Memory and the
 * heap") states the heap it needs (about 1.2 GB, measured); this test runs in Maven's test JVM with
 * the JVM's default heap (a quarter of the machine's memory). Every one of the 10,000,003 nodes is on
 * the one path from the output to {@code x}, so the exact gradients prove that every node was visited
 * once.
 */
class ScaleTest {
    private static final int STEPS = 5_000_000; // two nodes per step

    @Test
    void tenMillionNodesBackpropagate() {
        Value x = new Value(0.5, "x");
        Value a = new Value(1.0, "a");
        Value b = new Value(1e-7, "b");
        Value v = x;
        for (int i = 0; i < STEPS; i++) {
            v = v.mul(a).add(b); // v_k = x + k*b
        }
        v.backward(); // 2 * STEPS + 3 nodes: x, a, b and a product and a sum per step
        assertThat(v.childCount()).isEqualTo(2);
        assertThat(x.grad()).isEqualTo(1.0);
        assertThat(b.grad()).isEqualTo(STEPS); // integer sums are exact
        double n = STEPS;
        double expectedA = n * 0.5 + 1e-7 * n * (n - 1) / 2; // sum of v_k for k = 0..n-1
        assertThat(a.grad()).isCloseTo(expectedA, within(expectedA * 1e-9));
        assertThat(v.data()).isCloseTo(0.5 + n * 1e-7, within(1e-6));
    }
}
