package io.github.micrograd4j.playground.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.nn.run.Run;
import io.github.micrograd4j.nn.run.RunSettings;
import io.github.micrograd4j.testkit.TestJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The web edition's training worker ({@link BrowserLab}) on the JVM: its frames come without maps (the maps'
 * worker adds them) but with the maps' bounds, and a neuron's big map, made on the first one asked for, is the
 * server's grid's.
 */
class BrowserLabTest {
    private static final String START = "{\"page\":\"labtest1\",\"settings\":{\"layers\":\"4,3\",\"steps\":\"3\"}}";

    @Test
    void framesCarryTheBoundsButNoMaps() {
        assertThat(BrowserLab.start(START)).contains("\"run\":");
        Map<String, Object> frame = TestJson.object(TestJson.parse(BrowserLab.tick(5)));
        assertThat(frame).doesNotContainKeys("map", "thumbs", "testLoss");
        Run run = Run.create(RunSettings.fromMap(Map.of("layers", "4,3", "steps", "3")), null);
        List<Object> bounds = TestJson.array(frame.get("bounds"));
        double[] expected = DecisionGrid.bounds(run.data());
        for (int i = 0; i < 4; i++) {
            assertThat(((Number) bounds.get(i)).doubleValue()).isEqualTo(expected[i]);
        }
    }

    @Test
    void aNeuronsMapIsTheGridsAndAMissingNeuronIsRefused() {
        assertThat(BrowserLab.start(START)).contains("\"run\":");
        Run run = Run.create(RunSettings.fromMap(Map.of("layers", "4,3", "steps", "3")), null);
        double[] expected;
        try (DecisionGrid grid = new DecisionGrid(run.model(), run.objective().features(), run.data())) {
            expected = grid.neuronMap(5, run.model().parameterData());
        }
        String answer = BrowserLab.control("{\"page\":\"labtest1\",\"action\":\"neuron\",\"neuron\":5}");
        assertThat(answer).isEqualTo(LabInfo.map(expected));
        assertThat(BrowserLab.control("{\"page\":\"labtest1\",\"action\":\"neuron\",\"neuron\":8}"))
                .contains("\"status\":400").contains("neuron must be 0 to 7, got 8");
    }
}
