package org.teavm.classlib.java.io;

import java.io.IOException;

/** {@code java.io.CharConversionException} for TeaVM, whose class library lacks it (jackson-core's readers throw it). */
public class TCharConversionException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Without a message. */
    public TCharConversionException() {
    }

    /**
     * With a message.
     *
     * @param message what went wrong
     */
    public TCharConversionException(String message) {
        super(message);
    }
}
