package io.github.micrograd4j.nn.run;

import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.core.text.MessageException;
import io.github.micrograd4j.nn.Activation;
import io.github.micrograd4j.nn.Feature;
import io.github.micrograd4j.nn.data.Generators;
import io.github.micrograd4j.nn.loss.ClassificationLoss;
import io.github.micrograd4j.nn.loss.Regularization;
import io.github.micrograd4j.nn.optim.Optimizers;
import io.github.micrograd4j.nn.optim.Schedules;
import io.github.micrograd4j.nn.text.NnText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every setting of a training run, by the keys the training lab's URL fragment and {@code train}'s
 * options share; the defaults ({@link #DEFAULTS}) are micrograd's demo. Each component is described once,
 * in {@link SettingsTable}: its key, reading, writing, default and help. {@link Run#create} turns
 * settings into data, model and optimizer, in that order.
 *
 * @param dataset a generator's name ({@code moons circles xor blobs spirals reg-plane reg-gauss}) or a name for
 *     given data
 * @param points the number of points to generate, at least 2
 * @param noise the generator's noise, or null for its default
 * @param classes the classes of blobs and spirals, at least 2
 * @param split the fraction of points trained on, in (0, 1]; the rest is the test set
 * @param features the net's inputs made from each point; {@link Feature#RAW} adds no node
 * @param layers the hidden layers' sizes (the output layer is added), each at least 1
 * @param activation the hidden layers' activation
 * @param loss the loss, or null for the default for the data's classes
 * @param reg the weight penalty
 * @param rate the penalty's strength, zero or more
 * @param optimizer the optimizer ({@link Optimizers#MOMENTUM} is sgd with momentum)
 * @param lr the first step's learning rate, or null for the optimizer's default (its regression default on a
 *     regression dataset)
 * @param momentum sgd's momentum in [0, 1); null for 0 (0.9 for {@code momentum})
 * @param schedule the learning-rate schedule over {@code steps}
 * @param lrChanges rate changes made while the run trained ({@code lr-changes}), {@link RateChanges#NONE} for none
 * @param batch points per step, 0 for all
 * @param seed data from {@code Random(seed)}, weights from {@code Random(seed + 1)}, batches from
 *     {@code Random(seed + 2)}, the train/test split from {@code Random(seed + 3)}
 * @param steps the run's length, at least 1
 */
public record RunSettings(String dataset, int points, Double noise, int classes, double split, List<Feature> features,
        List<Integer> layers, Activation activation, ClassificationLoss loss, Regularization reg, double rate,
        Optimizers optimizer, Double lr, Double momentum, Schedules schedule, RateChanges lrChanges, int batch, long seed,
        int steps) {

    /** The keys, in the order {@link #toMap()} writes them: {@link SettingsTable#keys()}. */
    public static final List<String> KEYS = SettingsTable.keys();

    /** micrograd's demo: 100 moons, MLP(2, [16, 16, 1]), svm + 1e-4 L2, 100 SGD steps, seed 1337. */
    public static final RunSettings DEFAULTS = fromMap(Map.of());

    /**
     * Validates and copies.
     *
     * @throws SettingException naming the key and the bad value
     *
     * @param dataset a generator's name ({@code moons circles xor blobs spirals reg-plane reg-gauss}) or a name
     *     for given data
     * @param points the number of points to generate, at least 2
     * @param noise the generator's noise, or null for its default
     * @param classes the classes of blobs and spirals, at least 2
     * @param split the fraction of points trained on, in (0, 1]; the rest is the test set
     * @param features the net's inputs made from each point; {@link Feature#RAW} adds no node
     * @param layers the hidden layers' sizes (the output layer is added), each at least 1
     * @param activation the hidden layers' activation
     * @param loss the loss, or null for the default for the data's classes
     * @param reg the weight penalty
     * @param rate the penalty's strength, zero or more
     * @param optimizer the optimizer ({@link Optimizers#MOMENTUM} is sgd with momentum)
     * @param lr the first step's learning rate, or null for the optimizer's default
     * @param momentum sgd's momentum in [0, 1); null for 0 (0.9 for {@code momentum})
     * @param schedule the learning-rate schedule over {@code steps}
     * @param lrChanges rate changes made while the run trained ({@code lr-changes}), {@link RateChanges#NONE}
     *     for none
     * @param batch points per step, 0 for all
     * @param seed data from {@code Random(seed)}, weights from {@code Random(seed + 1)}, batches from
     *     {@code Random(seed + 2)}, the train/test split from {@code Random(seed + 3)}
     * @param steps the run's length, at least 1
     */
    public RunSettings {
        Objects.requireNonNull(dataset, "dataset");
        features = List.copyOf(features);
        layers = List.copyOf(layers);
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(reg, "reg");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(lrChanges, "lrChanges");
        Objects.requireNonNull(optimizer, "optimizer");
        check("points", points >= 2, NnText.AT_LEAST_2, points);
        check("classes", classes >= 2, NnText.AT_LEAST_2, classes);
        finite("noise", noise);
        finite("split", split);
        finite("rate", rate);
        finite("lr", lr);
        finite("momentum", momentum);
        if (noise != null) {
            check("noise", noise >= 0, NnText.ZERO_OR_MORE, noise);
        }
        check("split", split > 0 && split <= 1, NnText.IN_SPLIT_RANGE, split);
        for (Integer size : layers) {
            if (size == null || size < 1) {
                throw new SettingException("layers", new Message(NnText.LAYER_NEEDS_NEURON, size));
            }
        }
        check("rate", rate >= 0, NnText.ZERO_OR_MORE, rate);
        if (lr != null) {
            check("lr", lr > 0, NnText.POSITIVE, lr);
        }
        if (momentum != null) {
            check("momentum", momentum >= 0 && momentum < 1, NnText.IN_MOMENTUM_RANGE, momentum);
            check("momentum", optimizer != Optimizers.ADAM || momentum == 0, NnText.MOMENTUM_FOR_SGD, momentum);
        }
        check("batch", batch >= 0, NnText.BATCH_RANGE, batch);
        check("steps", steps >= 1, NnText.AT_LEAST_1, steps);
    }

    private static void finite(String key, Double value) {
        if (value != null && !Double.isFinite(value)) {
            throw new SettingException(key, new Message(NnText.MUST_BE_FINITE, key, value));
        }
    }

    private static void check(String key, boolean ok, NnText what, Object value) {
        if (!ok) {
            throw new SettingException(key, new Message(NnText.MUST_BE, key, new Message(what), value));
        }
    }

    /**
     * Settings from string values by key; a missing key keeps its default.
     *
     * @param values key to value, e.g. {@code {"dataset": "circles", "layers": "8,8"}}
     * @return the settings
     * @throws SettingException naming an unknown key or a bad value
     */
    public static RunSettings fromMap(Map<String, String> values) {
        for (String key : values.keySet()) {
            if (SettingsTable.byKey(key) == null) {
                throw new SettingException(key, new Message(NnText.NOT_A_SETTING, key,
                        String.join(" ", SettingsTable.keys())));
            }
        }
        return new RunSettings(SettingsTable.DATASET.from(values), SettingsTable.POINTS.from(values),
                SettingsTable.NOISE.from(values), SettingsTable.CLASSES.from(values), SettingsTable.SPLIT.from(values),
                SettingsTable.FEATURES.from(values), SettingsTable.LAYERS.from(values),
                SettingsTable.ACTIVATION.from(values), SettingsTable.LOSS.from(values), SettingsTable.REG.from(values),
                SettingsTable.RATE.from(values), SettingsTable.OPTIMIZER.from(values), SettingsTable.LR.from(values),
                SettingsTable.MOMENTUM.from(values), SettingsTable.SCHEDULE.from(values),
                SettingsTable.LR_CHANGES.from(values), SettingsTable.BATCH.from(values), SettingsTable.SEED.from(values),
                SettingsTable.STEPS.from(values));
    }

    /**
     * Hidden layer sizes: comma separated, or {@code none} (or nothing) for no hidden layer.
     *
     * @param text e.g. {@code 16,16}
     * @return the sizes
     * @throws IllegalArgumentException naming the bad size
     */
    public static List<Integer> parseLayers(String text) {
        List<Integer> out = new ArrayList<>();
        String t = text.trim();
        if (t.isEmpty() || t.equals("none")) {
            return out;
        }
        for (String part : t.split(",", -1)) {
            try {
                out.add(Integer.parseInt(part.trim()));
            } catch (NumberFormatException e) {
                throw new MessageException(NnText.NOT_A_LAYER_SIZE, part, text);
            }
        }
        return out;
    }

    /**
     * The settings that differ from the defaults, by key in {@link #KEYS} order, as {@link #fromMap}
     * reads them back.
     *
     * @return key to value
     */
    public Map<String, String> toMap() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Setting<?> setting : SettingsTable.ALL) {
            if (!setting.isDefaultIn(this)) {
                out.put(setting.key(), setting.text(this));
            }
        }
        return out;
    }

    /**
     * A number as short plain text that parses back to the same double.
     *
     * @param x the number
     * @return e.g. {@code 0.0001}
     */
    public static String plain(double x) {
        return SettingsTable.plain(x);
    }

    /**
     * The loss for the data's classes: the setting, or svm for 2 classes, softmax for more and squared error
     * for a regression dataset.
     *
     * @param classCount the data's classes, 0 for a regression dataset
     * @return the loss
     * @throws SettingException if the loss cannot take that many classes, or is for the other kind of data
     *     (naming the loss and the dataset)
     */
    public ClassificationLoss lossFor(int classCount) {
        try {
            ClassificationLoss kind = loss == null ? ClassificationLoss.defaultFor(classCount) : loss;
            Message mismatch = kind.mismatch(dataset, classCount);
            if (mismatch != null) {
                throw new MessageException(mismatch);
            }
            kind.outputsFor(classCount);
            return kind;
        } catch (IllegalArgumentException e) {
            throw new SettingException("loss", new Message(NnText.KEY_REASON, "loss", Message.reason(e)));
        }
    }

    /**
     * The optimizer's algorithm: {@link Optimizers#MOMENTUM} is sgd.
     *
     * @return the kind
     */
    public Optimizers optimizerKind() {
        return optimizer.algorithm();
    }

    /**
     * The first step's learning rate: the setting or the optimizer's default, its regression default on a
     * regression dataset ({@link Optimizers#regressionRate()}).
     *
     * @return the rate
     */
    public double learningRate() {
        if (lr != null) {
            return lr;
        }
        boolean regression = Generators.find(dataset).map(Generators::regression).orElse(false);
        return regression ? optimizer.regressionRate() : optimizer.defaultRate();
    }

    /**
     * SGD's momentum: the setting, or 0.9 for {@code momentum} and 0 otherwise.
     *
     * @return the momentum
     */
    public double momentumValue() {
        return momentum != null ? momentum : optimizer.defaultMomentum();
    }

    /**
     * A copy with some settings changed.
     *
     * @param changes key to value, read as {@link #fromMap} reads them
     * @return the new settings
     */
    public RunSettings with(Map<String, String> changes) {
        Map<String, String> m = new LinkedHashMap<>(toMap());
        m.putAll(changes);
        return fromMap(m);
    }
}
