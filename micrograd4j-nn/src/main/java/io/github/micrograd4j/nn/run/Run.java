package io.github.micrograd4j.nn.run;

import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.nn.Activation;
import io.github.micrograd4j.nn.Choices;
import io.github.micrograd4j.nn.Feature;
import io.github.micrograd4j.nn.MLP;
import io.github.micrograd4j.nn.data.Dataset;
import io.github.micrograd4j.nn.data.Generators;
import io.github.micrograd4j.nn.data.RandomInts;
import io.github.micrograd4j.nn.loss.ClassificationLoss;
import io.github.micrograd4j.nn.optim.LearningRate;
import io.github.micrograd4j.nn.optim.Optimizer;
import io.github.micrograd4j.nn.text.NnText;
import io.github.micrograd4j.nn.train.Batches;
import io.github.micrograd4j.nn.train.Objective;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A run made from {@link RunSettings}, in order: data (generated, or given), the train/test split,
 * the model, the objective, the optimizer and the batches. The command line's {@code train} and the
 * training lab both make their runs here, so the same settings give the same numbers.
 *
 * <pre>{@code
 * Run run = Run.create(RunSettings.DEFAULTS, null);          // micrograd's demo
 * TrainingHistory h = Trainer.train(Engines.defaultFor(run.objective()).create(run.objective()),
 *         run.optimizer(), run.settings().steps(), run.batches(), r -> { });
 * }</pre>
 *
 * @param settings the settings
 * @param data all the points, before the split
 * @param train the points trained on
 * @param test the held-out points, or null when the split is 1
 * @param loss the loss
 * @param model the new model
 * @param objective the model's loss on the training points
 * @param optimizer the optimizer over the model's parameters
 * @param batches each step's points
 */
public record Run(RunSettings settings, Dataset data, Dataset train, Dataset test, ClassificationLoss loss, MLP model,
        Objective objective, Optimizer optimizer, Batches batches) {

    /**
     * Generates the settings' dataset.
     *
     * @param s the settings
     * @return the points
     * @throws SettingException if the dataset is not a generator's name, or its classes do not fit
     */
    public static Dataset generate(RunSettings s) {
        Optional<Generators> g = Generators.find(s.dataset());
        if (g.isEmpty()) {
            throw new SettingException("dataset", new Message(NnText.KEY_REASON, "dataset",
                    new Message(NnText.UNKNOWN_DATASET, s.dataset(), generatorsButLast(), lastGenerator())));
        }
        try {
            return g.get().generate(s.points(), s.classes(), s.noise() != null ? s.noise() : g.get().defaultNoise(),
                    new Random(s.seed()));
        } catch (IllegalArgumentException e) {
            throw new SettingException("classes", new Message(NnText.KEY_REASON, "classes", Message.reason(e)));
        }
    }

    /**
     * The classes of the data the settings' generator draws, before drawing it.
     *
     * @param s the settings
     * @return the {@code classes} setting, or 0 for a regression generator (or a name that is no generator's)
     */
    public static int classCount(RunSettings s) {
        return Generators.find(s.dataset()).map(g -> g.classCount(s.classes())).orElse(s.classes());
    }

    /**
     * The layer sizes, the output layer included.
     *
     * @param s the settings
     * @param classCount the data's classes, 0 for a regression dataset
     * @return the sizes
     */
    public static List<Integer> sizes(RunSettings s, int classCount) {
        List<Integer> sizes = new ArrayList<>(s.layers());
        sizes.add(s.lossFor(classCount).outputsFor(classCount));
        return sizes;
    }

    /**
     * The net's input count for data with a number of coordinates.
     *
     * @param s the settings
     * @param coordinates the data's features
     * @return the coordinates for {@link Feature#RAW}, else the number of features
     */
    public static int inputs(RunSettings s, int coordinates) {
        return s.features().equals(Feature.RAW) ? coordinates : s.features().size();
    }

    /**
     * Makes a run.
     *
     * @param s the settings
     * @param given the points, or null to generate the settings' dataset
     * @return the run, its model fresh from {@code Random(seed + 1)}
     * @throws SettingException naming a setting that does not fit the data
     */
    public static Run create(RunSettings s, Dataset given) {
        Dataset data = given != null ? given : generate(s);
        Dataset[] parts = split(data, s.split(), s.seed() + 3);
        ClassificationLoss loss = s.lossFor(data.classCount());
        List<Integer> sizes = sizes(s, data.classCount());
        boolean raw = s.features().equals(Feature.RAW);
        if (!raw && data.featureCount() != 2) {
            throw new SettingException("features", new Message(NnText.FEATURES_NEED_2D, Feature.ids(s.features()),
                    data.name(), data.featureCount()));
        }
        int inputs = inputs(s, data.featureCount());
        MLP model = new MLP(inputs, sizes, MLP.withActivations(sizes.size(), s.activation(), Activation.LINEAR),
                new Random(s.seed() + 1));
        Objective objective = new Objective(model, parts[0], loss, s.reg(), s.rate(), raw ? null : s.features());
        return new Run(s, data, parts[0], parts[1], loss, model, objective, optimizer(s, model),
                Batches.of(parts[0].size(), s.batch(), s.seed() + 2));
    }

    /**
     * The settings' optimizer over a model's parameters, its schedule spanning the settings' steps, with
     * the settings' rate changes ({@link RateChanges#apply}).
     *
     * @param s the settings
     * @param model the model
     * @return the optimizer
     */
    public static Optimizer optimizer(RunSettings s, MLP model) {
        LearningRate schedule = s.lrChanges().apply(s.schedule().create(s.learningRate(), s.steps()), s.learningRate());
        return s.optimizerKind().create(model.parameters(), schedule, s.momentumValue());
    }

    /**
     * Splits points into train and test: all of them train for a fraction of 1; otherwise shuffled
     * with {@code Random(seed)} and the first {@code round(fraction * n)} (at least 1) train.
     *
     * @param data the points
     * @param fraction the training fraction, in (0, 1]
     * @param seed the shuffle's seed
     * @return {train, test}, test null when empty
     */
    public static Dataset[] split(Dataset data, double fraction, long seed) {
        int n = data.size();
        int trainCount = (int) Math.max(1, Math.min(n, Math.round(fraction * n)));
        if (trainCount == n) {
            return new Dataset[] {data, null};
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random rng = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = RandomInts.below(rng, i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return new Dataset[] {subset(data, order, 0, trainCount, data.name()),
            subset(data, order, trainCount, n, data.name() + " (test)")};
    }

    private static Dataset subset(Dataset data, int[] order, int from, int to, String name) {
        double[][] x = new double[to - from][];
        if (data.isRegression()) {
            double[] t = new double[to - from];
            for (int i = from; i < to; i++) {
                x[i - from] = data.features(order[i]);
                t[i - from] = data.target(order[i]);
            }
            return Dataset.regression(name, x, t);
        }
        int[] y = new int[to - from];
        for (int i = from; i < to; i++) {
            x[i - from] = data.features(order[i]);
            y[i - from] = data.classOf(order[i]);
        }
        return new Dataset(name, x, y, data.labelValues());
    }

    /**
     * The data loss (no penalty) and accuracy of the model on the test points, or null without any.
     *
     * @return {loss, accuracy}, or null; the accuracy is NaN for a regression dataset, where it does not apply
     */
    public double[] testScores() {
        if (test == null) {
            return null;
        }
        Objective o = new Objective(model, test, loss, objective.regularization(), 0.0, objective.features());
        var graph = o.build();
        return new double[] {graph.loss().data(), o.accuracy(graph.outputData())};
    }

    private static String generatorsButLast() {
        Generators[] all = Generators.values();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < all.length - 1; i++) {
            text.append(i == 0 ? "" : ", ").append(all[i].id());
        }
        return text.toString();
    }

    private static String lastGenerator() {
        return Generators.values()[Generators.values().length - 1].id();
    }
}
