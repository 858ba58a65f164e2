package io.github.micrograd4j.nn.run;

import io.github.micrograd4j.nn.Activation;
import io.github.micrograd4j.nn.Feature;
import io.github.micrograd4j.nn.MicrogradDemo;
import io.github.micrograd4j.nn.loss.ClassificationLoss;
import io.github.micrograd4j.nn.loss.Regularization;
import io.github.micrograd4j.nn.optim.Optimizers;
import io.github.micrograd4j.nn.optim.Schedules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every setting of a training run, by the keys the training lab's URL fragment and {@code train}'s
 * options share; the defaults ({@link #DEFAULTS}) are micrograd's demo. {@link Run#create} turns
 * settings into data, model and optimizer, in that order.
 *
 * @param dataset a generator's name ({@code moons circles xor blobs spirals}) or a name for given data
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
 * @param optimizer {@code sgd}, {@code momentum} (sgd with momentum) or {@code adam}
 * @param lr the first step's learning rate, or null for the optimizer's default
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
        String optimizer, Double lr, Double momentum, Schedules schedule, RateChanges lrChanges, int batch, long seed,
        int steps) {

    /** The keys, in the order {@link #toMap()} writes them. */
    public static final List<String> KEYS = List.of("dataset", "points", "noise", "classes", "split", "features",
            "layers", "activation", "loss", "reg", "rate", "optimizer", "lr", "momentum", "schedule", "lr-changes", "batch",
            "seed", "steps");

    /** micrograd's demo: 100 moons, MLP(2, [16, 16, 1]), svm + 1e-4 L2, 100 SGD steps, seed 1337. */
    public static final RunSettings DEFAULTS = new RunSettings("moons", 100, null, 2, 1.0, Feature.RAW,
            MicrogradDemo.SIZES.subList(0, MicrogradDemo.SIZES.size() - 1), Activation.RELU, null, Regularization.L2,
            1e-4, "sgd", null, null, Schedules.MICROGRAD, RateChanges.NONE, 0, MicrogradDemo.SEED, 100);

    /**
     * Validates and copies.
     *
     * @throws SettingException naming the key and the bad value
     *
     * @param dataset a generator's name ({@code moons circles xor blobs spirals}) or a name for given data
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
     * @param optimizer {@code sgd}, {@code momentum} (sgd with momentum) or {@code adam}
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
        check("points", points >= 2, "at least 2", points);
        check("classes", classes >= 2, "at least 2", classes);
        finite("noise", noise);
        finite("split", split);
        finite("rate", rate);
        finite("lr", lr);
        finite("momentum", momentum);
        if (noise != null) {
            check("noise", noise >= 0, "zero or more", noise);
        }
        check("split", split > 0 && split <= 1, "in (0, 1]", split);
        for (Integer size : layers) {
            if (size == null || size < 1) {
                throw new SettingException("layers", "layers: every layer needs at least 1 neuron, got " + size);
            }
        }
        check("rate", rate >= 0, "zero or more", rate);
        check("optimizer", List.of("sgd", "momentum", "adam").contains(optimizer), "sgd, momentum or adam",
                "'" + optimizer + "'");
        if (lr != null) {
            check("lr", lr > 0, "positive", lr);
        }
        if (momentum != null) {
            check("momentum", momentum >= 0 && momentum < 1, "in [0, 1)", momentum);
            check("momentum", !optimizer.equals("adam") || momentum == 0, "for sgd; adam has its own moments, so 0",
                    momentum);
        }
        check("batch", batch >= 0, "zero (all points) or more", batch);
        check("steps", steps >= 1, "at least 1", steps);
    }

    private static void finite(String key, Double value) {
        if (value != null && !Double.isFinite(value)) {
            throw new SettingException(key, key + " must be a finite number, got " + value);
        }
    }

    private static void check(String key, boolean ok, String what, Object value) {
        if (!ok) {
            throw new SettingException(key, key + " must be " + what + ", got " + value);
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
        RunSettings d = DEFAULTS;
        for (String key : values.keySet()) {
            if (!KEYS.contains(key)) {
                throw new SettingException(key, key + " is not a setting; expected one of " + String.join(" ", KEYS));
            }
        }
        return new RunSettings(values.getOrDefault("dataset", d.dataset).trim(),
                integer(values, "points", d.points), values.containsKey("noise") ? number(values, "noise", 0) : null,
                integer(values, "classes", d.classes), number(values, "split", d.split),
                parse(values, "features", d.features, Feature::parseList),
                parse(values, "layers", d.layers, RunSettings::parseLayers),
                parse(values, "activation", d.activation, Activation::fromId),
                parse(values, "loss", d.loss, ClassificationLoss::fromId),
                parse(values, "reg", d.reg, Regularization::fromId), number(values, "rate", d.rate),
                parse(values, "optimizer", d.optimizer, RunSettings::parseOptimizer),
                values.containsKey("lr") ? number(values, "lr", 0) : null,
                values.containsKey("momentum") ? number(values, "momentum", 0) : null,
                parse(values, "schedule", d.schedule, Schedules::fromId),
                parse(values, "lr-changes", d.lrChanges, RateChanges::parse), integer(values, "batch", d.batch),
                seed(values, d.seed), integer(values, "steps", d.steps));
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T parse(Map<String, String> values, String key, T fallback, Parser<T> parser) {
        String text = values.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            return parser.parse(text);
        } catch (IllegalArgumentException e) {
            throw new SettingException(key, key + ": " + e.getMessage());
        }
    }

    private static double number(Map<String, String> values, String key, double fallback) {
        String text = values.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new SettingException(key, key + " must be a number, got '" + text + "'");
        }
    }

    private static long seed(Map<String, String> values, long fallback) {
        String text = values.get("seed");
        try {
            return text == null ? fallback : Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new SettingException("seed", "seed must be a whole number, got '" + text + "'");
        }
    }

    private static int integer(Map<String, String> values, String key, int fallback) {
        String text = values.get(key);
        if (text == null) {
            return fallback;
        }
        if (key.equals("batch") && text.trim().equals("all")) {
            return 0;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new SettingException(key, key + " must be a whole number, got '" + text + "'");
        }
    }

    private static String parseOptimizer(String text) {
        String t = text.trim().toLowerCase(java.util.Locale.ROOT);
        if (!List.of("sgd", "momentum", "adam").contains(t)) {
            throw new IllegalArgumentException("unknown optimizer '" + text + "'; expected sgd, momentum or adam");
        }
        return t;
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
                throw new IllegalArgumentException("'" + part + "' in '" + text + "' is not a layer size");
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
        Map<String, String> all = allValues();
        Map<String, String> defaults = DEFAULTS.allValues();
        Map<String, String> out = new LinkedHashMap<>();
        all.forEach((k, v) -> {
            if (!Objects.equals(v, defaults.get(k))) {
                out.put(k, v);
            }
        });
        return out;
    }

    private Map<String, String> allValues() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("dataset", dataset);
        m.put("points", String.valueOf(points));
        m.put("noise", noise == null ? null : plain(noise));
        m.put("classes", String.valueOf(classes));
        m.put("split", plain(split));
        m.put("features", Feature.ids(features));
        m.put("layers", layers.isEmpty() ? "none" : layers.stream().map(String::valueOf).collect(Collectors.joining(",")));
        m.put("activation", activation.id());
        m.put("loss", loss == null ? null : loss.id());
        m.put("reg", reg.id());
        m.put("rate", plain(rate));
        m.put("optimizer", optimizer);
        m.put("lr", lr == null ? null : plain(lr));
        m.put("momentum", momentum == null ? null : plain(momentum));
        m.put("schedule", schedule.id());
        m.put("lr-changes", lrChanges.toString());
        m.put("batch", String.valueOf(batch));
        m.put("seed", String.valueOf(seed));
        m.put("steps", String.valueOf(steps));
        return m;
    }

    /**
     * A number as short plain text that parses back to the same double.
     *
     * @param x the number
     * @return e.g. {@code 0.0001}
     */
    public static String plain(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    /**
     * The loss for the data's classes: the setting, or svm for 2 classes and softmax for more.
     *
     * @param classCount the data's classes
     * @return the loss
     * @throws SettingException if the loss cannot take that many classes
     */
    public ClassificationLoss lossFor(int classCount) {
        try {
            ClassificationLoss kind = loss == null ? ClassificationLoss.defaultFor(classCount) : loss;
            kind.outputsFor(classCount);
            return kind;
        } catch (IllegalArgumentException e) {
            throw new SettingException("loss", "loss: " + e.getMessage());
        }
    }

    /**
     * The optimizer kind: {@code momentum} is sgd.
     *
     * @return the kind
     */
    public Optimizers optimizerKind() {
        return optimizer.equals("adam") ? Optimizers.ADAM : Optimizers.SGD;
    }

    /**
     * The first step's learning rate: the setting or the optimizer's default.
     *
     * @return the rate
     */
    public double learningRate() {
        return lr != null ? lr : optimizerKind().defaultRate();
    }

    /**
     * SGD's momentum: the setting, or 0.9 for {@code momentum} and 0 otherwise.
     *
     * @return the momentum
     */
    public double momentumValue() {
        return momentum != null ? momentum : optimizer.equals("momentum") ? 0.9 : 0.0;
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
