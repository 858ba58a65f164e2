package io.github.micrograd4j.bench;

import io.github.micrograd4j.core.Value;
import org.openjdk.jol.info.ClassLayout;
import org.openjdk.jol.info.GraphLayout;

/**
 * Prints a {@link Value} node's memory layout as JOL sees it on the running JVM, and the heap a
 * chain of nodes holds per node: {@code java -cp micrograd4j-benchmarks.jar
 * io.github.micrograd4j.bench.ValueLayout}.
 */
public final class ValueLayout {
    private ValueLayout() {
    }

    /**
     * Prints the layout.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Value a = new Value(2.0);
        Value b = new Value(3.0);
        System.out.println(ClassLayout.parseInstance(a.mul(b)).toPrintable());
        Value c = new Value(1.0 + 1e-8);
        Value y = a;
        for (int i = 0; i < 100_000; i++) {
            y = y.mul(c);
        }
        long total = GraphLayout.parseInstance(y).totalSize();
        System.out.printf("a chain of 100,000 muls holds %,d bytes: %.2f bytes per node%n", total, total / 100_002.0);
    }
}
