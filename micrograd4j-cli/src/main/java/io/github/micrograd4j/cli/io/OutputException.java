package io.github.micrograd4j.cli.io;

/** A file the CLI was asked to write could not be written; the message names the file and why. */
public final class OutputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * An output error.
     *
     * @param message what failed, naming the file
     */
    public OutputException(String message) {
        super(message);
    }

    /**
     * An output error with its cause.
     *
     * @param message what failed, naming the file
     * @param cause the underlying error
     */
    public OutputException(String message, Throwable cause) {
        super(message, cause);
    }
}
