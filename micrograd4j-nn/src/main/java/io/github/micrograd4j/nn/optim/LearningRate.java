package io.github.micrograd4j.nn.optim;

import io.github.micrograd4j.core.Require;

/**
 * A learning-rate schedule: the rate for step {@code k} (0-based).
 */
@FunctionalInterface
public interface LearningRate {

    /**
     * The learning rate for a step.
     *
     * @param step the 0-based step number
     * @return the rate
     */
    double at(int step);

    /**
     * The same rate at every step.
     *
     * @param rate the rate, positive and finite
     * @return the schedule
     */
    static LearningRate constant(double rate) {
        checkRate(rate);
        return step -> rate;
    }

    /**
     * micrograd's demo schedule, {@code initial * (1.0 - 0.9*k/steps)}: a straight line from
     * {@code initial} down to a tenth of it. With {@code initial = 1} this is bit for bit the
     * notebook's {@code 1.0 - 0.9*k/100} (the product {@code 0.9*k} first, then the division).
     *
     * @param initial the rate at step 0, positive and finite
     * @param steps the number of steps of the run, at least 1
     * @return the schedule
     */
    static LearningRate microgradLinear(double initial, int steps) {
        checkRate(initial);
        Require.atLeast(steps, 1, "steps");
        return k -> initial * (1.0 - 0.9 * k / steps);
    }

    /**
     * Cosine annealing from {@code initial} at step 0 towards 0 at step {@code steps}.
     *
     * @param initial the rate at step 0, positive and finite
     * @param steps the number of steps of the run, at least 1
     * @return the schedule
     */
    static LearningRate cosine(double initial, int steps) {
        checkRate(initial);
        Require.atLeast(steps, 1, "steps");
        return k -> 0.5 * initial * (1.0 + Math.cos(Math.PI * Math.min(k, steps) / steps));
    }

    private static void checkRate(double rate) {
        Require.positiveFinite(rate, "the learning rate");
    }
}
