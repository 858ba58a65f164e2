package io.github.micrograd4j.playground.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.micrograd4j.nn.Feature;
import io.github.micrograd4j.nn.run.Run;
import io.github.micrograd4j.nn.run.RunSettings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The diagram's input nodes show each feature's map over the plane: a run's info carries them, in the net's input
 * order, at the neuron thumbnails' cells, as nn's {@link Feature} computes them.
 */
class FeatureMapsTest {

    /** featureMaps of an info answer: one list of thousandths per feature. */
    private static List<long[]> featureMaps(String json) throws IOException {
        List<long[]> maps = new ArrayList<>();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("featureMaps")) {
                    p.nextToken();
                    while (p.nextToken() == JsonToken.START_ARRAY) {
                        List<Long> one = new ArrayList<>();
                        while (p.nextToken() != JsonToken.END_ARRAY) {
                            one.add(p.getLongValue());
                        }
                        maps.add(one.stream().mapToLong(Long::longValue).toArray());
                    }
                }
            }
        }
        return maps;
    }

    @Test
    void theInfoCarriesEachFeaturesMapInTheNetsOrder() throws IOException {
        String features = "x2,x1,x1sq,x1x2,sinx2";
        Run run = Run.create(RunSettings.fromMap(Map.of("features", features, "points", "40")), null);
        List<long[]> maps = featureMaps(LabInfo.json(1, run, null, "train"));
        List<Feature> list = Feature.parseList(features);
        assertThat(maps).hasSize(list.size()).allSatisfy(m -> assertThat(m).hasSize(DecisionGrid.THUMB
                * DecisionGrid.THUMB));
        // the cells of the neurons' thumbnails: every fifth cell of the big map's grid, from its third on
        try (DecisionGrid grid = new DecisionGrid(run.model(), list, run.data())) {
            int step = DecisionGrid.SIZE / DecisionGrid.THUMB;
            for (int f = 0; f < list.size(); f++) {
                for (int r = 0; r < DecisionGrid.THUMB; r++) {
                    for (int c = 0; c < DecisionGrid.THUMB; c++) {
                        double x = grid.x(c * step + step / 2);
                        double y = grid.y(r * step + step / 2);
                        assertThat(maps.get(f)[r * DecisionGrid.THUMB + c]).as("%s at row %d column %d", list.get(f),
                                r, c).isEqualTo(Math.round(list.get(f).of(x, y) * 1000));
                    }
                }
            }
        }
        // what the features are, read off the maps themselves: x1 grows along a row, x2 up a column, and the others
        // are made from those two
        long[] x2 = maps.get(0);
        long[] x1 = maps.get(1);
        for (int i = 0; i < x1.length; i++) {
            if (i % DecisionGrid.THUMB > 0) {
                assertThat(x1[i]).isGreaterThan(x1[i - 1]);
                assertThat(x2[i]).isEqualTo(x2[i - 1]);
            }
            if (i >= DecisionGrid.THUMB) {
                assertThat(x2[i]).isLessThan(x2[i - DecisionGrid.THUMB]);
            }
            double a = x1[i] / 1000.0;
            double b = x2[i] / 1000.0;
            assertThat(maps.get(2)[i] / 1000.0).isCloseTo(a * a, within(0.01));
            assertThat(maps.get(3)[i] / 1000.0).isCloseTo(a * b, within(0.01));
            assertThat(maps.get(4)[i] / 1000.0).isCloseTo(Math.sin(b), within(0.002));
        }
    }

    @Test
    void aPlainRunsInputsAreX1AndX2() throws IOException {
        Run run = Run.create(RunSettings.fromMap(Map.of("points", "20")), null);
        assertThat(featureMaps(LabInfo.json(1, run, null, "train"))).hasSize(2);
    }
}
