package io.github.micrograd4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.micrograd4j.nn.Layer;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.Neuron;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.data.Datasets;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Runs each example's {@code main} and checks what it prints against the walkthrough's numbers
 * (WALKTHROUGH.md), the lecture's neuron and micrograd's demo.
 */
class ExamplesTest {

    @Test
    void step1PrintsTheForwardPassWithLabelsOpsAndChildren() {
        assertThat(Printed.by(Step1ValueWithLabels::main)).containsExactly(
                "a = 2.0   (a leaf: no op, no children)",
                "b = -3.0   (a leaf: no op, no children)",
                "c = 10.0   (a leaf: no op, no children)",
                "e = -6.0   (op * of a and b)",
                "d = 4.0   (op + of e and c)",
                "f = -2.0   (a leaf: no op, no children)",
                "L = -8.0   (op * of d and f)",
                "Value(data=4.0, grad=0.0, label=d)");
    }

    @Test
    void step2FindsTheWalkthroughsGradientsByHand() {
        assertThat(Printed.by(Step2ManualBackprop::main)).containsExactly(
                "dL/dL = 1.0", "dL/dd = -2.0", "dL/df = 4.0", "dL/dc = -2.0", "dL/de = -2.0", "dL/da = 6.0",
                "dL/db = -4.0");
    }

    @Test
    void step3NudgesFAndChecksEveryInput() {
        List<String> lines = Printed.by(Step3NumericCheck::main);

        // L is linear in f, so the one-sided slope is d = 4 up to rounding: the walkthrough prints ~3.9999.
        assertThat(lines.get(0)).startsWith("(L(f + h) - L(f)) / h = ");
        double slope = Double.parseDouble(lines.get(0).split(" ")[8]);
        assertThat(slope).isCloseTo(4.0, within(1e-3));
        assertThat(lines).last().isEqualTo("every gradient matches");
        // one report line per input, with the walkthrough's gradient both ways and "ok"
        assertThat(lines).anyMatch(l -> l.matches("a\\s+2\\.000000\\s+6\\.000000\\s+6\\.000000\\s+\\S+\\s+ok"));
        assertThat(lines).anyMatch(l -> l.matches("b\\s+-3\\.000000\\s+-4\\.000000\\s+-4\\.000000\\s+\\S+\\s+ok"));
        assertThat(lines).anyMatch(l -> l.matches("c\\s+10\\.000000\\s+-2\\.000000\\s+-2\\.000000\\s+\\S+\\s+ok"));
        assertThat(lines).anyMatch(l -> l.matches("f\\s+-2\\.000000\\s+4\\.000000\\s+4\\.000000\\s+\\S+\\s+ok"));
        assertThat(lines).contains("one-sided difference, eps 0.001, atol 0.01, rtol 0.01: 4 passed, 0 failed");
    }

    @Test
    void step4BackwardGivesTheSameGradientsAsTheHandWork() {
        List<String> byHand = Printed.by(Step2ManualBackprop::main);
        List<String> lines = Printed.by(Step4Backward::main);

        assertThat(lines.subList(0, 7)).isEqualTo(byHand);
        assertThat(lines.get(7)).isEqualTo("x + x: dtwice/dx = 2.0 (1 from each use)");
    }

    @Test
    void step5IsTheLecturesNeuron() {
        List<String> lines = Printed.by(Step5Neuron::main);

        // Known values from the lecture: o = 1/sqrt(2), do/dn = 1 - o^2 = 0.5, x1.grad = w1 * 0.5, ...
        assertThat(lines).containsExactly(
                String.format(Locale.ROOT, "o = tanh(n) = %.4f", 1 / Math.sqrt(2)),
                "do/dn = 0.5000", "do/db = 0.5000", "do/dx1*w1 = 0.5000", "do/dx2*w2 = 0.5000",
                "do/dx1 = -1.5000", "do/dw1 = 1.0000", "do/dx2 = 0.5000", "do/dw2 = 0.0000");
    }

    @Test
    void step6TrainsMicrogradsDemoToFullAccuracyAndDrawsTheRegions() {
        List<String> lines = Printed.by(Step6MoonsMlp::main);

        // Step 0's loss and accuracy are the untrained model's, computed here with plain doubles from its
        // weights and points (no Value, no Objective, no loss code of the library): micrograd's
        // mean(relu(1 - y * score)) + 1e-4 * sum(p * p), a neuron being b + w0*x0 + w1*x1.
        MLP untrained = new MLP(new Random(1338), 2, 16, 16, 1);
        Dataset moons = Datasets.moons(100, 0.1, new Random(1337));
        double[] step0 = lossAndAccuracyByHand(untrained, moons);
        assertThat(lines.get(0)).isEqualTo(String.format(Locale.ROOT, "step   1  loss %.4f  accuracy %3d%%",
                step0[0], Math.round(step0[1] * 100)));
        double initialLoss = step0[0];
        // micrograd's demo reaches 100% accuracy within its 100 steps.
        assertThat(lines.get(10)).startsWith("step 100  loss ").endsWith("accuracy 100%");
        double finalLoss = Double.parseDouble(lines.get(10).split("\\s+")[3]);
        assertThat(finalLoss).isLessThan(initialLoss / 10);
        List<String> map = lines.subList(11, lines.size());
        assertThat(map).hasSize(15).allSatisfy(row -> assertThat(row).hasSize(50).matches("[.+01]+"));
        assertThat(String.join("", map)).contains("+", ".", "0", "1");
    }

    /** The lecture's loop with MLP.of(...).activation(TANH): the loss falls and every prediction takes its target's sign. */
    @Test
    void step7RunsTheLecturesLoopDownToASmallLoss() {
        List<String> lines = Printed.by(Step7LectureMlp::main);
        assertThat(lines).hasSize(Step7LectureMlp.STEPS + 1);
        // step 1's loss is the untrained net's: the same builder and seed give it independently
        MLP untrained = MLP.of(3, 4, 4, 1).activation(io.github.micrograd4j.nn.Activation.TANH).seed(42).build();
        double initial = 0;
        for (int i = 0; i < Step7LectureMlp.XS.length; i++) {
            double e = untrained.predict(Step7LectureMlp.XS[i])[0] - Step7LectureMlp.YS[i];
            initial += e * e;
        }
        assertThat(Double.parseDouble(lines.get(0).split("\\s+")[3])).isCloseTo(initial, org.assertj.core.data.Offset.offset(1e-6));
        double last = Double.parseDouble(lines.get(Step7LectureMlp.STEPS - 1).split("\\s+")[3]);
        assertThat(last).isLessThan(initial / 10);
        String[] predictions = lines.get(Step7LectureMlp.STEPS).split("\\s+");
        for (int i = 0; i < Step7LectureMlp.YS.length; i++) {
            assertThat(Math.signum(Double.parseDouble(predictions[i + 1]))).isEqualTo(Math.signum(Step7LectureMlp.YS[i]));
        }
    }

    /** The max-margin loss with L2 and the accuracy of {@code model} on {@code data}, in plain doubles. */
    private static double[] lossAndAccuracyByHand(MLP model, Dataset data) {
        double sum = 0;
        int correct = 0;
        double[] y = data.signedLabels();
        for (int i = 0; i < data.size(); i++) {
            double[] activations = data.features(i);
            for (int l = 0; l < model.layers().size(); l++) {
                List<Neuron> neurons = model.layers().get(l).neurons();
                double[] next = new double[neurons.size()];
                for (int n = 0; n < neurons.size(); n++) {
                    Neuron neuron = neurons.get(n);
                    double z = neuron.bias().data();
                    for (int j = 0; j < activations.length; j++) {
                        z += neuron.weights().get(j).data() * activations[j];
                    }
                    boolean hidden = l < model.layers().size() - 1;
                    next[n] = hidden ? Math.max(0, z) : z;
                }
                activations = next;
            }
            double score = activations[0];
            sum += Math.max(0, 1 - y[i] * score);
            if ((y[i] > 0) == (score > 0)) {
                correct++;
            }
        }
        double squares = 0;
        for (Layer layer : model.layers()) {
            for (Neuron neuron : layer.neurons()) {
                for (var w : neuron.weights()) {
                    squares += w.data() * w.data();
                }
                squares += neuron.bias().data() * neuron.bias().data();
            }
        }
        return new double[] {sum * (1.0 / data.size()) + 1e-4 * squares, (double) correct / data.size()};
    }

    @Test
    void theCatalogListsEveryExampleInOrderAndFindsThemByNumberOrName() {
        List<Examples.Example> all = Examples.all();

        assertThat(all).extracting(Examples.Example::number).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
        assertThat(all).extracting(e -> e.mainClass().getSimpleName()).containsExactly("Step1ValueWithLabels",
                "Step2ManualBackprop", "Step3NumericCheck", "Step4Backward", "Step5Neuron", "Step6MoonsMlp",
                "Step7LectureMlp", "Step8Newton", "Step9Curvature");
        assertThat(Examples.find("5")).get().extracting(Examples.Example::name).isEqualTo("neuron");
        assertThat(Examples.find(" Neuron ")).get().extracting(Examples.Example::number).isEqualTo(5);
        assertThat(Examples.find("10")).isEmpty();
        assertThat(Printed.by(args -> Examples.find("manual").orElseThrow().run()))
                .isEqualTo(Printed.by(Step2ManualBackprop::main));
    }

    @Test
    void theExamplesRunOnTheModulePath() {
        // module-info.java makes surefire put this module and core on the module path; a class path
        // run would leave the examples in the unnamed module.
        assertThat(Step5Neuron.class.getModule().getName()).isEqualTo("io.github.micrograd4j.examples");
        assertThat(io.github.micrograd4j.core.Value.class.getModule().getName())
                .isEqualTo("io.github.micrograd4j.core");
    }
}
