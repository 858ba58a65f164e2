package io.github.micrograd4j.core.tape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.micrograd4j.core.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The tape's accessors and copies, and the batched tape's threads, checked against numbers computed
 * here with {@link Math} (not against the tape itself).
 */
class TapeAccessorsTest {
    /** y = tanh(x0 * w0 + x1 * w1 + 2), with h = x0 * w0 + x1 * w1 + 2 watched. */
    private static final class Graph {
        final Value x0 = new Value(0.5, "x0");
        final Value x1 = new Value(-1.0, "x1");
        final Value w0 = new Value(0.25, "w0");
        final Value w1 = new Value(-0.75, "w1");
        final Value h = x0.mul(w0).add(x1.mul(w1)).add(2.0);
        final Value y = h.tanh();

        Tape compile() {
            return Tape.compile(y, List.of(x0, x1), List.of(w0, w1), List.of(h));
        }
    }

    private static double h(double x0, double x1, double w0, double w1) {
        return x0 * w0 + x1 * w1 + 2.0;
    }

    @Test
    void countsAndSizes() {
        Tape tape = new Graph().compile();
        assertThat(tape.inputCount()).isEqualTo(2);
        assertThat(tape.parameterCount()).isEqualTo(2);
        assertThat(tape.opCount()).isEqualTo(5); // two products, two sums, tanh
        // every leaf (2 inputs, 2 parameters, the constant 2) and every op has a slot
        assertThat(tape.size()).isGreaterThanOrEqualTo(2 + 2 + 1 + 5);
        assertThat(tape.watchedCount()).isEqualTo(1);
    }

    @Test
    void inputsParametersAndWatchedValuesReadBackWhatWasSetAndComputed() {
        Tape tape = new Graph().compile();
        tape.setInput(0, 1.5);
        tape.setInput(1, -2.5);
        tape.setParameter(0, 0.125);
        tape.setParameter(1, 3.0);
        assertThat(tape.input(0)).isEqualTo(1.5);
        assertThat(tape.input(1)).isEqualTo(-2.5);
        assertThat(tape.parameter(0)).isEqualTo(0.125);
        assertThat(tape.parameter(1)).isEqualTo(3.0);
        tape.forward();
        double h = h(1.5, -2.5, 0.125, 3.0);
        assertThat(tape.watched(0)).isCloseTo(h, within(1e-15));
        assertThat(tape.output()).isCloseTo(Math.tanh(h), within(1e-15));
    }

    @Test
    void aCopyComputesItsOwnValuesFromTheNumbersSetBeforeIt() {
        Tape tape = new Graph().compile();
        double before = tape.output();
        assertThat(before).isCloseTo(Math.tanh(h(0.5, -1.0, 0.25, -0.75)), within(1e-15));
        tape.setInput(0, 4.0); // set, not yet replayed
        Tape copy = tape.copy();
        assertThat(copy.output()).isCloseTo(Math.tanh(h(4.0, -1.0, 0.25, -0.75)), within(1e-15));
        assertThat(tape.output()).as("the original is not replayed by copying").isEqualTo(before);
        copy.setParameter(1, 0.0);
        copy.forward();
        tape.forward();
        assertThat(tape.output()).isCloseTo(Math.tanh(h(4.0, -1.0, 0.25, -0.75)), within(1e-15));
    }

    private static Set<Thread> tapeThreads() {
        Set<Thread> threads = Thread.getAllStackTraces().keySet();
        threads.removeIf(t -> !t.getName().startsWith("micrograd4j-tape-"));
        return threads;
    }

    private static BatchedTape batch(int examples, int tileSize, int threads) {
        Value w = new Value(0.5, "w");
        List<Value> outputs = new ArrayList<>();
        for (int e = 0; e < examples; e++) {
            outputs.add(new Value(e + 1.0, "x").mul(w).tanh());
        }
        return BatchedTape.compile(outputs, List.of(w), List.of(), tileSize, threads);
    }

    @Test
    void aBatchOnTwoThreadsStartsOneWorkerAndCloseEndsIt() throws Exception {
        Set<Thread> before = new java.util.HashSet<>(tapeThreads());
        BatchedTape tape = batch(6, 2, 2);
        Set<Thread> started = new java.util.HashSet<>(tapeThreads());
        started.removeAll(before);
        assertThat(started).as("one worker besides the caller").hasSize(1);
        assertThat(tape.batchSize()).isEqualTo(6);
        tape.forwardBackward();
        double expected = 0;
        for (int e = 0; e < 6; e++) {
            double t = Math.tanh((e + 1.0) * 0.5);
            expected += (1 - t * t) * (e + 1.0);
        }
        assertThat(tape.parameterGrad(0)).isCloseTo(expected, within(1e-12));
        tape.close();
        for (Thread t : started) {
            t.join(TimeUnit.SECONDS.toMillis(20));
            assertThat(t.isAlive()).as("%s after close", t.getName()).isFalse();
        }
    }

    @Test
    void aBatchOnOneThreadStartsNoWorker() {
        Set<Thread> before = new java.util.HashSet<>(tapeThreads());
        try (BatchedTape tape = batch(6, 2, 1)) {
            Set<Thread> started = new java.util.HashSet<>(tapeThreads());
            started.removeAll(before);
            assertThat(started).isEmpty();
            assertThat(tape.batchSize()).isEqualTo(6);
        }
    }

    @Test
    void aBatchRefusesALeafThatIsAParameterInOneExampleOnly() {
        Value w = new Value(0.5, "w");
        Value notW = new Value(0.5, "also 0.5, but not the parameter");
        List<Value> outputs = List.of(new Value(1.0).mul(w), new Value(2.0).mul(notW));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> BatchedTape.compile(outputs, List.of(w), List.of(), 4, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("example 1 differs from example 0")
                .hasMessageContaining("a parameter in one, not in the other");
    }

    @Test
    void aBatchRefusesExamplesWithDifferentConstantExponents() {
        Value w = new Value(0.5, "w");
        List<Value> outputs = List.of(new Value(1.0).mul(w).pow(2.0), new Value(2.0).mul(w).pow(3.0));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> BatchedTape.compile(outputs, List.of(w), List.of(), 4, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("example 1 differs from example 0");
    }
}
