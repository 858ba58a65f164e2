package io.github.micrograd4j.playground.http;

/**
 * A request the playground refuses or cannot answer: an HTTP status and a one-line message for the JSON
 * error body. Thrown anywhere in a handler; the server turns it into the response, never a stack trace.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status to answer with. */
    private final int status;
    /** Extra fields of the error body (a syntax error's line and column), as JSON members, or empty. */
    private final transient ErrorDetail detail;

    /**
     * A refusal.
     *
     * @param status the HTTP status, 4xx or 5xx
     * @param message the one-line message
     */
    public ApiException(int status, String message) {
        this(status, message, null);
    }

    /**
     * A refusal with details for the page, such as where a syntax error is.
     *
     * @param status the HTTP status, 4xx or 5xx
     * @param message the one-line message
     * @param detail the details, or {@code null}
     */
    public ApiException(int status, String message, ErrorDetail detail) {
        super(message);
        this.status = status;
        this.detail = detail;
    }

    /**
     * The HTTP status.
     *
     * @return the status code
     */
    public int status() {
        return status;
    }

    /**
     * The details, or {@code null}.
     *
     * @return the details
     */
    public ErrorDetail detail() {
        return detail;
    }

    /**
     * Where in a program an error is, and what kind it is, for the page to mark it.
     *
     * @param kind {@code syntax}, {@code anomaly} or {@code program}
     * @param line the 1-based line, 0 when it concerns the whole program
     * @param column the 1-based column, 0 when it concerns the whole program
     * @param excerpt the line with a caret under the column, or {@code null}
     */
    public record ErrorDetail(String kind, int line, int column, String excerpt) {
    }
}
