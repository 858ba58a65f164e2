package io.github.micrograd4j.nn.train;

import io.github.micrograd4j.nn.optim.Optimizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The training loop of micrograd's demo: for each step, evaluate the loss and its gradients, record
 * them, and let the optimizer update the parameters.
 *
 * <pre>{@code
 * MLP model = MLP.of(2, 16, 16, 1).seed(1338).build();
 * Objective objective = new Objective(model, Datasets.moons(100, 0.1, new Random(1337)), ClassificationLoss.MAX_MARGIN, 1e-4);
 * Optimizer sgd = new Sgd(model.parameters(), LearningRate.microgradLinear(1.0, 100));
 * TrainingHistory history = Trainer.train(new GraphEngine(objective), sgd, 100, step -> { });
 * }</pre>
 */
public final class Trainer {
    private Trainer() {
    }

    /**
     * Trains.
     *
     * @param engine computes loss, accuracy and gradients
     * @param optimizer updates the engine's model's parameters
     * @param steps the number of steps, zero or more
     * @param listener told about each step right after its update (for progress output)
     * @return the history
     */
    public static TrainingHistory train(TrainingEngine engine, Optimizer optimizer, int steps,
            Consumer<StepRecord> listener) {
        return train(engine, optimizer, steps, Batches.ALL, listener);
    }

    /**
     * Trains on mini-batches.
     *
     * @param engine computes loss, accuracy and gradients
     * @param optimizer updates the engine's model's parameters
     * @param steps the number of steps, zero or more
     * @param batches the points of each step's loss
     * @param listener told about each step right after its update
     * @return the history
     */
    public static TrainingHistory train(TrainingEngine engine, Optimizer optimizer, int steps, Batches batches,
            Consumer<StepRecord> listener) {
        Objects.requireNonNull(batches, "batches");
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(optimizer, "optimizer");
        Objects.requireNonNull(listener, "listener");
        if (steps < 0) {
            throw new IllegalArgumentException("steps must be zero or more, got " + steps);
        }
        // not pre-sized: steps is a request, and reserving two billion slots up front fails before any work
        List<StepRecord> records = new ArrayList<>();
        for (int k = 0; k < steps; k++) {
            StepRecord r = step(engine, optimizer, batches, k);
            records.add(r);
            listener.accept(r);
        }
        return new TrainingHistory(records);
    }

    /**
     * One step, as {@link #train} takes it: evaluate on step k's batch, then update.
     *
     * @param engine the engine
     * @param optimizer the optimizer
     * @param batches the batches
     * @param k the 0-based step
     * @return the step's record
     */
    public static StepRecord step(TrainingEngine engine, Optimizer optimizer, Batches batches, int k) {
        LossEvaluation e = engine.evaluate(batches.batch(k));
        double lr = optimizer.learningRate();
        optimizer.step();
        return new StepRecord(k, e.loss(), e.accuracy(), lr);
    }
}
