package io.github.micrograd4j.playground.http;

import io.github.micrograd4j.core.text.Language;
import io.github.micrograd4j.core.text.Message;

/**
 * A request the playground refuses or cannot answer: an HTTP status and a one-line message for the JSON
 * error body. Thrown anywhere in a handler; the server turns it into the response, never a stack trace. A
 * refusal a learner sees keeps its {@link Message}, and the lab that knows the request's language tells it in
 * that language ({@link #in(Language)}); {@link #getMessage()} is English.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status to answer with. */
    private final int status;
    /** Extra fields of the error body (a syntax error's line and column), as JSON members, or empty. */
    private final transient ErrorDetail detail;
    /** The message to tell in every language, or {@code null} for one given only as text. */
    private final transient Message message;

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
        this.message = null;
    }

    /**
     * A refusal a learner sees, to tell in the request's language.
     *
     * @param status the HTTP status, 4xx or 5xx
     * @param message the message, in every language
     */
    public ApiException(int status, Message message) {
        this(status, message, null);
    }

    /**
     * A refusal a learner sees, with details for the page.
     *
     * @param status the HTTP status, 4xx or 5xx
     * @param message the message, in every language
     * @param detail the details, or {@code null}
     */
    public ApiException(int status, Message message, ErrorDetail detail) {
        super(message.in(Language.EN));
        this.status = status;
        this.detail = detail;
        this.message = message;
    }

    /**
     * The message in a language: the {@link Message}'s text in it, or the English text a refusal without one has.
     *
     * @param language the language
     * @return the one-line message
     */
    public String message(Language language) {
        return message == null ? getMessage() : message.in(language);
    }

    /**
     * The message to quote in another, in every language.
     *
     * @return the message, or the English text as a message the same in every language
     */
    public Message message() {
        return message == null ? Message.plain(getMessage()) : message;
    }

    /**
     * This refusal told in a language, for the error body: the same status and details, its text in that language.
     *
     * @param language the request's language
     * @return the refusal to answer with
     */
    public ApiException in(Language language) {
        return message == null || language == Language.EN ? this
                : new ApiException(status, message.in(language), detail);
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
