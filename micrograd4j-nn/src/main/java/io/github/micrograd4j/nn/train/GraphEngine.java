package io.github.micrograd4j.nn.train;

import java.util.Objects;

/**
 * micrograd's way: every step builds the whole graph anew from the parameters' current data, zeroes
 * the parameters' gradients and backpropagates.
 */
public final class GraphEngine implements TrainingEngine {
    private final Objective objective;

    /**
     * An engine for an objective.
     *
     * @param objective what to evaluate
     */
    public GraphEngine(Objective objective) {
        this.objective = Objects.requireNonNull(objective, "objective");
    }

    @Override
    public LossEvaluation evaluate() {
        LossGraph graph = objective.build();
        objective.model().zeroGrad();
        graph.loss().backward();
        return new LossEvaluation(graph.loss().data(), objective.accuracy(graph.outputData()));
    }

    @Override
    public Objective objective() {
        return objective;
    }
}
