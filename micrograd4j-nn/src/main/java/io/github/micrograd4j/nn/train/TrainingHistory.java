package io.github.micrograd4j.nn.train;

import java.util.List;

/**
 * Every step of a training run, in order.
 *
 * @param steps one record per step
 */
public record TrainingHistory(List<StepRecord> steps) {
    /**
     * Copies the steps.
     *
     * @param steps one record per step
     */
    public TrainingHistory {
        steps = List.copyOf(steps);
    }

    /**
     * The last step's record.
     *
     * @return the last record
     * @throws IllegalStateException if there were no steps
     */
    public StepRecord last() {
        if (steps.isEmpty()) {
            throw new IllegalStateException("the run had no steps");
        }
        return steps.get(steps.size() - 1);
    }

    /**
     * The losses, step by step.
     *
     * @return one loss per step
     */
    public double[] losses() {
        return steps.stream().mapToDouble(StepRecord::loss).toArray();
    }

    /**
     * The accuracies, step by step.
     *
     * @return one accuracy per step
     */
    public double[] accuracies() {
        return steps.stream().mapToDouble(StepRecord::accuracy).toArray();
    }
}
