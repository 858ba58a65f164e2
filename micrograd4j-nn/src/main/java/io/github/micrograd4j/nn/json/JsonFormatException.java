package io.github.micrograd4j.nn.json;

/**
 * A JSON text that is malformed, truncated or does not have the expected content. The message names
 * the line and column, or the key, at fault.
 */
public final class JsonFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An error.
     *
     * @param message what is wrong and where
     */
    public JsonFormatException(String message) {
        super(message);
    }
}
