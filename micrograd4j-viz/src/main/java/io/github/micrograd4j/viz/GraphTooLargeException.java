package io.github.micrograd4j.viz;

import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.viz.text.VizText;

/**
 * The graph is too large to draw: it has more values than {@link BackpropPictures#MAX_VALUES}, or its
 * layout more layer crossings than {@link BackpropPictures#MAX_LAYER_CROSSINGS} (long edges, as when one
 * input feeds many ops far apart). Such a picture is unreadable or slow to lay out, and a text format
 * (DOT) serves better.
 */
public final class GraphTooLargeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** How many values the graph has. */
    private final int values;
    /** How many layer crossings its layout needs, or -1 if it was refused for its value count. */
    private final long layerCrossings;

    /**
     * The error for a graph of {@code values} values, more than {@link BackpropPictures#MAX_VALUES}.
     *
     * @param values the graph's value count
     */
    public GraphTooLargeException(int values) {
        super(VizText.TOO_MANY_VALUES.format(Language.EN, values, BackpropPictures.MAX_VALUES));
        this.values = values;
        this.layerCrossings = -1;
    }

    /**
     * The error for a graph whose layout needs {@code layerCrossings} layer crossings, more than
     * {@link BackpropPictures#MAX_LAYER_CROSSINGS}.
     *
     * @param values the graph's value count
     * @param layerCrossings its layout's layer crossings
     */
    public GraphTooLargeException(int values, long layerCrossings) {
        super(VizText.TOO_MANY_CROSSINGS.format(Language.EN, values, layerCrossings,
                BackpropPictures.MAX_LAYER_CROSSINGS));
        this.values = values;
        this.layerCrossings = layerCrossings;
    }

    /**
     * How many values the rejected graph has.
     *
     * @return the value count
     */
    public int values() {
        return values;
    }

    /**
     * How many layer crossings the rejected graph's layout needs.
     *
     * @return the count, or -1 if the graph was refused for its value count before they were counted
     */
    public long layerCrossings() {
        return layerCrossings;
    }

    /**
     * Whether the graph was refused for its layer crossings rather than its value count.
     *
     * @return true if {@link #layerCrossings()} is over {@link BackpropPictures#MAX_LAYER_CROSSINGS}
     */
    public boolean tooManyCrossings() {
        return layerCrossings >= 0;
    }

    /**
     * The refusal in a language; {@link #getMessage()} is the English one.
     *
     * @param language the language
     * @return the message, with the same numbers in every language
     */
    public String message(Language language) {
        return tooManyCrossings()
                ? VizText.TOO_MANY_CROSSINGS.format(language, values, layerCrossings, BackpropPictures.MAX_LAYER_CROSSINGS)
                : VizText.TOO_MANY_VALUES.format(language, values, BackpropPictures.MAX_VALUES);
    }
}
