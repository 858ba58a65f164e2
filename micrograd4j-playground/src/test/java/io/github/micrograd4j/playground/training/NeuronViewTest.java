package io.github.micrograd4j.playground.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.micrograd4j.lang.Evaluation;
import io.github.micrograd4j.lang.Program;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.nn.Neuron;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.run.Run;
import io.github.micrograd4j.nn.run.RunSettings;
import io.github.micrograd4j.nn.train.Engines;
import io.github.micrograd4j.nn.train.LossGraph;
import io.github.micrograd4j.nn.train.Trainer;
import io.github.micrograd4j.nn.train.TrainingEngine;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * "Inside a neuron": the program's grads are the loss's. Summed over every training point, the
 * grads the program's own backward gives the neuron's weights and bias are the whole loss's gradient
 * from the engine's full-graph backward (plus the penalty's share, which no point owns). Where no gradient
 * reaches the neuron, the view says why and finds the nearest point where one does, as a search over every
 * training point finds it.
 */
class NeuronViewTest {

    private static double[] engineGrads(Run run, Neuron n) {
        for (Value p : run.model().parameters()) {
            p.setGrad(0.0);
        }
        LossGraph graph = run.objective().build();
        graph.loss().backward();
        double[] g = new double[n.weights().size() + 1];
        for (int i = 0; i < n.weights().size(); i++) {
            g[i] = n.weights().get(i).grad();
        }
        g[g.length - 1] = n.bias().grad();
        return g;
    }

    private static double[] programGrads(String program, int weights) {
        Program p = Program.parse(program);
        Evaluation e = p.evaluate();
        p.backward(e);
        double[] g = new double[weights + 1];
        for (int i = 0; i <= weights; i++) {
            String name = i < weights ? "w" + i : "b";
            g[i] = e.results().get(e.names().indexOf(name)).grad();
        }
        return g;
    }

    private static void check(Map<String, String> settings, int neuron, int layer, int index, double penaltyPerWeight) {
        Run run = Run.create(RunSettings.fromMap(settings), null);
        try (TrainingEngine engine = Engines.defaultFor(run.objective()).create(run.objective())) {
            Trainer.train(engine, run.optimizer(), 3, run.batches(), r -> { });
        }
        Neuron n = run.model().layers().get(layer).neurons().get(index);
        double[] sum = new double[n.weights().size() + 1];
        Dataset train = run.train();
        for (int i = 0; i < train.size(); i++) {
            double[] x = train.features(i);
            String program = NeuronView.at(run, neuron, x[0], x[1]).program();
            assertThat(program).contains("training point " + i + " of " + train.size());
            double[] g = programGrads(program, n.weights().size());
            for (int k = 0; k < sum.length; k++) {
                sum[k] += g[k];
            }
        }
        double[] engine = engineGrads(run, n);
        double largest = 0;
        for (int k = 0; k < sum.length; k++) {
            double parameter = k < n.weights().size() ? n.weights().get(k).data() : n.bias().data();
            double expected = engine[k] - penaltyPerWeight * parameter;
            assertThat(sum[k]).as("neuron %d, parameter %d: the points' shares against the engine", neuron, k)
                    .isCloseTo(expected, within(1e-9 * Math.max(1e-3, Math.abs(expected))));
            largest = Math.max(largest, Math.abs(expected));
        }
        assertThat(largest).as("a neuron with gradients worth comparing").isGreaterThan(1e-6);
    }

    @Test
    void aHiddenNeuronsGradsSumToTheEnginesOverThePoints() {
        check(Map.of("points", "24", "layers", "3,2", "reg", "none", "seed", "3"), 3, 1, 0, 0.0);
    }

    @Test
    void aFirstLayerNeuronWithFeaturesAndTheL2Penalty() {
        // micrograd's penalty is rate * sum(p * p): its share of each weight's gradient is 2 * rate * p
        check(Map.of("points", "24", "layers", "4", "features", "x1,x2,x1x2", "activation", "tanh", "rate", "0.01",
                "seed", "5"), 1, 0, 1, 2 * 0.01);
    }

    @Test
    void theOutputNeuronOfASoftmaxNet() {
        check(Map.of("dataset", "blobs", "classes", "3", "points", "30", "layers", "4", "reg", "none", "seed", "2"),
                5, 1, 1, 0.0);
    }

    @Test
    void aClickSnapsToTheNearestTrainingPointAndTheNamesAreTheLectures() {
        Run run = Run.create(RunSettings.fromMap(Map.of("points", "20", "layers", "2")), null);
        double[] x = run.train().features(7);
        NeuronView view = NeuronView.at(run, 0, x[0] + 1e-3, x[1] - 1e-3);
        String program = view.program();
        assertThat(program).contains("# neuron 1 of hidden layer 1 at the point (" + x[0] + ", " + x[1]
                + "), training point 7 of 20, class " + run.train().classOf(7));
        assertThat(program).contains("\nout = relu(z)\n").doesNotContain("seeded");
        assertThat(List.of(program.split("\n"))).last().asString().startsWith("L = out * ");
        assertThat(Program.parse(program).outputName()).isEqualTo("L");
        assertThat(view.json()).contains("\"neuron\":{\"layer\":1,\"index\":1,\"hidden\":true}")
                .contains("\"index\":7,").contains("\"set\":\"train\"");
        // the output layer's neuron is linear: its sum is its output
        NeuronView last = NeuronView.at(run, 2, x[0], x[1]);
        assertThat(last.hidden()).isFalse();
        assertThat(last.program()).contains("# neuron 1 of the output layer").contains("\nout = b + w0 * h1_0 + w1 * h1_1\n");
    }

    /** L's value is the whole training loss, and the program's grads of z and out are the view's dL/dz and dL/dout. */
    @Test
    void theProgramsLIsTheLossAndItsGradsAreTheViews() {
        Run run = trained(Map.of("points", "30", "layers", "4", "seed", "4"), 5);
        double loss = run.objective().build().loss().data();
        for (int i = 0; i < run.train().size(); i++) {
            double[] x = run.train().features(i);
            NeuronView view = NeuronView.at(run, 2, x[0], x[1]);
            Program p = Program.parse(view.program());
            Evaluation e = p.evaluate();
            p.backward(e);
            assertThat(e.output().data()).isCloseTo(loss, within(1e-12 * Math.max(1, Math.abs(loss))));
            assertThat(value(e, "out").grad()).isEqualTo(view.dLdOut());
            assertThat(value(e, "z").grad()).isEqualTo(view.dLdz());
            assertThat(value(e, "z").data()).isEqualTo(view.z());
        }
    }

    /**
     * After training, the svm loss leaves many points beyond the margin and many relus off: there the view names
     * the cause, and its nearest point with a gradient is the one a search over every training point finds
     * (nearest first, the data's order among equals).
     */
    @Test
    void whereNoGradientReachesTheNeuronTheNearestPointWithOneIsOffered() {
        Run run = trained(Map.of("points", "60", "layers", "6", "seed", "1"), 60);
        Dataset train = run.train();
        int neurons = 7;
        int zeros = 0;
        java.util.Set<NeuronView.Zero> causes = java.util.EnumSet.noneOf(NeuronView.Zero.class);
        for (int neuron = 0; neuron < neurons; neuron++) {
            double[] dLdz = new double[train.size()];
            NeuronView[] views = new NeuronView[train.size()];
            for (int i = 0; i < train.size(); i++) {
                double[] x = train.features(i);
                views[i] = NeuronView.at(run, neuron, x[0], x[1]);
                dLdz[i] = views[i].dLdz();
            }
            for (int i = 0; i < train.size(); i++) {
                NeuronView v = views[i];
                if (dLdz[i] != 0.0) {
                    assertThat(v.zero()).isNull();
                    assertThat(v.nearest()).isNull();
                    continue;
                }
                zeros++;
                causes.add(v.zero());
                assertThat(v.zero()).as("neuron %d, point %d", neuron, i).isNotNull();
                switch (v.zero()) {
                    case NO_LOSS, PATHS_OFF -> assertThat(v.dLdOut()).isZero();
                    case ACTIVATION_OFF -> {
                        assertThat(v.dLdOut()).isNotZero();
                        assertThat(v.z()).isLessThanOrEqualTo(0.0);
                    }
                }
                int expected = -1;
                double best = Double.POSITIVE_INFINITY;
                for (int j = 0; j < train.size(); j++) {
                    double d = squared(train.features(j), train.features(i));
                    if (j != i && dLdz[j] != 0.0 && d < best) {
                        best = d;
                        expected = j;
                    }
                }
                if (expected < 0) {
                    assertThat(v.nearest()).isNull();
                } else {
                    assertThat(v.nearest()).as("neuron %d, point %d", neuron, i).isNotNull();
                    assertThat(v.nearest().point()).as("neuron %d, point %d", neuron, i).isEqualTo(expected);
                    // one backward over every point may sum in another order than the point's own
                    assertThat(v.nearest().dLdz()).isCloseTo(dLdz[expected],
                            within(1e-12 * Math.abs(dLdz[expected])));
                    assertThat(v.nearest().at()).containsExactly(train.features(expected));
                }
            }
        }
        assertThat(zeros).as("points without a gradient, to search from").isGreaterThan(20);
        assertThat(causes).as("causes met").contains(NeuronView.Zero.NO_LOSS, NeuronView.Zero.ACTIVATION_OFF);
    }

    private static double squared(double[] a, double[] b) {
        return (a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]);
    }

    private static Value value(Evaluation e, String name) {
        return e.results().get(e.names().indexOf(name));
    }

    private static Run trained(Map<String, String> settings, int steps) {
        Run run = Run.create(RunSettings.fromMap(settings), null);
        try (TrainingEngine engine = Engines.defaultFor(run.objective()).create(run.objective())) {
            Trainer.train(engine, run.optimizer(), steps, run.batches(), r -> { });
        }
        return run;
    }
}
