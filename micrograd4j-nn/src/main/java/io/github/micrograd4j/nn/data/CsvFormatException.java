package io.github.micrograd4j.nn.data;

/**
 * A CSV text that cannot be read as a dataset; the message names the line (and column) at fault.
 */
public final class CsvFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The 1-based line at fault, or 0 for the text as a whole. */
    private final int line;

    /**
     * An error.
     *
     * @param line the 1-based line at fault, or 0 for the text as a whole
     * @param message what is wrong, starting with the line
     */
    public CsvFormatException(int line, String message) {
        super(message);
        this.line = line;
    }

    /**
     * The 1-based line at fault, or 0 when the problem is the text as a whole (for example no rows).
     *
     * @return the line
     */
    public int line() {
        return line;
    }
}
