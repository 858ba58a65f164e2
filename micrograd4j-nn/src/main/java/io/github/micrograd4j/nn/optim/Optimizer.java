package io.github.micrograd4j.nn.optim;

import io.github.micrograd4j.core.Value;
import java.util.List;

/**
 * Updates parameters from their gradients. An optimizer is created for one list of parameters and
 * counts its own steps, so {@link #step()} number {@code k} uses the schedule's rate for {@code k}.
 */
public interface Optimizer {

    /**
     * Applies one update to every parameter, reading {@link Value#grad()} and writing through
     * {@link Value#setData(double)}; then advances the step counter.
     */
    void step();

    /**
     * The learning rate the next {@link #step()} will use.
     *
     * @return the rate
     */
    double learningRate();

    /**
     * How many steps have been taken.
     *
     * @return the step counter
     */
    int steps();

    /**
     * The parameters this optimizer updates.
     *
     * @return the parameters
     */
    List<Value> parameters();
}
