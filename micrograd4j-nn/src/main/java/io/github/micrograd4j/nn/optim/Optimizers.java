package io.github.micrograd4j.nn.optim;

import io.github.micrograd4j.core.Value;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The optimizers by name: {@code sgd} ({@link Sgd}) and {@code adam} ({@link Adam}). */
public enum Optimizers {
    /** Stochastic gradient descent, with optional momentum; default rate 1.0 (micrograd's demo). */
    SGD("sgd", 1.0),
    /** Adam with its usual betas; default rate 0.05. */
    ADAM("adam", 0.05);

    private final String id;
    private final double defaultRate;

    Optimizers(String id, double defaultRate) {
        this.id = id;
        this.defaultRate = defaultRate;
    }

    /**
     * The lower-case name.
     *
     * @return the name
     */
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
     * The optimizer with the given name, ignoring case.
     *
     * @param name {@code sgd} or {@code adam}
     * @return the optimizer kind
     * @throws IllegalArgumentException naming the bad value and the choices
     */
    public static Optimizers fromId(String name) {
        for (Optimizers o : values()) {
            if (o.id.equalsIgnoreCase(name == null ? "" : name.trim())) {
                return o;
            }
        }
        throw new IllegalArgumentException("unknown optimizer '" + name + "'; expected "
                + Arrays.stream(values()).map(Optimizers::id).collect(Collectors.joining(" or ")));
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
