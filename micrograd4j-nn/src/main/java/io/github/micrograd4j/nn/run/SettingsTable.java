package io.github.micrograd4j.nn.run;

import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.nn.Activation;
import io.github.micrograd4j.nn.Choice;
import io.github.micrograd4j.nn.Feature;
import io.github.micrograd4j.nn.MicrogradDemo;
import io.github.micrograd4j.nn.data.Generators;
import io.github.micrograd4j.nn.loss.ClassificationLoss;
import io.github.micrograd4j.nn.loss.Regularization;
import io.github.micrograd4j.nn.optim.Optimizers;
import io.github.micrograd4j.nn.optim.Schedules;
import io.github.micrograd4j.nn.text.NnText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Every setting of a training run, once, in the order of {@link RunSettings}' components: the one place a
 * setting's key, reading, writing, default and help are written (the help in Chinese is
 * {@link io.github.micrograd4j.nn.text.SettingHelp}'s, one entry per key). The defaults are micrograd's demo.
 */
public final class SettingsTable {
    private static final NnText WHOLE = NnText.WHOLE_NUMBER;
    private static final NnText NUMBER = NnText.A_NUMBER;

    /** {@code dataset}: a generator's name, or a name for given data. */
    public static final Setting<String> DATASET = new Setting<>("dataset", "NAME|FILE",
            "The data: a generator ({choices}), a CSV file (features, label last) or a reference JSON file (its X and y)",
            Generators.MOONS.id(), RunSettings::dataset, String::trim, Function.identity(), null)
            .withChoices(List.of(Generators.values()), false).withAliases("-d", "--data");
    /** {@code points}: how many points to generate. */
    public static final Setting<Integer> POINTS = whole("points", "N", "Points to generate", 100, RunSettings::points)
            .onlyForGenerators().withAliases("-n");
    /** {@code noise}: the generator's noise, null for its own default. */
    public static final Setting<Double> NOISE = number("noise", "SD", "Noise of the generated data", null,
            RunSettings::noise).onlyForGenerators().withDefaultNote(NnText.DEFAULT_GENERATORS, generatorNoises());
    /** {@code classes}: the classes of blobs and spirals. */
    public static final Setting<Integer> CLASSES = whole("classes", "K", "Classes of the generated data, for {0}", 2,
            RunSettings::classes).onlyForGenerators().withHelpArgs(generators(Generators::anyClasses));
    /** {@code split}: the fraction trained on. */
    public static final Setting<Double> SPLIT = number("split", "F", "The fraction of the points trained on, in (0, 1]; "
            + "the rest, chosen with Random(seed + 3), is the test set", 1.0, RunSettings::split);
    /** {@code features}: the net's inputs made from each point. */
    public static final Setting<List<Feature>> FEATURES = new Setting<>("features", "LIST",
            "The net's inputs made from each 2-D point, comma separated: {choices}", Feature.RAW, RunSettings::features,
            Feature::parseList, Feature::ids, null).withChoices(List.of(Feature.values()), true);
    /** {@code layers}: the hidden layers' sizes. */
    public static final Setting<List<Integer>> LAYERS = new Setting<>("layers", "SIZES",
            "Hidden layer sizes, comma separated, or none; the output layer is added",
            MicrogradDemo.SIZES.subList(0, MicrogradDemo.SIZES.size() - 1), RunSettings::layers,
            RunSettings::parseLayers, SettingsTable::layerText, null).withAliases("-l");
    /** {@code activation}: the hidden layers' activation. */
    public static final Setting<Activation> ACTIVATION = choice("activation", "Hidden activation: {choices}",
            Activation.values(), Activation::fromId, Activation.RELU, RunSettings::activation);
    /** {@code loss}: the loss, null for the default for the data's classes. */
    public static final Setting<ClassificationLoss> LOSS = choice("loss", "The loss: {choices} (svm is micrograd's "
            + "max-margin, bce the cross-entropy from a logit; squared, the mean squared error against real-valued "
            + "targets, is the one for regression datasets)", ClassificationLoss.values(), ClassificationLoss::fromId,
            null, RunSettings::loss)
            .withDefaultNote(NnText.DEFAULT_LOSS, ClassificationLoss.defaultFor(2).id(),
                    ClassificationLoss.defaultFor(3).id(), ClassificationLoss.defaultFor(0).id(),
                    generators(Generators::regression));
    /** {@code reg}: the weight penalty. */
    public static final Setting<Regularization> REG = choice("reg", "The weight penalty: {choices}",
            Regularization.values(), Regularization::fromId, Regularization.L2, RunSettings::reg);
    /** {@code rate}: the weight penalty's strength. */
    public static final Setting<Double> RATE = number("rate", "ALPHA", "The weight penalty's strength, zero or more",
            1e-4, RunSettings::rate);
    /** {@code optimizer}: the optimizer. */
    public static final Setting<Optimizers> OPTIMIZER = choice("optimizer", "The optimizer: {choices} (momentum is sgd "
            + "with momentum {0} unless --momentum)", Optimizers.values(), Optimizers::fromId, Optimizers.SGD,
            RunSettings::optimizer).withHelpArgs(plain(Optimizers.MOMENTUM.defaultMomentum()));
    /** {@code lr}: the first step's learning rate, null for the optimizer's default. */
    public static final Setting<Double> LR = number("lr", "RATE", "The first step's learning rate", null,
            RunSettings::lr).withDefaultNote(NnText.DEFAULT_OPTIMIZER, optimizerRates(false),
            generators(Generators::regression), optimizerRates(true));
    /** {@code momentum}: sgd's momentum, null for the optimizer's default. */
    public static final Setting<Double> MOMENTUM = number("momentum", "MU", "SGD's momentum, in [0, 1)", null,
            RunSettings::momentum).withDefaultNote(NnText.DEFAULT_MOMENTUM,
                    plain(Optimizers.MOMENTUM.defaultMomentum()));
    /** {@code schedule}: the learning rate over the steps. */
    public static final Setting<Schedules> SCHEDULE = choice("schedule", "The learning-rate schedule: {choices} "
            + "(micrograd's is lr * (1 - 0.9*(k-1)/steps) at step k)", Schedules.values(), Schedules::fromId,
            Schedules.MICROGRAD, RunSettings::schedule);
    /** {@code lr-changes}: the rate changes made while the run trained. */
    public static final Setting<RateChanges> LR_CHANGES = new Setting<>("lr-changes", "STEP:RATE,...",
            "Learning-rate changes, as the training lab records them: from update STEP+1 on (after STEP steps) the "
                + "schedule goes on scaled to start from RATE, e.g. 120:0.02,300:0.1",
            RateChanges.NONE, RunSettings::lrChanges, RateChanges::parse, RateChanges::toString, null);
    /** {@code batch}: points per step, 0 for all. */
    public static final Setting<Integer> BATCH = new Setting<>("batch", "N", "Points per step, cut in turn from an "
            + "order shuffled with Random(seed + 2); 0 or all for all, as micrograd", 0, RunSettings::batch,
            SettingsTable::batchSize, String::valueOf, WHOLE);
    /** {@code seed}: the seed of the data, the weights, the batches and the split. */
    public static final Setting<Long> SEED = new Setting<>("seed", "S", "Seed of the data (Random(S)), the weights "
            + "(Random(S + 1)), the batches (S + 2) and the split (S + 3)", MicrogradDemo.SEED, RunSettings::seed,
            text -> Long.parseLong(text.trim()), String::valueOf, WHOLE);
    /** {@code steps}: the run's length. */
    public static final Setting<Integer> STEPS = whole("steps", "N", "Training steps", 100, RunSettings::steps)
            .withAliases("-s");

    /** Every setting, in the order of {@link RunSettings}' components and of {@link RunSettings#toMap()}. */
    public static final List<Setting<?>> ALL = List.of(DATASET, POINTS, NOISE, CLASSES, SPLIT, FEATURES, LAYERS,
            ACTIVATION, LOSS, REG, RATE, OPTIMIZER, LR, MOMENTUM, SCHEDULE, LR_CHANGES, BATCH, SEED, STEPS);

    private SettingsTable() {
    }

    /**
     * The setting with a key.
     *
     * @param key e.g. {@code lr}
     * @return the setting, or null if no setting has that key
     */
    public static Setting<?> byKey(String key) {
        for (Setting<?> s : ALL) {
            if (s.key().equals(key)) {
                return s;
            }
        }
        return null;
    }

    /**
     * Every key, in table order.
     *
     * @return the keys
     */
    public static List<String> keys() {
        List<String> keys = new ArrayList<>(ALL.size());
        for (Setting<?> s : ALL) {
            keys.add(s.key());
        }
        return List.copyOf(keys);
    }

    /**
     * A number as short plain text that parses back to the same double.
     *
     * @param x the number
     * @return e.g. {@code 0.0001}
     */
    static String plain(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    private static Setting<Integer> whole(String key, String label, String help, int value,
            Function<RunSettings, Integer> getter) {
        return new Setting<>(key, label, help, value, getter, text -> Integer.parseInt(text.trim()), String::valueOf,
                WHOLE);
    }

    private static Setting<Double> number(String key, String label, String help, Double value,
            Function<RunSettings, Double> getter) {
        return new Setting<>(key, label, help, value, getter, text -> Double.parseDouble(text.trim()),
                SettingsTable::plain, NUMBER);
    }

    private static <E extends Choice> Setting<E> choice(String key, String help, E[] values, Setting.Parser<E> byId,
            E value, Function<RunSettings, E> getter) {
        return new Setting<>(key, "NAME", help, value, getter, byId, Choice::id, null).withChoices(List.of(values), false);
    }

    private static int batchSize(String text) {
        return text.trim().equals("all") ? 0 : Integer.parseInt(text.trim());
    }

    private static String layerText(List<Integer> sizes) {
        StringJoiner j = new StringJoiner(",");
        for (Integer n : sizes) {
            j.add(String.valueOf(n));
        }
        return sizes.isEmpty() ? "none" : j.toString();
    }

    private static String generatorNoises() {
        StringJoiner j = new StringJoiner(", ");
        for (Generators g : Generators.values()) {
            j.add(g.id() + " " + plain(g.defaultNoise()));
        }
        return j.toString();
    }

    /**
     * The generators some help names, as a list: those that make any number of classes, "blobs and spirals" (in
     * Chinese "blobs 和 spirals"), or the regression ones, "reg-plane and reg-gauss".
     */
    private static Message generators(Predicate<Generators> which) {
        List<String> ids = new ArrayList<>();
        for (Generators g : Generators.values()) {
            if (which.test(g)) {
                ids.add(g.id());
            }
        }
        String last = ids.remove(ids.size() - 1);
        return ids.isEmpty() ? Message.plain(last) : new Message(NnText.CHOICE_AND, String.join(", ", ids), last);
    }

    /** Each optimizer's default rate, "sgd 1.0, adam 0.01": {@code regression} for the regression datasets'. */
    private static String optimizerRates(boolean regression) {
        StringJoiner j = new StringJoiner(", ");
        for (Optimizers o : Optimizers.values()) {
            j.add(o.id() + " " + plain(regression ? o.regressionRate() : o.defaultRate()));
        }
        return j.toString();
    }
}
