package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.micrograd4j.core.fixture.RandomOpGraphs;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link GraphRecording#backward(Value)} against {@link Value#backward()}: the same gradients on
 * random graphs and on a small MLP, and the same results in every case where the recording must
 * fall back to the traversal.
 */
class GraphRecordingTest {

    private static List<Value> leaves(double... data) {
        List<Value> leaves = new ArrayList<>();
        for (double d : data) {
            leaves.add(new Value(d));
        }
        return leaves;
    }

    private static void assertSameGrads(List<Value> actual, List<Value> expected, double relative, String where) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int k = 0; k < expected.size(); k++) {
            double e = expected.get(k).grad();
            assertThat(actual.get(k).grad()).as("%s, node %d", where, k)
                    .isCloseTo(e, within(relative * Math.max(1.0, Math.abs(e))));
        }
    }

    /**
     * Random graphs of the shared fixture over every op and composite, every node kept so that the
     * two builds can be compared node by node.
     */
    @Test
    void randomGraphsGetTheGradientsOfBackward() {
        SplittableRandom rnd = new SplittableRandom(7);
        for (int g = 0; g < 300; g++) {
            RandomOpGraphs.Graph graph = RandomOpGraphs.inDomain(rnd.nextLong(), RandomOpGraphs.PRIMITIVES,
                    RandomOpGraphs.COMPOSITES, 3, 60);
            List<Value> expected = List.of(graph.build(leaves(graph.data())));
            expected.get(expected.size() - 1).backward();
            List<Value> recorded;
            try (GraphRecording recording = GraphRecording.start()) {
                recorded = List.of(graph.build(leaves(graph.data())));
                recording.backward(recorded.get(recorded.size() - 1));
                assertThat(recording.lastBackwardRecorded).as("graph %d went by the recording", g).isTrue();
            }
            assertSameGrads(recorded, expected, 1e-12, "graph " + g);
        }
    }

    /** A 2-4-4-1 tanh MLP's summed squared error over three points, built as nn builds it. */
    private static List<Value> mlpLoss(double[] weights) {
        List<Value> params = leaves(weights);
        int[] sizes = {2, 4, 4, 1};
        double[][] points = {{0.5, -1.0}, {-0.25, 0.75}, {1.5, 0.1}};
        double[] targets = {1.0, -1.0, 0.5};
        Value loss = new Value(0.0);
        for (int p = 0; p < points.length; p++) {
            List<Value> x = leaves(points[p]);
            int w = 0;
            for (int layer = 1; layer < sizes.length; layer++) {
                List<Value> out = new ArrayList<>();
                for (int n = 0; n < sizes[layer]; n++) {
                    Value act = params.get(w++);
                    for (Value xi : x) {
                        act = act.add(params.get(w++).mul(xi));
                    }
                    out.add(layer < sizes.length - 1 ? act.tanh() : act);
                }
                x = out;
            }
            loss = loss.add(x.get(0).sub(targets[p]).pow(2.0));
        }
        List<Value> all = new ArrayList<>(params);
        all.add(loss);
        return all;
    }

    @Test
    void anMlpGetsExactlyTheGradientsOfBackward() {
        SplittableRandom rnd = new SplittableRandom(11);
        double[] weights = new double[(2 + 1) * 4 + (4 + 1) * 4 + (4 + 1)];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = rnd.nextDouble(-1, 1);
        }
        List<Value> expected = mlpLoss(weights);
        expected.get(expected.size() - 1).backward();
        List<Value> recorded;
        try (GraphRecording recording = GraphRecording.start()) {
            recorded = mlpLoss(weights);
            recording.backward(recorded.get(recorded.size() - 1));
            assertThat(recording.lastBackwardRecorded).isTrue();
        }
        for (int i = 0; i < weights.length; i++) {
            assertThat(recorded.get(i).grad()).as("parameter %d", i).isEqualTo(expected.get(i).grad());
        }
    }

    /** Builds {@code tanh(a*b)} before any recording, then the rest with {@code recorded} deciding how. */
    private static double[] withEarlierValues(boolean recorded) {
        List<Value> in = leaves(0.3, -1.2, 2.0);
        Value h = in.get(0).mul(in.get(1)).tanh();
        Value k = h.add(in.get(2)).mul(h);
        Function<Value, Value> rest = x -> x.mul(h).add(k.mul(x)).add(h.mul(k)).tanh();
        if (recorded) {
            try (GraphRecording recording = GraphRecording.start()) {
                Value out = rest.apply(in.get(2).mul(3.0));
                recording.backward(out);
                assertThat(recording.lastBackwardRecorded).isTrue();
            }
        } else {
            rest.apply(in.get(2).mul(3.0)).backward();
        }
        return new double[] {in.get(0).grad(), in.get(1).grad(), in.get(2).grad(), h.grad(), k.grad()};
    }

    @Test
    void valuesComputedBeforeTheRecordingAreFinishedByTheTraversal() {
        double[] expected = withEarlierValues(false);
        double[] actual = withEarlierValues(true);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).as("gradient %d", i).isCloseTo(expected[i], within(1e-12));
        }
        assertThat(expected[0]).isNotZero();
    }

    @Test
    void aTraversalSinceTheStartMakesItFallBack() {
        List<Value> in = leaves(0.5, 2.0);
        try (GraphRecording recording = GraphRecording.start()) {
            Value a = in.get(0).mul(in.get(1));
            assertThat(a.topologicalOrder()).hasSize(3); // overwrites the recorded positions
            Value out = a.tanh().add(a);
            recording.backward(out);
            assertThat(recording.lastBackwardRecorded).isFalse();
        }
        double t = Math.tanh(1.0);
        assertThat(in.get(0).grad()).isCloseTo((1 - t * t + 1) * 2.0, within(1e-12));
        assertThat(in.get(1).grad()).isCloseTo((1 - t * t + 1) * 0.5, within(1e-12));
    }

    @Test
    void anotherThreadComputingMakesItFallBack() throws Exception {
        List<Value> in = leaves(0.5, 2.0);
        try (GraphRecording recording = GraphRecording.start()) {
            AtomicReference<Value> fromThere = new AtomicReference<>();
            Thread other = new Thread(() -> fromThere.set(in.get(0).mul(in.get(1)).tanh()));
            other.start();
            other.join();
            Value out = fromThere.get().mul(in.get(0));
            recording.backward(out);
            assertThat(recording.lastBackwardRecorded).isFalse();
        }
        double t = Math.tanh(1.0);
        assertThat(in.get(0).grad()).isCloseTo(t + 0.5 * (1 - t * t) * 2.0, within(1e-12));
        assertThat(in.get(1).grad()).isCloseTo(0.5 * (1 - t * t) * 0.5, within(1e-12));
    }

    /**
     * A traversal running elsewhere at the moment of backward could overwrite the recorded positions
     * during the sweep; the recording must leave the graph to {@link Value#backward()} then.
     */
    @Test
    void aTraversalRunningElsewhereMakesItFallBack() {
        List<Value> in = leaves(0.5, 2.0);
        try (GraphRecording recording = GraphRecording.start()) {
            Value a = in.get(0).mul(in.get(1));
            Value out = a.tanh().add(a);
            boolean alone = TopologicalOrder.enter(); // what a traversal on another thread holds
            try {
                assertThat(alone).isTrue();
                recording.backward(out);
            } finally {
                TopologicalOrder.exit();
            }
            assertThat(recording.lastBackwardRecorded).isFalse();
        }
        double t = Math.tanh(1.0);
        assertThat(in.get(0).grad()).isCloseTo((1 - t * t + 1) * 2.0, within(1e-12));
    }

    @Test
    void onlyTheThreadThatStartedItMayCloseIt() throws Exception {
        try (GraphRecording recording = GraphRecording.start()) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread other = new Thread(() -> {
                try {
                    recording.close();
                } catch (Throwable t) {
                    thrown.set(t);
                }
            });
            other.start();
            other.join();
            assertThat(thrown.get()).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("must be closed on the thread that started it");
            assertThat(recording.isRecording()).isTrue();
        }
    }

    @Test
    void aSecondRecordingRecordsNothingAndStillDifferentiates() {
        try (GraphRecording first = GraphRecording.start(); GraphRecording second = GraphRecording.start()) {
            assertThat(first.isRecording()).isTrue();
            assertThat(second.isRecording()).isFalse();
            Value x = new Value(3.0);
            Value y = x.mul(x).add(x);
            second.backward(y);
            assertThat(second.lastBackwardRecorded).isFalse();
            assertThat(second.size()).isZero();
            assertThat(x.grad()).isEqualTo(7.0);
        }
    }

    @Test
    void afterClosingBackwardStillWorksAndGradientsAccumulate() {
        Value x = new Value(3.0);
        GraphRecording recording = GraphRecording.start();
        Value y = x.mul(x);
        recording.backward(y);
        assertThat(recording.lastBackwardRecorded).isTrue();
        recording.backward(y);
        assertThat(x.grad()).isEqualTo(12.0);
        recording.close();
        assertThat(recording.isRecording()).isFalse();
        recording.backward(y);
        assertThat(recording.lastBackwardRecorded).isFalse();
        assertThat(x.grad()).isEqualTo(18.0);
        assertThat(GraphRecording.start().isRecording()).as("closing let another recording start").isTrue();
        GraphRecording.active.close();
    }

    @Test
    void anomalyModeIsHonoured() {
        Value x = new Value(0.0, "x");
        try (GraphRecording recording = GraphRecording.start()) {
            Value y = x.pow(0.5).mul(2.0); // d sqrt(x)/dx is infinite at 0
            try (AnomalyMode anomaly = AnomalyMode.enable()) {
                assertThatThrownBy(() -> recording.backward(y)).isInstanceOf(AnomalyException.class);
            }
        }
    }

    @Test
    void aMillionDeepChainNeedsNoDeepStack() {
        Value x = new Value(1.0);
        try (GraphRecording recording = GraphRecording.start()) {
            Value y = x;
            for (int i = 0; i < 1_000_000; i++) {
                y = y.mul(1.0000001);
            }
            recording.backward(y);
            assertThat(recording.lastBackwardRecorded).isTrue();
            assertThat(recording.size()).isEqualTo(1_000_000);
        }
        assertThat(x.grad()).isCloseTo(Math.pow(1.0000001, 1_000_000), within(1e-6));
    }

    @Test
    void aLeafOutputOrOneMadeElsewhereFallsBack() {
        Value x = new Value(2.0);
        Value before = x.mul(x);
        try (GraphRecording recording = GraphRecording.start()) {
            recording.backward(x);
            assertThat(recording.lastBackwardRecorded).isFalse();
            assertThat(x.grad()).isEqualTo(1.0);
            recording.backward(before);
            assertThat(recording.lastBackwardRecorded).isFalse();
            assertThat(x.grad()).isEqualTo(1.0 + 4.0);
        }
    }
}
