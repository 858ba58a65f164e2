package io.github.micrograd4j.viz;

/**
 * The graph has more values than {@link BackpropPictures#MAX_VALUES}: a picture that large is
 * unreadable and slow to lay out, and a text format (DOT) serves better.
 */
public final class GraphTooLargeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** How many values the graph has. */
    private final int values;

    /**
     * The error for a graph of {@code values} values.
     *
     * @param values the graph's value count
     */
    public GraphTooLargeException(int values) {
        super("the graph has " + values + " values; pictures are drawn for at most " + BackpropPictures.MAX_VALUES);
        this.values = values;
    }

    /**
     * How many values the rejected graph has.
     *
     * @return the value count
     */
    public int values() {
        return values;
    }
}
