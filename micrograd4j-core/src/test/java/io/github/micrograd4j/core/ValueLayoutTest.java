package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.ClassLayout;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;

/** Bytes per node, measured by JOL on the running JVM (issue 5: at most 64 for a binary op node). */
class ValueLayoutTest {

    @Test
    void aBinaryOpNodeTakesAtMost64Bytes() {
        assumeTrue(VM.current().addressSize() == 8, "a 64-bit JVM");
        assumeTrue(VM.current().objectHeaderSize() <= 12, "compressed class pointers (the default)");
        assumeTrue(VM.current().sizeOfField("java.lang.Object") == 4, "compressed references (heaps under 32 GB)");
        Value a = new Value(2.0);
        Value b = new Value(3.0);
        Value product = a.mul(b);
        assertThat(ClassLayout.parseInstance(product).instanceSize()).isLessThanOrEqualTo(64);
        // everything a node holds on to that other nodes do not share: the node and nothing else
        assertThat(bytesPerChainNode()).isLessThanOrEqualTo(64.0);
    }

    /** The heap reachable from a chain of muls, per extra node: no closures, boxes or lists per node. */
    private static double bytesPerChainNode() {
        Value x = new Value(1.0);
        Value c = new Value(1.0001);
        Value shorter = chain(x, c, 1000);
        Value longer = chain(x, c, 3000);
        return (GraphLayout.parseInstance(longer).totalSize() - GraphLayout.parseInstance(shorter).totalSize()) / 2000.0;
    }

    private static Value chain(Value x, Value c, int length) {
        Value y = x;
        for (int i = 0; i < length; i++) {
            y = y.mul(c);
        }
        return y;
    }

    @Test
    void everyNodeIsTheSameSizeWhateverItsOp() {
        Value x = new Value(0.5);
        long leaf = ClassLayout.parseInstance(x).instanceSize();
        assertThat(ClassLayout.parseInstance(x.tanh()).instanceSize()).isEqualTo(leaf);
        assertThat(ClassLayout.parseInstance(x.pow(2)).instanceSize()).isEqualTo(leaf);
        assertThat(ClassLayout.parseInstance(x.add(x)).instanceSize()).isEqualTo(leaf);
    }
}
