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
 * from the engine's full-graph backward (plus the penalty's share, which no point owns).
 */
class RunInspectionTest {

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
            String program = RunInspection.neuronProgram(run, neuron, x[0], x[1]);
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
    void aClickSnapsToTheNearestTrainingPoint() {
        Run run = Run.create(RunSettings.fromMap(Map.of("points", "20", "layers", "2")), null);
        double[] x = run.train().features(7);
        String program = RunInspection.neuronProgram(run, 0, x[0] + 1e-3, x[1] - 1e-3);
        assertThat(program).contains("at the point (" + x[0] + ", " + x[1] + "), training point 7 of 20");
        assertThat(List.of(program.split("\n"))).last().asString().startsWith("seeded = out * ");
    }
}
