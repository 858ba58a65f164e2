package io.github.micrograd4j.nn.run;

import io.github.micrograd4j.core.text.Message;
import io.github.micrograd4j.core.text.MessageException;

/**
 * A run refused before any work because it would not fit the heap: the message gives the estimate, what it
 * is made of, the heap, and what would fit.
 */
public final class RunTooLargeException extends MessageException {
    private static final long serialVersionUID = 1L;

    /**
     * A refused run.
     *
     * @param message the estimate and what to do instead, in every language
     */
    public RunTooLargeException(Message message) {
        super(message);
    }
}
