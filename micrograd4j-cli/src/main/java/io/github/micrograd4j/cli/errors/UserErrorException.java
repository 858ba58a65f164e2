package io.github.micrograd4j.cli.errors;

/**
 * A problem with what the user asked for (bad option combination, unreadable input file, …): the
 * CLI prints its message as one line and exits with {@link ExitCodes#BAD_INPUT}.
 */
public final class UserErrorException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * A user error.
     *
     * @param message what is wrong, naming the option, file or value at fault
     */
    public UserErrorException(String message) {
        super(message);
    }

    /**
     * A user error with its cause.
     *
     * @param message what is wrong
     * @param cause the underlying error
     */
    public UserErrorException(String message, Throwable cause) {
        super(message, cause);
    }
}
