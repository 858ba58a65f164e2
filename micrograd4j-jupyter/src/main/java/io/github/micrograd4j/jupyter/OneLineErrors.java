package io.github.micrograd4j.jupyter;

import io.github.micrograd4j.core.AnomalyException;
import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.viz.GraphTooLargeException;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs a notebook cell's code so that a failure shows as micrograd4j's one-line error, as the CLI prints
 * it, instead of a page of stack trace: the kernel prints an exception's frames, and the
 * {@link CellError} thrown here has none.
 */
public final class OneLineErrors {
    private OneLineErrors() {
    }

    /**
     * Evaluates {@code cell}.
     *
     * @param <T> the result's type
     * @param cell the code
     * @return its result
     * @throws CellError with {@code error: <the message>} if the code throws a runtime exception
     */
    public static <T> T of(Supplier<T> cell) {
        Objects.requireNonNull(cell, "cell");
        try {
            return cell.get();
        } catch (CellError e) {
            throw e;
        } catch (RuntimeException e) {
            throw new CellError(line(e));
        }
    }

    /**
     * Runs {@code cell}.
     *
     * @param cell the code
     * @throws CellError with {@code error: <the message>} if the code throws a runtime exception
     */
    public static void run(Runnable cell) {
        Objects.requireNonNull(cell, "cell");
        of(() -> {
            cell.run();
            return null;
        });
    }

    /**
     * The one line for a failure: {@code error: } and its message, or its type when it has none, in the
     * {@link Displays#language() displays' language} (an anomaly and a refused picture are told in it too).
     *
     * @param e the failure
     * @return the line
     */
    public static String line(RuntimeException e) {
        Language language = Displays.language();
        String message = e instanceof AnomalyException anomaly ? anomaly.message(language)
                : e instanceof GraphTooLargeException tooLarge ? tooLarge.message(language) : e.getMessage();
        String text = message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
        return DisplayText.ERROR.format(language, text.replace('\n', ' '));
    }

    /** A failure reported in one line: no stack trace, no cause, nothing for the kernel to print but the line. */
    public static final class CellError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        /**
         * The error.
         *
         * @param line the one line
         */
        public CellError(String line) {
            super(line, null, false, false);
        }
    }
}
