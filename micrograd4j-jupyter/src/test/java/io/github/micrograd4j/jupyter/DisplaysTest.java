package io.github.micrograd4j.jupyter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.check.GradientCheck;
import io.github.micrograd4j.core.check.GradientCheckReport;
import io.github.micrograd4j.core.walkthrough.WalkthroughExample;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.data.Datasets;
import io.github.micrograd4j.nn.loss.ClassificationLoss;
import io.github.micrograd4j.nn.optim.LearningRate;
import io.github.micrograd4j.nn.optim.Sgd;
import io.github.micrograd4j.nn.train.GraphEngine;
import io.github.micrograd4j.nn.train.Objective;
import io.github.micrograd4j.nn.train.StepRecord;
import io.github.micrograd4j.nn.train.TrainingHistory;
import io.github.micrograd4j.viz.BackpropPictures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DisplaysTest {
    @Test
    void aValueIsItsGraphAsSvgWithItsTextAsFallback() {
        WalkthroughExample w = WalkthroughExample.build();
        w.L().backward();
        MimeBundle bundle = Displays.of(w.L()).orElseThrow();
        assertThat(bundle.data()).containsOnlyKeys(MimeBundle.SVG, MimeBundle.TEXT);
        assertThat(bundle.get(MimeBundle.SVG)).startsWith("<svg ").contains("grad 6.0000", "grad -4.0000", "data -8.0000");
        assertThat(bundle.text()).isEqualTo(w.L().toString());
    }

    @Test
    void aGraphOverTheLimitIsRefusedInOneLineOfText() {
        Value v = new Value(1.0, "x");
        while (v.topologicalOrder().size() <= BackpropPictures.MAX_VALUES) {
            v = v.mul(v.add(1.0));
        }
        int values = v.topologicalOrder().size();
        for (MimeBundle bundle : List.of(Displays.value(v), Displays.stepThrough(v))) {
            assertThat(bundle.data()).containsOnlyKeys(MimeBundle.TEXT);
            assertThat(bundle.text()).startsWith("error: the graph has " + values + " values").doesNotContain("\n");
        }
    }

    @Test
    void aGraphWhoseLayoutIsTooLargeIsRefusedInOneLine() {
        // one input feeding a long chain: few values, many layer crossings
        Value a = new Value(1.0001, "a");
        Value v = a;
        for (int i = 0; i < 300; i++) {
            v = v.mul(a);
        }
        MimeBundle bundle = Displays.value(v);
        assertThat(bundle.data()).containsOnlyKeys(MimeBundle.TEXT);
        assertThat(bundle.text()).startsWith("error: the graph's ").contains("layer crossings").doesNotContain("\n");
    }

    @Test
    void stepThroughIsTheWalkthroughPageInASandboxedFrame() {
        WalkthroughExample w = WalkthroughExample.build();
        MimeBundle bundle = Displays.of(BackpropPictures.of(w.L())).orElseThrow();
        String html = bundle.get(MimeBundle.HTML);
        assertThat(html).startsWith("<iframe sandbox=\"allow-scripts\"").endsWith("</iframe>");
        // the page is inside the attribute, so it has no raw quote or tag of its own
        String srcdoc = html.substring(html.indexOf("srcdoc=\"") + 8, html.lastIndexOf("\"></iframe>"));
        assertThat(srcdoc).doesNotContain("\"", "<", ">").contains("&lt;script");
        assertThat(bundle.text()).contains("dL/da = dL/de * de/da = -2.0000 * -3.0000 = 6.0000");
    }

    @Test
    void gradientCheckIsATableWithOneRowPerInputAndFailuresMarked() {
        GradientCheckReport ok = GradientCheck.walkthrough().check(Map.of("x", 3.0, "y", -1.0),
                in -> in.get("x").mul(in.get("y")));
        MimeBundle bundle = Displays.of(ok).orElseThrow();
        assertThat(bundle.get(MimeBundle.HTML).split("<tr>", -1)).hasSize(1 + 1 + 2);
        assertThat(bundle.get(MimeBundle.HTML)).contains("<td>x</td>", "<td>y</td>", "2 passed, 0 failed")
                .doesNotContain("FAIL");
        assertThat(bundle.text()).isEqualTo(ok.toTable());

        // relu at its kink: the one-sided difference sees slope 1, the analytic rule says relu'(0) = 0
        GradientCheckReport bad = GradientCheck.walkthrough().check(Map.of("x", 0.0), in -> in.get("x").relu());
        assertThat(bad.passed()).isFalse();
        assertThat(Displays.gradientCheck(bad).get(MimeBundle.HTML)).contains("FAIL", "0 passed, 1 failed");
    }

    @Test
    void trainingSnapshotsComeEveryFewStepsAndAtTheEnd() {
        Dataset moons = Datasets.moons(20, 0.1, new Random(1));
        MLP model = new MLP(new Random(2), 2, 4, 1);
        Objective objective = new Objective(model, moons, ClassificationLoss.MAX_MARGIN, 1e-4);
        List<Integer> seen = new ArrayList<>();
        TrainingRun run = TrainingLoop.run(new GraphEngine(objective), new Sgd(model.parameters(),
                LearningRate.constant(0.1)), 7, 3, r -> seen.add(r.history().steps().size()));
        assertThat(seen).containsExactly(3, 6, 7);
        assertThat(run.history().steps()).extracting(StepRecord::step).containsExactly(0, 1, 2, 3, 4, 5, 6);

        MimeBundle shown = Displays.of(run).orElseThrow();
        assertThat(shown.get(MimeBundle.HTML).split("<svg", -1)).hasSize(3);
        assertThat(shown.text()).contains("7 steps: loss").contains(String.format(java.util.Locale.ROOT,
                "accuracy %.4f;", run.accuracy()));
        assertThat(Displays.of(run.history()).orElseThrow().get(MimeBundle.SVG)).startsWith("<svg ");
        assertThat(Displays.of(objective).orElseThrow().get(MimeBundle.SVG)).startsWith("<svg ");
        assertThat(Displays.history(new TrainingHistory(List.of())).data()).containsOnlyKeys(MimeBundle.TEXT);
    }

    @Test
    void otherObjectsAreNotOurs() {
        assertThat(Displays.of("text")).isEmpty();
        assertThat(Displays.of(42)).isEmpty();
    }
}
