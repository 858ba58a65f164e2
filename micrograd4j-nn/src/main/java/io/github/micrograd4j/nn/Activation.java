package io.github.micrograd4j.nn;

import io.github.micrograd4j.core.Value;
import java.util.Locale;

/** The nonlinearity a {@link Neuron} applies to its weighted sum. */
public enum Activation implements Choice {
    /** {@code max(0, x)}: micrograd's nonlinearity. */
    RELU("relu"),
    /** The hyperbolic tangent. */
    TANH("tanh"),
    /** The logistic sigmoid. */
    SIGMOID("sigmoid"),
    /** None: the weighted sum itself (micrograd's {@code nonlin=False}, used for the last layer). */
    LINEAR("linear");

    private final String id;

    Activation(String id) {
        this.id = id;
    }

    /**
     * Applies the activation.
     *
     * @param x the weighted sum
     * @return a new node, or {@code x} itself for {@link #LINEAR}
     */
    public Value apply(Value x) {
        return switch (this) {
            case RELU -> x.relu();
            case TANH -> x.tanh();
            case SIGMOID -> x.sigmoid();
            case LINEAR -> x;
        };
    }

    /**
     * The lower-case name used on the command line and in model files.
     *
     * @return {@code relu}, {@code tanh}, {@code sigmoid} or {@code linear}
     */
    @Override
    public String id() {
        return id;
    }

    /**
     * The activation with the given name, ignoring case.
     *
     * @param name {@code relu}, {@code tanh}, {@code sigmoid} or {@code linear}
     * @return the activation
     * @throws IllegalArgumentException naming the bad value and the choices
     */
    public static Activation fromId(String name) {
        return Choices.byId(values(), "activation", name);
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
