package io.github.micrograd4j.cli.commands;

import io.github.micrograd4j.cli.errors.UserErrorException;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.json.ReferenceRun;
import io.github.micrograd4j.nn.loss.ClassificationLoss;
import io.github.micrograd4j.nn.optim.Optimizer;
import io.github.micrograd4j.nn.train.Batches;
import io.github.micrograd4j.nn.train.Engines;
import io.github.micrograd4j.nn.train.LossGraph;
import io.github.micrograd4j.nn.train.Objective;
import io.github.micrograd4j.nn.train.Trainer;
import io.github.micrograd4j.nn.train.TrainingEngine;
import io.github.micrograd4j.nn.train.TrainingHistory;
import java.util.List;

/**
 * A training run as {@code train}'s options set it up: the loop, the result after the last update,
 * the divergence check, the comparison with micrograd's run and the files; the {@link TrainReport}
 * says what happened.
 *
 * @param data the data
 * @param model the model, trained in place
 * @param loss the loss
 * @param l2 the L2 strength
 * @param objective the model, data, loss and L2 together
 * @param optimizer the optimizer
 * @param optimizerName its description for the report
 * @param engine the engine kind
 * @param steps the step count
 * @param seed the seed, or null when data and weights came from files
 * @param reference micrograd's run to compare with, or null
 * @param batches each step's points
 * @param test the held-out points, or null
 */
record TrainRun(Dataset data, MLP model, ClassificationLoss loss, double l2, Objective objective, Optimizer optimizer,
        String optimizerName, Engines engine, int steps, Long seed, ReferenceRun reference, Batches batches,
        Dataset test) {

    /**
     * Trains, then writes the files (none if the run diverged and a model was to be saved).
     *
     * @param progress the progress lines, or null for none
     * @param scope the interrupt report, told of each file written
     * @param files the run's files
     * @param refuseDivergedSave whether a diverged run is an error (with {@code --save})
     * @return the report
     * @throws UserErrorException if the run diverged and {@code refuseDivergedSave}
     */
    TrainReport run(TrainingProgress progress, Interrupts.Scope scope, TrainFiles files, boolean refuseDivergedSave) {
        long t0 = System.nanoTime();
        double[] firstGradients = new double[model.parameterCount()];
        List<Value> parameters = model.parameters();
        TrainingHistory history;
        try (TrainingEngine e = engine.create(objective)) {
            history = Trainer.train(e, optimizer, steps, batches, r -> {
                if (r.step() == 0) {
                    // the update does not touch gradients, so they are still those of the first step's loss
                    for (int i = 0; i < firstGradients.length; i++) {
                        firstGradients[i] = parameters.get(i).grad();
                    }
                }
                if (progress != null) {
                    progress.accept(r);
                }
            });
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        LossGraph after = objective.build();
        double finalLoss = after.loss().data();
        double finalAccuracy = objective.accuracy(after.outputData());
        String divergence = TrainReport.divergence(history, finalLoss, parameters);
        if (divergence != null && refuseDivergedSave) {
            throw new UserErrorException("training diverged " + divergence + "; the model was not saved; lower --lr");
        }
        ReferenceComparison comparison = reference == null ? null
                : ReferenceComparison.of(reference, history, firstGradients, model);
        List<String> written = files.write(scope, data, model, loss, history, steps);
        return new TrainReport(data.name(), data.size(), data.featureCount(), data.classCount(), seed, model.toString(),
                model.sizes(), model.parameterCount(), loss.id(), l2, optimizerName, engine.id(), history.steps(),
                finalLoss, finalAccuracy, seconds, divergence, comparison, written, testScores());
    }

    /** The data loss and accuracy on the test points after the last update, or null without any. */
    private double[] testScores() {
        if (test == null) {
            return null;
        }
        Objective o = new Objective(model, test, loss, objective.regularization(), 0.0, objective.features());
        LossGraph graph = o.build();
        return new double[] {graph.loss().data(), o.accuracy(graph.outputData())};
    }
}
