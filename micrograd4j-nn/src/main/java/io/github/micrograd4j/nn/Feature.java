package io.github.micrograd4j.nn;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.text.MessageException;
import io.github.micrograd4j.nn.text.NnText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * An input feature of a two-dimensional point, built from the engine's ops so that it appears in
 * the expression graph: {@code x1}, {@code x2}, {@code x1^2} ({@code x1 * x1}), {@code x2^2},
 * {@code x1*x2}, {@code sin(x1)} and {@code sin(x2)}. The default, {@code x1, x2}, adds no node.
 */
public enum Feature implements Choice {
    /** The first coordinate. */
    X1("x1", "x1"),
    /** The second coordinate. */
    X2("x2", "x2"),
    /** {@code x1 * x1}. */
    X1_SQUARED("x1sq", "x1²"),
    /** {@code x2 * x2}. */
    X2_SQUARED("x2sq", "x2²"),
    /** {@code x1 * x2}. */
    X1_TIMES_X2("x1x2", "x1·x2"),
    /** {@code sin(x1)}. */
    SIN_X1("sinx1", "sin x1"),
    /** {@code sin(x2)}. */
    SIN_X2("sinx2", "sin x2");

    /** micrograd's inputs, the two coordinates as they are. */
    public static final List<Feature> RAW = List.of(X1, X2);

    private final String id;
    private final String label;

    Feature(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /**
     * The name used in URLs and on the command line.
     *
     * @return e.g. {@code x1sq}
     */
    @Override
    public String id() {
        return id;
    }

    /**
     * The feature as the training lab's buttons and diagram write it.
     *
     * @return e.g. {@code x1²}
     */
    @Override
    public String label() {
        return label;
    }

    /**
     * The feature with the given name, ignoring case and surrounding spaces.
     *
     * @param name e.g. {@code sinx1}
     * @return the feature
     * @throws IllegalArgumentException naming the bad value and the choices
     */
    public static Feature fromId(String name) {
        return Choices.byId(values(), "feature", name);
    }

    /**
     * Names, comma separated.
     *
     * @param features the features
     * @return e.g. {@code x1,x2}
     */
    public static String ids(List<Feature> features) {
        // a joiner, not a stream: train --help writes the default features, and streams cost it 35 classes
        StringJoiner j = new StringJoiner(",");
        for (Feature f : features) {
            j.add(f.id);
        }
        return j.toString();
    }

    /**
     * This feature of a point, as a node computed from the point's two coordinate nodes.
     *
     * @param x1 the first coordinate
     * @param x2 the second coordinate
     * @return the node ({@code x1} or {@code x2} themselves for the raw features)
     */
    public Value of(Value x1, Value x2) {
        return switch (this) {
            case X1 -> x1;
            case X2 -> x2;
            case X1_SQUARED -> x1.mul(x1);
            case X2_SQUARED -> x2.mul(x2);
            case X1_TIMES_X2 -> x1.mul(x2);
            case SIN_X1 -> x1.sin();
            case SIN_X2 -> x2.sin();
        };
    }

    /**
     * This feature of a point, as a number, computed as {@link #of} computes it.
     *
     * @param x1 the first coordinate
     * @param x2 the second coordinate
     * @return the value
     */
    public double of(double x1, double x2) {
        return of(new Value(x1), new Value(x2)).data();
    }

    /**
     * The features of a point's inputs. {@link #RAW} (or null) returns the inputs as they are, for
     * data of any dimension; other lists need two-dimensional points.
     *
     * @param features the features, in the net's input order, or null for the inputs as they are
     * @param inputs the point's coordinate nodes
     * @return one node per feature
     * @throws IllegalArgumentException if the features need two coordinates and there are not two
     */
    public static List<Value> apply(List<Feature> features, List<Value> inputs) {
        Objects.requireNonNull(inputs, "inputs");
        if (features == null || features.equals(RAW) && inputs.size() != 2) {
            return inputs;
        }
        if (inputs.size() != 2) {
            throw new IllegalArgumentException("the features " + ids(features) + " are for points with 2 coordinates, "
                    + "got " + inputs.size());
        }
        List<Value> out = new ArrayList<>(features.size());
        for (Feature f : features) {
            out.add(f.of(inputs.get(0), inputs.get(1)));
        }
        return out;
    }

    /**
     * Parses a comma-separated list of feature names, each at most once, at least one.
     *
     * @param text e.g. {@code x1,x2,x1x2}
     * @return the features, in the given order
     * @throws IllegalArgumentException naming the bad or repeated name
     */
    public static List<Feature> parseList(String text) {
        List<Feature> out = new ArrayList<>();
        for (String part : (text == null ? "" : text).split(",", -1)) {
            if (part.isBlank()) {
                continue;
            }
            Feature f = fromId(part);
            if (out.contains(f)) {
                throw new MessageException(NnText.FEATURE_TWICE, f.id, text);
            }
            out.add(f);
        }
        if (out.isEmpty()) {
            throw new MessageException(NnText.NO_FEATURE, text, Choices.ids(values(), ","));
        }
        return List.copyOf(out);
    }
}
