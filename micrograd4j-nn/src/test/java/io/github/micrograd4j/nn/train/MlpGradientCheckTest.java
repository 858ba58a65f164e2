package io.github.micrograd4j.nn.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.check.GradientCheck;
import io.github.micrograd4j.core.check.GradientCheckReport;
import io.github.micrograd4j.nn.Activation;
import io.github.micrograd4j.nn.Layer;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.Neuron;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.data.Datasets;
import io.github.micrograd4j.nn.loss.ClassificationLoss;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The whole training loss of a small MLP, checked against central finite differences by core's
 * {@link GradientCheck}: every parameter's analytic gradient through net, loss and L2.
 */
class MlpGradientCheckTest {

    @ParameterizedTest
    @EnumSource(ClassificationLoss.class)
    void everyParameterGradientOfTheLossMatchesFiniteDifferences(ClassificationLoss loss) {
        Dataset data = switch (loss) {
            case SOFTMAX_CROSS_ENTROPY -> Datasets.blobs(12, 3, 0.5, new Random(11));
            case SQUARED_ERROR -> Datasets.regressGaussian(12, 0.1, new Random(11));
            default -> Datasets.moons(12, 0.1, new Random(11));
        };
        int outputs = loss.outputsFor(data.classCount());
        // tanh hidden layer: smooth, so finite differences are accurate everywhere
        List<Activation> acts = List.of(Activation.TANH, Activation.SIGMOID, Activation.LINEAR);
        MLP template = new MLP(2, List.of(4, 3, outputs), acts, new Random(7));
        Map<String, Double> params = new LinkedHashMap<>();
        double[] init = template.parameterData();
        for (int i = 0; i < init.length; i++) {
            params.put("p" + i, init[i]);
        }

        GradientCheckReport report = GradientCheck.defaults().check(params, leaves -> {
            MLP model = rebuild(template, leaves);
            return new Objective(model, data, loss, 1e-2).build().loss();
        });

        assertThat(report.inputs()).hasSize(template.parameterCount());
        assertThat(report.passed()).as(report.toTable()).isTrue();
    }

    /** The template's architecture over the check's leaves p0, p1, ... in parameter order. */
    private static MLP rebuild(MLP template, Map<String, Value> leaves) {
        int k = 0;
        List<Layer> layers = new ArrayList<>();
        for (Layer l : template.layers()) {
            List<Neuron> ns = new ArrayList<>();
            for (Neuron n : l.neurons()) {
                List<Value> w = new ArrayList<>();
                for (int i = 0; i < n.inputCount(); i++) {
                    w.add(leaves.get("p" + k++));
                }
                ns.add(new Neuron(w, leaves.get("p" + k++), n.activation()));
            }
            layers.add(new Layer(ns));
        }
        return new MLP(template.inputCount(), layers);
    }
}
