package io.github.micrograd4j.core.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.fixture.RandomOpGraphs;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The tape against the object graph on random graphs: a tape compiled at some leaf values and
 * replayed at others gives exactly (bit for bit, NaN and infinities included) the values and
 * gradients of a graph built at those other values.
 */
class TapeAgreementTest {
    private static final int GRAPHS = 400;

    @Test
    void replayEqualsAFreshObjectGraphBitForBit() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int g = 0; g < GRAPHS; g++) {
            long seed = rnd.nextLong();
            int inputCount = 1 + rnd.nextInt(3);
            int parameterCount = rnd.nextInt(3);
            int ops = 1 + rnd.nextInt(60);
            List<Value> compiled = RandomOpGraphs.leaves(RandomOpGraphs.randomData(rnd, inputCount + parameterCount));
            Value built = RandomOpGraphs.anyData(seed, compiled, ops, RandomOpGraphs.PRIMITIVES);
            Tape tape = Tape.compile(built, compiled.subList(0, inputCount), compiled.subList(inputCount, compiled.size()));

            double[] now = RandomOpGraphs.randomData(rnd, inputCount + parameterCount);
            List<Value> fresh = RandomOpGraphs.leaves(now);
            Value expected = RandomOpGraphs.anyData(seed, fresh, ops, RandomOpGraphs.PRIMITIVES);
            expected.backward();
            for (int i = 0; i < inputCount; i++) {
                tape.setInput(i, now[i]);
            }
            for (int j = 0; j < parameterCount; j++) {
                tape.setParameter(j, now[inputCount + j]);
            }
            tape.forward();
            tape.backward();

            String where = "graph " + g + " (seed " + seed + ", " + ops + " ops)";
            Bits.assertSameDouble(tape.output(), expected.data(), where);
            for (int i = 0; i < inputCount; i++) {
                Bits.assertSameDouble(tape.inputGrad(i), fresh.get(i).grad(), where + " input " + i);
            }
            for (int j = 0; j < parameterCount; j++) {
                Bits.assertSameDouble(tape.parameterGrad(j), fresh.get(inputCount + j).grad(), where + " parameter " + j);
            }
        }
    }

    @Test
    void everySlotHoldsItsNodesValueAndGradient() {
        SplittableRandom rnd = new SplittableRandom(11);
        for (int g = 0; g < 50; g++) {
            List<Value> leaves = RandomOpGraphs.leaves(RandomOpGraphs.randomData(rnd, 3));
            Value out = RandomOpGraphs.anyData(rnd.nextLong(), leaves, 40, RandomOpGraphs.PRIMITIVES);
            out.backward();
            Map<Value, Integer> slots = new IdentityHashMap<>();
            Tape tape = Tape.compile(out, leaves, List.of(), List.of(), slots);
            tape.backward();
            // every graph node has a slot; so do inputs the graph happens not to use
            assertThat(slots.keySet()).containsAll(out.topologicalOrder());
            assertThat(slots.size()).isLessThanOrEqualTo(out.topologicalOrder().size() + leaves.size());
            for (Value v : out.topologicalOrder()) {
                int slot = slots.get(v);
                Bits.assertSameDouble(tape.value(slot), v.data(), "value of slot " + slot);
                Bits.assertSameDouble(tape.grad(slot), v.grad(), "grad of slot " + slot);
            }
            assertThat(tape.opCount()).isEqualTo((int) out.topologicalOrder().stream().filter(v -> !v.isLeaf()).count());
        }
    }

    @Test
    void aCopyReplaysIndependently() {
        Value x = new Value(2.0);
        Tape tape = Tape.compile(x.mul(x).tanh(), List.of(x), List.of());
        Tape copy = tape.copy();
        copy.setInput(0, 0.1);
        copy.forward();
        assertThat(tape.output()).isEqualTo(Math.tanh(4.0));
        assertThat(copy.output()).isEqualTo(Math.tanh(0.1 * 0.1));
    }

    @Test
    void aLeafOutputHasGradientOne() {
        Value x = new Value(3.0);
        Tape tape = Tape.compile(x, List.of(x), List.of());
        tape.backward();
        assertThat(tape.output()).isEqualTo(3.0);
        assertThat(tape.inputGrad(0)).isEqualTo(1.0);
        assertThat(tape.opCount()).isZero();
    }

    @Test
    void badSlotsAreNamed() {
        Value x = new Value(1.0);
        Value y = x.add(1);
        assertThatThrownBy(() -> Tape.compile(y, List.of(y), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("input 0 is not a leaf");
        assertThatThrownBy(() -> Tape.compile(y, List.of(x), List.of(x)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parameter 0").hasMessageContaining("twice");
        Tape tape = Tape.compile(y, List.of(x), List.of());
        assertThatThrownBy(() -> tape.setInput(1, 0.0)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("input 1 does not exist: the tape has 1 input");
        assertThatThrownBy(() -> tape.parameterGrad(0)).isInstanceOf(IndexOutOfBoundsException.class)
                .hasMessage("parameter 0 does not exist: the tape has 0 parameters");
    }

    @Test
    void replayAllocatesNothing() {
        List<Value> leaves = RandomOpGraphs.leaves(new double[] {0.3, -0.7, 1.1});
        Tape tape = Tape.compile(RandomOpGraphs.anyData(3, leaves, 200, RandomOpGraphs.PRIMITIVES), leaves, List.of());
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long id = Thread.currentThread().getId();
        for (int i = 0; i < 20_000; i++) {
            tape.setInput(0, i * 1e-4);
            tape.forward();
            tape.backward();
        }
        long before = threads.getThreadAllocatedBytes(id);
        for (int i = 0; i < 1000; i++) {
            tape.setInput(0, i * 1e-4);
            tape.forward();
            tape.backward();
        }
        long allocated = threads.getThreadAllocatedBytes(id) - before;
        assertThat(allocated).as("bytes allocated by 1000 replays").isLessThan(1000);
    }
}
