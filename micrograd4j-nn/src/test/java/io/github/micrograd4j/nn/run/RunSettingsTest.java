package io.github.micrograd4j.nn.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.nn.Feature;
import io.github.micrograd4j.nn.train.Engines;
import io.github.micrograd4j.nn.train.Objective;
import io.github.micrograd4j.nn.train.Trainer;
import io.github.micrograd4j.nn.train.TrainingEngine;
import io.github.micrograd4j.nn.train.TrainingHistory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shared description of a run: defaults, keys, round trips, and the tape and graph engines on every new setting. */
class RunSettingsTest {

    @Test
    void anEmptyMapIsMicrogradsDemo() {
        RunSettings s = RunSettings.fromMap(Map.of());
        assertThat(s).isEqualTo(RunSettings.DEFAULTS);
        assertThat(s.toMap()).isEmpty();
        Run run = Run.create(s, null);
        assertThat(run.model().toString()).contains("337 parameters");
        assertThat(run.test()).isNull();
        TrainingHistory h = train(run, Engines.TAPE);
        // micrograd's demo (docs/CLI.md): loss 2.27 -> 0.0136, 100% accuracy
        assertThat(h.losses()[0]).isBetween(2.27, 2.28);
        assertThat(h.last().accuracy()).isEqualTo(1.0);
    }

    @Test
    void badValuesAreRefusedNamingKeyAndValue() {
        assertThatThrownBy(() -> RunSettings.fromMap(Map.of("points", "1"))).hasMessage("points must be at least 2, got 1");
        assertThatThrownBy(() -> RunSettings.fromMap(Map.of("split", "1.5"))).hasMessage("split must be in (0, 1], got 1.5");
        assertThatThrownBy(() -> RunSettings.fromMap(Map.of("lr", "x"))).hasMessage("lr must be a number, got 'x'");
        assertThatThrownBy(() -> RunSettings.fromMap(Map.of("features", "x3")))
                .hasMessageStartingWith("features: unknown feature 'x3'");
        assertThatThrownBy(() -> RunSettings.fromMap(Map.of("colour", "red")))
                .hasMessageStartingWith("colour is not a setting");
        assertThatThrownBy(() -> RunSettings.fromMap(Map.of("optimizer", "adam", "momentum", "0.5")))
                .isInstanceOf(SettingException.class).hasMessageContaining("0.5");
    }

    /** Seeded random settings survive toMap and fromMap unchanged. */
    @Test
    void randomSettingsRoundTripThroughTheirMap() {
        Random rng = new Random(20261130L);
        String[] datasets = {"moons", "circles", "xor", "blobs", "spirals"};
        String[] opts = {"sgd", "momentum", "adam"};
        for (int i = 0; i < 200; i++) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("dataset", datasets[rng.nextInt(datasets.length)]);
            m.put("points", String.valueOf(2 + rng.nextInt(500)));
            m.put("noise", String.valueOf(rng.nextInt(50) / 100.0));
            m.put("split", String.valueOf((1 + rng.nextInt(100)) / 100.0));
            List<Feature> fs = new ArrayList<>(List.of(Feature.values()));
            java.util.Collections.shuffle(fs, rng);
            m.put("features", Feature.ids(fs.subList(0, 1 + rng.nextInt(fs.size()))));
            List<String> layers = new ArrayList<>();
            for (int k = rng.nextInt(7); k > 0; k--) {
                layers.add(String.valueOf(1 + rng.nextInt(64)));
            }
            m.put("layers", layers.isEmpty() ? "none" : String.join(",", layers));
            m.put("reg", new String[] {"none", "l1", "l2"}[rng.nextInt(3)]);
            m.put("rate", String.valueOf(rng.nextInt(100) / 1000.0));
            m.put("optimizer", opts[rng.nextInt(3)]);
            m.put("lr", String.valueOf((1 + rng.nextInt(1000)) / 1000.0));
            m.put("batch", String.valueOf(rng.nextInt(50)));
            if (rng.nextBoolean()) {
                m.put("lr-changes", rng.nextInt(10) + ":" + (1 + rng.nextInt(99)) / 100.0 + "," + (10 + rng.nextInt(90))
                        + ":" + (1 + rng.nextInt(9)) / 1e4);
            }
            m.put("seed", String.valueOf(rng.nextLong()));
            m.put("steps", String.valueOf(1 + rng.nextInt(1000)));
            RunSettings s = RunSettings.fromMap(m);
            assertThat(RunSettings.fromMap(s.toMap())).as("%s", m).isEqualTo(s);
        }
    }

    /** Features, L1, mini-batches and a split: the tape and the graph engine train alike, step by step. */
    @Test
    void tapeAndGraphAgreeOnTheNewSettings() {
        Random rng = new Random(7);
        for (int i = 0; i < 6; i++) {
            Map<String, String> m = Map.of("dataset", i % 2 == 0 ? "xor" : "circles", "points", "40",
                    "features", i % 3 == 0 ? "x1,x2,x1sq,x2sq,x1x2,sinx1,sinx2" : "x1x2,sinx2",
                    "layers", "5,3", "reg", i < 3 ? "l1" : "none", "rate", "0.003", "batch", String.valueOf(i * 5),
                    "split", "0.75", "seed", String.valueOf(rng.nextInt(1000)), "steps", "15");
            RunSettings s = RunSettings.fromMap(m);
            TrainingHistory tape = train(Run.create(s, null), Engines.TAPE);
            TrainingHistory graph = train(Run.create(s, null), Engines.GRAPH);
            for (int k = 0; k < 15; k++) {
                double a = tape.losses()[k];
                double b = graph.losses()[k];
                assertThat(Math.abs(a - b)).as("%s step %d", m, k).isLessThanOrEqualTo(1e-12 * Math.abs(b));
                assertThat(tape.accuracies()[k]).isEqualTo(graph.accuracies()[k]);
            }
        }
    }

    @Test
    void theSplitKeepsEveryPointOnce() {
        Run run = Run.create(RunSettings.fromMap(Map.of("points", "50", "split", "0.7")), null);
        assertThat(run.train().size()).isEqualTo(35);
        assertThat(run.test().size()).isEqualTo(15);
        assertThat(run.testScores()).hasSize(2);
    }

    private static TrainingHistory train(Run run, Engines kind) {
        Objective o = run.objective();
        try (TrainingEngine e = kind.create(o)) {
            return Trainer.train(e, run.optimizer(), run.settings().steps(), run.batches(), r -> { });
        }
    }
}
