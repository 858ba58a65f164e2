package io.github.micrograd4j.playground.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * One request and its response, as the routes see them: the few things a lab reads and writes, over Jetty's
 * core request, response and callback. Reading and writing block the calling thread; {@link #close()}
 * finishes the response (an event stream stays open until its close).
 */
public final class Exchange implements AutoCloseable {
    private final Request request;
    private final Response response;
    private final Callback callback;
    private OutputStream body;
    private boolean closed;

    Exchange(Request request, Response response, Callback callback) {
        this.request = request;
        this.response = response;
        this.callback = callback;
    }

    /**
     * The request's method.
     *
     * @return {@code GET}, {@code POST}, ...
     */
    public String method() {
        return request.getMethod();
    }

    /**
     * The request's path as sent, %-escapes kept.
     *
     * @return the path, such as {@code /api/grad}
     */
    public String rawPath() {
        String path = request.getHttpURI().getPath();
        return path == null ? "" : path;
    }

    /**
     * The request's query as sent, or {@code null} when it has none.
     *
     * @return the query, %-escapes kept
     */
    public String rawQuery() {
        return request.getHttpURI().getQuery();
    }

    /**
     * A request header's first value.
     *
     * @param name the header's name, in any case
     * @return its value, or {@code null}
     */
    public String header(String name) {
        return request.getHeaders().get(name);
    }

    /**
     * Every value of a request header.
     *
     * @param name the header's name, in any case
     * @return its values, empty when it was not sent
     */
    public List<String> headers(String name) {
        return request.getHeaders().getValuesList(name);
    }

    /**
     * The client's address.
     *
     * @return the remote host's address text, such as {@code 127.0.0.1}
     */
    public String clientAddress() {
        return addressOf(request.getConnectionMetaData().getRemoteSocketAddress());
    }

    static String addressOf(SocketAddress address) {
        return address instanceof InetSocketAddress inet && inet.getAddress() != null
                ? inet.getAddress().getHostAddress() : String.valueOf(address);
    }

    /**
     * The request's body, read as it comes.
     *
     * @return the body stream
     */
    public InputStream requestBody() {
        return Content.Source.asInputStream(request);
    }

    /**
     * Sets a response header, replacing any value it had.
     *
     * @param name the name
     * @param value the value
     */
    public void setHeader(String name, String value) {
        response.getHeaders().put(name, value);
    }

    /**
     * Adds a response header, keeping the values it has.
     *
     * @param name the name
     * @param value the value
     */
    public void addHeader(String name, String value) {
        response.getHeaders().add(name, value);
    }

    /**
     * The response headers set so far.
     *
     * @return the headers
     */
    HttpFields.Mutable responseHeaders() {
        return response.getHeaders();
    }

    /**
     * Sets the status and the body's length; the headers go out with the first write.
     *
     * @param status the HTTP status
     * @param length the body's bytes, or a negative number when not known (an event stream)
     */
    public void status(int status, long length) {
        response.setStatus(status);
        if (length >= 0) {
            response.getHeaders().put("Content-Length", Long.toString(length));
        }
    }

    /**
     * The response's body; writes block until sent, and a write to a client that has gone throws.
     *
     * @return the stream
     */
    public synchronized OutputStream responseBody() {
        if (body == null) {
            body = Content.Sink.asOutputStream(response);
        }
        return body;
    }

    /**
     * Finishes the response (sending its headers if nothing was written) and frees the request.
     * A second call does nothing.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        try {
            responseBody().close();
            callback.succeeded();
        } catch (IOException | RuntimeException e) {
            callback.failed(e);
        }
    }

    /**
     * Ends the exchange without a proper response, closing the connection: the client has gone or is
     * too slow.
     *
     * @param why what went wrong
     */
    void abort(Throwable why) {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        callback.failed(why);
    }
}
