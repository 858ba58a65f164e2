package io.github.micrograd4j.nn.optim;

import io.github.micrograd4j.core.Value;
import java.util.List;
import java.util.Objects;

/**
 * Stochastic gradient descent, optionally with momentum.
 *
 * <p>Without momentum each step is micrograd's {@code p.data -= lr * p.grad}, computed as
 * {@code p - (lr * g)}. With momentum {@code mu} it keeps a velocity per parameter as PyTorch does:
 * {@code v = mu * v + g; p = p - lr * v} (the first step uses {@code v = g}).
 */
public final class Sgd implements Optimizer {
    private final List<Value> parameters;
    private final LearningRate schedule;
    private final double momentum;
    private final double[] velocity;
    private int step;

    /**
     * Plain SGD.
     *
     * @param parameters the parameters to update (leaves)
     * @param schedule the learning rate per step
     */
    public Sgd(List<Value> parameters, LearningRate schedule) {
        this(parameters, schedule, 0.0);
    }

    /**
     * SGD with momentum.
     *
     * @param parameters the parameters to update (leaves)
     * @param schedule the learning rate per step
     * @param momentum in [0, 1); 0 for plain SGD
     */
    public Sgd(List<Value> parameters, LearningRate schedule, double momentum) {
        this.parameters = List.copyOf(Objects.requireNonNull(parameters, "parameters"));
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        if (!(momentum >= 0.0 && momentum < 1.0)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        }
        this.momentum = momentum;
        this.velocity = new double[this.parameters.size()];
    }

    @Override
    public void step() {
        double lr = schedule.at(step);
        for (int i = 0; i < parameters.size(); i++) {
            Value p = parameters.get(i);
            double g = p.grad();
            if (momentum != 0.0) {
                g = step == 0 ? g : momentum * velocity[i] + g;
                velocity[i] = g;
            }
            p.setData(p.data() - lr * g);
        }
        step++;
    }

    @Override
    public double learningRate() {
        return schedule.at(step);
    }

    @Override
    public int steps() {
        return step;
    }

    @Override
    public List<Value> parameters() {
        return parameters;
    }
}
