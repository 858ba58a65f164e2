package io.github.micrograd4j.nn.train;

import io.github.micrograd4j.core.GraphRecording;
import java.util.Objects;

/**
 * micrograd's way: every step builds the whole graph anew from the parameters' current data, zeroes
 * the parameters' gradients and backpropagates. The graph is built inside a {@link GraphRecording},
 * so backpropagation walks the values in the reverse order they were made instead of searching the
 * graph for them first.
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
        return evaluate(null);
    }

    @Override
    public LossEvaluation evaluate(int[] batch) {
        // the recording lists the graph's values as they are built, so backward needs no search
        try (GraphRecording recording = GraphRecording.start()) {
            LossGraph graph = objective.build(batch);
            objective.model().zeroGrad();
            recording.backward(graph.loss());
            return new LossEvaluation(graph.loss().data(), objective.accuracy(graph.outputData()));
        }
    }

    @Override
    public Objective objective() {
        return objective;
    }
}
