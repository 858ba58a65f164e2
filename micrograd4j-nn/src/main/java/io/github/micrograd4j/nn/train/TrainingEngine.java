package io.github.micrograd4j.nn.train;

/**
 * Computes an {@link Objective}'s loss and gradients: after {@link #evaluate()}, every parameter's
 * {@link io.github.micrograd4j.core.Value#grad() grad} holds d(loss)/d(parameter) for the parameters'
 * current data (previous gradients are discarded, not accumulated). {@link GraphEngine} builds a new
 * graph each time, as micrograd does; other engines may reuse work between steps.
 */
public interface TrainingEngine extends AutoCloseable {

    /**
     * Computes the loss and accuracy at the parameters' current data and leaves the gradients in the
     * parameters.
     *
     * @return the loss and accuracy
     */
    LossEvaluation evaluate();

    /**
     * As {@link #evaluate()}, with the data loss (and so the gradients) over a mini-batch; the
     * accuracy is still over every point.
     *
     * @param batch the points' indices, or null for all of them
     * @return the batch's loss and the accuracy on all points
     * @throws UnsupportedOperationException for a batch, if the engine only evaluates all points
     */
    default LossEvaluation evaluate(int[] batch) {
        if (batch == null) {
            return evaluate();
        }
        throw new UnsupportedOperationException(getClass().getSimpleName() + " evaluates all points only");
    }

    /**
     * The objective this engine evaluates.
     *
     * @return the objective
     */
    Objective objective();

    /**
     * Frees what the engine holds (worker threads, for {@link TapeEngine}); nothing by default. An
     * engine is used in a try-with-resources block, so its threads stop however the run ends.
     */
    @Override
    default void close() {
    }
}
