package io.github.micrograd4j.jupyter.rapaio;

import io.github.micrograd4j.jupyter.TrainingLoop;
import io.github.micrograd4j.jupyter.TrainingRun;
import io.github.micrograd4j.nn.optim.Optimizer;
import io.github.micrograd4j.nn.train.TrainingEngine;
import io.github.micrograd4j.nn.train.TrainingHistory;
import java.util.List;
import java.util.Objects;
import org.rapaio.jupyter.kernel.global.Global;

/**
 * Live training in a notebook cell: one display of the decision boundary and the curves, shown before
 * the first step and redrawn in place ({@code update_display_data}) every few steps, so the cell ends
 * with one picture of the finished run rather than one per step.
 */
public final class Live {
    private Live() {
    }

    /**
     * Trains, redrawing the run's display every {@code every} steps and after the last.
     *
     * @param engine computes loss, accuracy and gradients of its objective
     * @param optimizer updates the engine's model's parameters
     * @param steps the number of steps, zero or more
     * @param every how many steps between redraws, at least 1
     * @return the run (assign it, {@code var run = Live.train(...);}, or the cell shows it a second time)
     * @throws IllegalArgumentException if {@code steps} is negative or {@code every} is not positive
     */
    public static TrainingRun train(TrainingEngine engine, Optimizer optimizer, int steps, int every) {
        Objects.requireNonNull(engine, "engine");
        if (every < 1) {
            throw new IllegalArgumentException("every must be at least 1 step, got " + every);
        }
        String id = Global.display(new TrainingRun(engine.objective(), new TrainingHistory(List.of())));
        return TrainingLoop.run(engine, optimizer, steps, every, run -> Global.updateDisplay(id, run));
    }
}
