package io.github.micrograd4j.nn.run;

/**
 * A run refused before any work because it would not fit the heap: the message gives the estimate, what it
 * is made of, the heap, and what would fit.
 */
public final class RunTooLargeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * A refused run.
     *
     * @param message the estimate and what to do instead
     */
    public RunTooLargeException(String message) {
        super(message);
    }
}
