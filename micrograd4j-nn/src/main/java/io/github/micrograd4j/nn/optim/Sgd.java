package io.github.micrograd4j.nn.optim;

import io.github.micrograd4j.core.Value;
import java.util.List;

/**
 * Stochastic gradient descent, optionally with momentum.
 *
 * <p>Without momentum each step is micrograd's {@code p.data -= lr * p.grad}, computed as
 * {@code p - (lr * g)}. With momentum {@code mu} it keeps a velocity per parameter as PyTorch does:
 * {@code v = mu * v + g; p = p - lr * v} (the first step uses {@code v = g}).
 */
public final class Sgd extends ScheduledOptimizer {
    private final double momentum;
    private final double[] velocity;

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
        super(parameters, schedule);
        if (!(momentum >= 0.0 && momentum < 1.0)) {
            throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
        }
        this.momentum = momentum;
        this.velocity = new double[parameters().size()];
    }

    @Override
    double updated(int i, double data, double grad, double lr, int k) {
        double g = grad;
        if (momentum != 0.0) {
            g = k == 0 ? g : momentum * velocity[i] + g;
            velocity[i] = g;
        }
        return data - lr * g;
    }
}
