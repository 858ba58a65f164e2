package io.github.micrograd4j.nn.data;

import io.github.micrograd4j.core.text.MessageException;
import io.github.micrograd4j.nn.Choice;
import io.github.micrograd4j.nn.Choices;
import io.github.micrograd4j.nn.text.NnText;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The generated datasets by name ({@code moons circles xor blobs spirals reg-plane reg-gauss}), with their
 * default noise and how many classes each can have; the last two are regression datasets (real-valued targets, no
 * classes). The one list of datasets: {@code train --help}, the training lab's menu and its links derive from it.
 */
public enum Generators implements Choice {
    /** {@link Datasets#moons}: 2 classes, noise 0.1 (micrograd's demo). */
    MOONS("moons", 0.1, false),
    /** {@link Datasets#circles} with inner radius 0.5: 2 classes, noise 0.1. */
    CIRCLES("circles", 0.1, false),
    /** {@link Datasets#xor}: 2 classes, noise 0.1. */
    XOR("xor", 0.1, false),
    /** {@link Datasets#blobs}: any number of classes, standard deviation 0.4. */
    BLOBS("blobs", 0.4, true),
    /** {@link Datasets#spirals}: any number of classes, noise 0.2. */
    SPIRALS("spirals", 0.2, true),
    /** {@link Datasets#regressPlane}: regression, noise 0 (TensorFlow Playground's default). */
    REG_PLANE("reg-plane", 0.0, false),
    /** {@link Datasets#regressGaussian}: regression, noise 0. */
    REG_GAUSS("reg-gauss", 0.0, false);

    private final String id;
    private final double defaultNoise;
    private final boolean anyClasses;

    Generators(String id, double defaultNoise, boolean anyClasses) {
        this.id = id;
        this.defaultNoise = defaultNoise;
        this.anyClasses = anyClasses;
    }

    /**
     * The lower-case name.
     *
     * @return the name
     */
    @Override
    public String id() {
        return id;
    }

    /**
     * Whether the generator draws any number of classes; the others draw 2.
     *
     * @return true for blobs and spirals
     */
    public boolean anyClasses() {
        return anyClasses;
    }

    /**
     * Whether the generator draws real-valued targets rather than classes.
     *
     * @return true for reg-plane and reg-gauss
     */
    @Override
    public boolean regression() {
        return this == REG_PLANE || this == REG_GAUSS;
    }

    /**
     * The classes of the data this generator draws for a requested class count.
     *
     * @param classes the requested count (the {@code classes} setting)
     * @return {@code classes}, or 0 for a regression generator
     */
    public int classCount(int classes) {
        return regression() ? 0 : classes;
    }

    /**
     * The noise used when none is given.
     *
     * @return the standard deviation
     */
    public double defaultNoise() {
        return defaultNoise;
    }

    /**
     * The generator of that name, ignoring case; empty for any other name (a file, for the CLI).
     *
     * @param name the name
     * @return the generator, if the name is one
     */
    public static Optional<Generators> find(String name) {
        return Choices.find(values(), name);
    }

    /**
     * The generator of that name, ignoring case.
     *
     * @param name the name
     * @return the generator
     * @throws IllegalArgumentException naming the bad value and the choices
     */
    public static Generators fromId(String name) {
        return Choices.byId(values(), "dataset", name);
    }

    /**
     * Draws a dataset.
     *
     * @param n the number of points, at least 2
     * @param classes the number of classes: 2 for moons, circles, xor and the regression datasets (which draw
     *     none), at least 2 for blobs and spirals
     * @param noise the noise, zero or more
     * @param rng the generator
     * @return the dataset
     * @throws IllegalArgumentException for a bad size, class count or noise, naming the value
     */
    public Dataset generate(int n, int classes, double noise, RandomGenerator rng) {
        if (!anyClasses && classes != 2) {
            throw new MessageException(regression() ? NnText.REGRESSION_NO_CLASSES : NnText.TWO_CLASSES_ONLY, id, classes,
                    "blobs", "spirals");
        }
        return switch (this) {
            case MOONS -> Datasets.moons(n, noise, rng);
            case CIRCLES -> Datasets.circles(n, noise, 0.5, rng);
            case XOR -> Datasets.xor(n, noise, rng);
            case BLOBS -> Datasets.blobs(n, classes, noise, rng);
            case SPIRALS -> Datasets.spirals(n, classes, noise, rng);
            case REG_PLANE -> Datasets.regressPlane(n, noise, rng);
            case REG_GAUSS -> Datasets.regressGaussian(n, noise, rng);
        };
    }
}
