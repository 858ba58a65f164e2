package io.github.micrograd4j.nn.optim;

import io.github.micrograd4j.core.Value;
import java.util.List;
import java.util.Objects;

/**
 * What every optimizer here shares: the parameter list, the learning-rate schedule and the step
 * counter, and one step as a loop over the parameters. Subclasses say how one parameter is updated.
 */
abstract class ScheduledOptimizer implements Optimizer {
    private final List<Value> parameters;
    private final LearningRate schedule;
    private int step;

    ScheduledOptimizer(List<Value> parameters, LearningRate schedule) {
        this.parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters"));
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }

    @Override
    public final void step() {
        double lr = schedule.at(step);
        startStep(step);
        for (int i = 0; i < parameters.size(); i++) {
            Value p = parameters.get(i);
            p.setData(updated(i, p.data(), p.grad(), lr, step));
        }
        step++;
    }

    /**
     * Called before the parameters of step {@code k} are updated, for per-step constants.
     *
     * @param k the step about to be taken, from 0
     */
    void startStep(int k) {
    }

    /**
     * The new value of parameter {@code i}.
     *
     * @param i the parameter's index in {@link #parameters()}
     * @param data its current value
     * @param grad its gradient
     * @param lr this step's learning rate
     * @param k this step's number, from 0
     * @return the updated value
     */
    abstract double updated(int i, double data, double grad, double lr, int k);

    @Override
    public final double learningRate() {
        return schedule.at(step);
    }

    @Override
    public final int steps() {
        return step;
    }

    @Override
    public final List<Value> parameters() {
        return parameters;
    }
}
