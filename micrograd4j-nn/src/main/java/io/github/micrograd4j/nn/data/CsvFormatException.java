package io.github.micrograd4j.nn.data;

import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.core.text.Localized;
import io.github.micrograd4j.core.text.Message;

/**
 * A CSV text that cannot be read as a dataset; the message names the line (and column) at fault.
 */
public final class CsvFormatException extends RuntimeException implements Localized {
    private static final long serialVersionUID = 1L;
    /** The 1-based line at fault, or 0 for the text as a whole. */
    private final int line;
    /** The message, to tell in every language. */
    private final transient Message message;

    /**
     * An error.
     *
     * @param line the 1-based line at fault, or 0 for the text as a whole
     * @param message what is wrong, starting with the file's name and the line
     */
    public CsvFormatException(int line, Message message) {
        super(message.in(Language.EN));
        this.line = line;
        this.message = message;
    }

    @Override
    public Message message() {
        return message;
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
