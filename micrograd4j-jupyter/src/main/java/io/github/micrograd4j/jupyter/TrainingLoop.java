package io.github.micrograd4j.jupyter;

import io.github.micrograd4j.nn.optim.Optimizer;
import io.github.micrograd4j.nn.train.StepRecord;
import io.github.micrograd4j.nn.train.Trainer;
import io.github.micrograd4j.nn.train.TrainingEngine;
import io.github.micrograd4j.nn.train.TrainingHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Trains as {@link Trainer#train} does and hands a snapshot of the run to a consumer every few steps,
 * so a notebook cell can redraw one display while it trains instead of printing a picture per step.
 */
public final class TrainingLoop {
    private TrainingLoop() {
    }

    /**
     * Trains for {@code steps} steps; after every {@code every}-th step and after the last one, passes
     * the run so far to {@code snapshot}.
     *
     * @param engine computes loss, accuracy and gradients of its objective
     * @param optimizer updates the engine's model's parameters
     * @param steps the number of steps, zero or more
     * @param every how many steps between snapshots, at least 1
     * @param snapshot told about the run so far
     * @return the whole run
     * @throws IllegalArgumentException if {@code steps} is negative or {@code every} is not positive
     */
    public static TrainingRun run(TrainingEngine engine, Optimizer optimizer, int steps, int every,
            Consumer<TrainingRun> snapshot) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(snapshot, "snapshot");
        if (every < 1) {
            throw new IllegalArgumentException("every must be at least 1 step, got " + every);
        }
        List<StepRecord> sofar = new ArrayList<>();
        TrainingHistory history = Trainer.train(engine, optimizer, steps, r -> {
            sofar.add(r);
            // the last step's snapshot is sent once, below, with the history Trainer returns
            if (sofar.size() % every == 0 && sofar.size() < steps) {
                snapshot.accept(new TrainingRun(engine.objective(), new TrainingHistory(sofar)));
            }
        });
        TrainingRun run = new TrainingRun(engine.objective(), history);
        snapshot.accept(run);
        return run;
    }
}
