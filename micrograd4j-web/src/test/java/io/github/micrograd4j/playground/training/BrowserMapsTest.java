package io.github.micrograd4j.playground.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.run.Run;
import io.github.micrograd4j.nn.run.RunSettings;
import io.github.micrograd4j.testkit.TestJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * The web edition's maps worker ({@link BrowserMaps}) on the JVM: the maps and test scores it adds to the training
 * worker's frames are nn's own numbers at the frame's weights (the object graph's forward pass and
 * {@link Run#testScores}), not just the server's code run again; and it refuses bad weights by name.
 */
class BrowserMapsTest {
    private static final String DEMO_WITH_TEST =
            "{\"page\":\"mapstest\",\"settings\":{\"split\":\"0.7\",\"steps\":\"5\"}}";

    /** The run a request makes, trained a few steps so that its weights are not the initial ones. */
    private static Run trainedRun() {
        Run run = Run.create(RunSettings.fromMap(Map.of("split", "0.7", "steps", "5")), null);
        Random random = new Random(7);
        for (Value p : run.model().parameters()) {
            p.setData(p.data() + random.nextGaussian() * 0.3);
        }
        return run;
    }

    private static String json(double[] values) {
        StringJoiner text = new StringJoiner(",", "[", "]");
        for (double v : values) {
            text.add(Double.isFinite(v) ? Double.toString(v) : "null");
        }
        return text.toString();
    }

    @Test
    void theMapsAndTestScoresAreNnsAtTheFramesWeights() {
        assertThat(BrowserMaps.start(DEMO_WITH_TEST)).isEqualTo("{\"ok\":true}");
        Run run = trainedRun();
        double[] weights = run.model().parameterData();
        Map<String, Object> maps = TestJson.object(TestJson.parse(BrowserMaps.maps(json(weights))));

        double[] scores = run.testScores();
        assertThat(((Number) maps.get("testLoss")).doubleValue()).isEqualTo(scores[0]);
        assertThat(((Number) maps.get("testAccuracy")).doubleValue()).isEqualTo(scores[1]);

        // the big map: the net's output, in thousandths, at each sampled cell's centre, by the object graph
        List<Object> map = TestJson.array(maps.get("map"));
        assertThat(map).hasSize(DecisionGrid.SIZE * DecisionGrid.SIZE);
        DecisionGrid grid = new DecisionGrid(run.model(), run.objective().features(), run.data());
        MLP model = run.model();
        Random cells = new Random(11);
        for (int i = 0; i < 50; i++) {
            int row = cells.nextInt(DecisionGrid.SIZE);
            int column = cells.nextInt(DecisionGrid.SIZE);
            double out = model.forward(List.of(new Value(grid.x(column)), new Value(grid.y(row)))).get(0).data();
            long shown = ((Number) map.get(row * DecisionGrid.SIZE + column)).longValue();
            assertThat(shown).as("cell %d,%d", row, column).isEqualTo(Math.round(out * 1000));
        }
        // a thumbnail per neuron (16 + 16 + 1), each of 20 x 20 cells
        List<Object> thumbs = TestJson.array(maps.get("thumbs"));
        assertThat(thumbs).hasSize(33);
        assertThat(TestJson.array(thumbs.get(32))).hasSize(400);
        grid.close();
    }

    @Test
    void aNewRunsMapsAreItsOwn() {
        assertThat(BrowserMaps.start(DEMO_WITH_TEST)).isEqualTo("{\"ok\":true}");
        assertThat(BrowserMaps.start("{\"page\":\"mapstest\",\"settings\":{\"layers\":\"4\"}}"))
                .isEqualTo("{\"ok\":true}");
        // MLP(2, [4, 1]): 17 parameters, no test set
        double[] weights = new double[17];
        Map<String, Object> maps = TestJson.object(TestJson.parse(BrowserMaps.maps(json(weights))));
        assertThat(maps.get("testLoss")).isNull();
        assertThat(TestJson.array(maps.get("thumbs"))).hasSize(5);
        assertThat(BrowserMaps.maps(json(new double[337]))).contains("\"status\":400")
                .contains("expected 17 weights, got 337");
    }

    @Test
    void badWeightsAreRefusedByName() {
        assertThat(BrowserMaps.start(DEMO_WITH_TEST)).isEqualTo("{\"ok\":true}");
        List<String> answers = new ArrayList<>();
        for (String bad : new String[] {"{\"w\":1}", "[1,2", "[1,\"two\",3]", "[1,2]", "not json"}) {
            answers.add(BrowserMaps.maps(bad));
        }
        assertThat(answers.get(0)).contains("\"status\":400").contains("expected the weights as a JSON array");
        assertThat(answers.get(1)).contains("\"status\":400").contains("not");
        assertThat(answers.get(2)).contains("\"status\":400").contains("weight 1 is not a number");
        assertThat(answers.get(3)).contains("\"status\":400").contains("expected 337 weights, got 2");
        assertThat(answers.get(4)).contains("\"status\":400");
        // a weight that is not finite (null in the frames' JSON) makes maps of NaN, not an error
        double[] weights = trainedRun().model().parameterData();
        weights[0] = Double.NaN;
        Map<String, Object> maps = TestJson.object(TestJson.parse(BrowserMaps.maps(json(weights))));
        assertThat(TestJson.array(maps.get("map")).get(0)).isNull();
    }

    @Test
    void aRefusedStartSaysWhyInTheRequestsLanguage() {
        assertThat(BrowserMaps.start("{\"page\":\"mapstest\",\"lang\":\"zh\",\"settings\":{\"layers\":\"x\"}}"))
                .contains("\"status\":400").contains("layers");
    }
}
