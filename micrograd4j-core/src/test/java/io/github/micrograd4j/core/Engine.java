package io.github.micrograd4j.core;

import java.util.List;
import java.util.function.Function;

/**
 * A way to get a function's value and gradient: the object graph ({@link Value#backward()}), a
 * compiled tape, a batched tape. {@link EngineContract} holds the tests every engine must pass.
 */
public interface Engine {

    /** The output of a function and its gradient with respect to each input. */
    record Result(double value, double[] grads) {
    }

    /**
     * Evaluates {@code f} at {@code inputs} and differentiates it.
     *
     * @param f builds the output from one leaf per input; it may be called more than once
     * @param inputs the input values
     * @return the output and d output / d input for each input
     */
    Result run(Function<List<Value>, Value> f, double... inputs);

    /** A name for test reports. */
    String name();
}
