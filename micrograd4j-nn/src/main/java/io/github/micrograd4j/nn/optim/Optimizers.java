package io.github.micrograd4j.nn.optim;

import io.github.micrograd4j.nn.Choice;
import io.github.micrograd4j.nn.Choices;
import io.github.micrograd4j.core.Value;
import java.util.List;

/**
 * The optimizers by name: {@code sgd} ({@link Sgd}), {@code momentum} ({@link Sgd} with momentum 0.9 unless
 * another is given) and {@code adam} ({@link Adam}).
 */
public enum Optimizers implements Choice {
    /** Stochastic gradient descent, with optional momentum; default rate 1.0 (micrograd's demo), 0.1 for a regression. */
    SGD("sgd", 1.0, 0.1),
    /** SGD with momentum, 0.9 unless another is given; default rate 1.0, 0.1 for a regression. */
    MOMENTUM("momentum", 1.0, 0.1),
    /** Adam with its usual betas; default rate 0.05. */
    ADAM("adam", 0.05, 0.05);

    private final String id;
    private final double defaultRate;
    private final double regressionRate;

    Optimizers(String id, double defaultRate, double regressionRate) {
        this.id = id;
        this.defaultRate = defaultRate;
        this.regressionRate = regressionRate;
    }

    /**
     * The lower-case name.
     *
     * @return the name
     */
    @Override
    public String id() {
        return id;
    }

    /**
     * The initial learning rate used when none is given.
     *
     * @return the rate
     */
    public double defaultRate() {
        return defaultRate;
    }

    /**
     * The initial learning rate used when none is given on a regression dataset: the squared loss's curvature
     * makes micrograd's rate of 1 diverge there (the default net on reg-plane: loss 1.89 to 1.6e22 in 100 steps;
     * 0.3 is the largest of 1, 0.5, 0.3, 0.2, 0.1 that converged), so SGD starts ten times lower.
     *
     * @return the rate
     */
    public double regressionRate() {
        return regressionRate;
    }

    /**
     * The optimizer with the given name, ignoring case.
     *
     * @param name {@code sgd}, {@code momentum} or {@code adam}
     * @return the optimizer kind
     * @throws IllegalArgumentException naming the bad value and the choices
     */
    public static Optimizers fromId(String name) {
        return Choices.byId(values(), "optimizer", name);
    }

    /**
     * The momentum used when none is given: 0.9 for {@link #MOMENTUM}, else 0.
     *
     * @return the momentum
     */
    public double defaultMomentum() {
        return this == MOMENTUM ? 0.9 : 0.0;
    }

    /**
     * The algorithm that makes the steps: {@link #MOMENTUM} is {@link #SGD}'s.
     *
     * @return {@link #SGD} or {@link #ADAM}
     */
    public Optimizers algorithm() {
        return this == MOMENTUM ? SGD : this;
    }

    /**
     * A new optimizer of this kind.
     *
     * @param parameters what it updates
     * @param schedule the learning rate
     * @param momentum SGD's momentum in [0, 1); must be 0 for Adam, which keeps its own moments
     * @return the optimizer
     * @throws IllegalArgumentException if the momentum is out of range or given to Adam
     */
    public Optimizer create(List<Value> parameters, LearningRate schedule, double momentum) {
        if (this == ADAM) {
            if (momentum != 0) {
                throw new IllegalArgumentException("momentum is for sgd; adam has its own moments");
            }
            return new Adam(parameters, schedule);
        }
        return new Sgd(parameters, schedule, momentum);
    }
}
