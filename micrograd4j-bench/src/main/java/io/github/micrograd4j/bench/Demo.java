package io.github.micrograd4j.bench;

import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.MicrogradDemo;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.data.Datasets;
import io.github.micrograd4j.nn.loss.ClassificationLoss;
import io.github.micrograd4j.nn.optim.LearningRate;
import io.github.micrograd4j.nn.optim.Sgd;
import io.github.micrograd4j.nn.train.Objective;
import io.github.micrograd4j.nn.train.Trainer;
import io.github.micrograd4j.nn.train.TrainingEngine;
import java.util.Random;
import java.util.function.Function;

/**
 * micrograd's demo as {@code ./micrograd train} runs it by default: MLP(2, [16, 16, 1]) on 100 moons
 * (noise 0.1, seed 1337), max-margin loss + 1e-4 L2, 100 SGD steps with lr = 1.0 - 0.9 k / 100.
 * The object graph of one step has 65,481 values, micrograd's count.
 */
public final class Demo {
    /** Values built per step by the graph engine (micrograd counts the same). */
    public static final int VALUES_PER_STEP = 65_481;
    /** Training steps in a run. */
    public static final int STEPS = 100;

    private final Dataset data = Datasets.moons(100, 0.1, new Random(1337));
    private final double[] initial = MicrogradDemo.model(new Random(1338)).parameterData();

    /**
     * A fresh model at the demo's initial weights, with its objective.
     *
     * @return the objective
     */
    public Objective objective() {
        MLP model = MicrogradDemo.model(new Random(1338));
        model.setParameterData(initial);
        return new Objective(model, data, ClassificationLoss.MAX_MARGIN, 1e-4);
    }

    /**
     * Runs the 100 SGD steps with an engine made for the objective.
     *
     * @param objective the objective, at its initial weights
     * @param engine the engine to train with
     * @return the final step's loss
     */
    public static double train(Objective objective, TrainingEngine engine) {
        Sgd sgd = new Sgd(objective.model().parameters(), LearningRate.microgradLinear(1.0, STEPS));
        return Trainer.train(engine, sgd, STEPS, r -> { }).last().loss();
    }

    /**
     * A fresh run from the initial weights with an engine built for it.
     *
     * @param engineFor makes the engine
     * @return the final step's loss
     */
    public double run(Function<Objective, TrainingEngine> engineFor) {
        Objective o = objective();
        return train(o, engineFor.apply(o));
    }
}
