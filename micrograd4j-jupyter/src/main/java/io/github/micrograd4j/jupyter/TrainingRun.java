package io.github.micrograd4j.jupyter;

import io.github.micrograd4j.nn.train.Objective;
import io.github.micrograd4j.nn.train.TrainingHistory;
import java.util.Objects;

/**
 * A model with the data it is trained on, and its run so far: shown in a notebook as its decision
 * boundary beside its loss and accuracy curves.
 *
 * @param objective the model, its data and loss
 * @param history the steps taken so far, possibly none
 */
public record TrainingRun(Objective objective, TrainingHistory history) {
    /**
     * Checks the parts.
     *
     * @param objective the model, its data and loss
     * @param history the steps taken so far
     */
    public TrainingRun {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(history, "history");
    }

    /**
     * The accuracy of the model as it is now (after the last update, unlike the history's records,
     * which are taken before each update as micrograd prints them).
     *
     * @return the fraction of points classified right, in [0, 1]
     */
    public double accuracy() {
        double[][] x = objective.data().features();
        double[][] outputs = new double[x.length][];
        for (int i = 0; i < x.length; i++) {
            outputs[i] = objective.model().predict(x[i]);
        }
        return objective.accuracy(outputs);
    }
}
