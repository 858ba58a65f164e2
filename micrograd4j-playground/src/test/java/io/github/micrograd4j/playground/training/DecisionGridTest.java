package io.github.micrograd4j.playground.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.nn.Layer;
import io.github.micrograd4j.nn.run.Run;
import io.github.micrograd4j.nn.run.RunSettings;
import io.github.micrograd4j.playground.http.ApiException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A neuron's big map (the training lab's {@code neuron} action, on the server and in the web edition): every cell is
 * the neuron's value there as nn's object graph computes it, and a neuron that is not in the net is refused with the
 * range, in the request's language.
 */
class DecisionGridTest {

    @Test
    void aNeuronsMapIsItsValueAtEachCell() {
        Run run = Run.create(RunSettings.fromMap(Map.of("layers", "4,3", "points", "30")), null);
        double[] weights = run.model().parameterData();
        try (DecisionGrid grid = new DecisionGrid(run.model(), null, run.data())) {
            assertThat(grid.neuronCount()).isEqualTo(4 + 3 + 1);
            SplittableRandom rnd = new SplittableRandom(5);
            for (int neuron : new int[] {0, 5, 7}) {
                double[] map = grid.neuronMap(neuron, weights);
                assertThat(map).hasSize(DecisionGrid.SIZE * DecisionGrid.SIZE);
                for (int i = 0; i < 20; i++) {
                    int row = rnd.nextInt(DecisionGrid.SIZE);
                    int column = rnd.nextInt(DecisionGrid.SIZE);
                    double expected = neurons(run, grid.x(column), grid.y(row)).get(neuron);
                    assertThat(map[row * DecisionGrid.SIZE + column]).as("neuron %d at %d,%d", neuron, row, column)
                            .isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aNeuronOutsideTheNetIsRefusedWithTheRange() {
        Run run = Run.create(RunSettings.fromMap(Map.of("layers", "4,3", "points", "30")), null);
        try (DecisionGrid grid = new DecisionGrid(run.model(), null, run.data())) {
            for (int neuron : new int[] {-1, 8}) {
                assertThatThrownBy(() -> grid.neuronMap(neuron, run.model().parameterData()))
                        .isInstanceOfSatisfying(ApiException.class, e -> {
                            assertThat(e.status()).isEqualTo(400);
                            assertThat(e.getMessage()).isEqualTo("neuron must be 0 to 7, got " + neuron);
                            assertThat(e.message(Language.ZH))
                                    .isEqualTo("neuron（神经元编号）必须在 0 到 7 之间，而不是 " + neuron);
                        });
            }
        }
    }

    /** Every neuron's value at a point, all layers in order, by the object graph. */
    private static List<Double> neurons(Run run, double x, double y) {
        List<Value> in = List.of(new Value(x), new Value(y));
        List<Double> out = new ArrayList<>();
        for (Layer layer : run.model().layers()) {
            in = layer.forward(in);
            in.forEach(v -> out.add(v.data()));
        }
        return out;
    }
}
