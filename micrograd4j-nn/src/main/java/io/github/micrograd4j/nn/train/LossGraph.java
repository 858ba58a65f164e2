package io.github.micrograd4j.nn.train;

import io.github.micrograd4j.core.Value;
import java.util.List;
import java.util.Objects;

/**
 * One forward pass of an {@link Objective}: the total loss node and the net's output nodes for every
 * point (from which accuracy is computed).
 *
 * @param loss the total loss (data loss plus regularisation)
 * @param outputs per point, the net's outputs, in dataset order
 */
public record LossGraph(Value loss, List<List<Value>> outputs) {
    /**
     * Validates and copies.
     *
     * @param loss the total loss
     * @param outputs per point, the net's outputs
     */
    public LossGraph {
        Objects.requireNonNull(loss, "loss");
        outputs = List.copyOf(outputs);
    }

    /**
     * The outputs' numbers.
     *
     * @return one row per point
     */
    public double[][] outputData() {
        double[][] out = new double[outputs.size()][];
        for (int i = 0; i < out.length; i++) {
            List<Value> row = outputs.get(i);
            out[i] = new double[row.size()];
            for (int j = 0; j < row.size(); j++) {
                out[i][j] = row.get(j).data();
            }
        }
        return out;
    }
}
