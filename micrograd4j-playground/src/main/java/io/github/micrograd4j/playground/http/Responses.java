package io.github.micrograd4j.playground.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reading bounded request bodies and writing responses, with the headers every response carries. */
public final class Responses {
    /** The page's policy: its own scripts, styles and API only; images may be data: or blob: (downloads). */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    private static final JsonFactory JSON = new JsonFactory();

    private Responses() {
    }

    /**
     * Sends a response with a body and closes the exchange.
     *
     * @param exchange the exchange
     * @param status the HTTP status
     * @param contentType the body's media type
     * @param body the body
     * @throws IOException if the client has gone
     */
    public static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        Headers h = exchange.getResponseHeaders();
        h.set("Content-Type", contentType);
        common(h);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    /**
     * Sends JSON text and closes the exchange.
     *
     * @param exchange the exchange
     * @param status the HTTP status
     * @param json the JSON text
     * @throws IOException if the client has gone
     */
    public static void json(HttpExchange exchange, int status, String json) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Sends a one-line JSON error, {@code {"status":403,"error":"..."}} plus the details if any, and closes
     * the exchange.
     *
     * @param exchange the exchange
     * @param error the refusal
     * @throws IOException if the client has gone
     */
    public static void error(HttpExchange exchange, ApiException error) throws IOException {
        json(exchange, error.status(), errorJson(error));
    }

    /**
     * The one-line JSON body of an error (also the web edition's answer to a refused request).
     *
     * @param error the refusal
     * @return the JSON text, without a line break
     */
    public static String errorJson(ApiException error) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.writeStartObject();
            g.writeNumberField("status", error.status());
            g.writeStringField("error", oneLine(error.getMessage()));
            ApiException.ErrorDetail d = error.detail();
            if (d != null) {
                g.writeStringField("kind", d.kind());
                g.writeNumberField("line", d.line());
                g.writeNumberField("column", d.column());
                if (d.excerpt() != null) {
                    g.writeStringField("excerpt", d.excerpt());
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String oneLine(String message) {
        return message == null ? "error" : message.replaceAll("[\\r\\n]+", " ");
    }

    /** Headers for every response: no caching (the token is in URLs), no sniffing, no referrer, no framing. */
    static void common(Headers h) {
        h.set("Cache-Control", "no-store");
        h.set("X-Content-Type-Options", "nosniff");
        h.set("Referrer-Policy", "no-referrer");
        h.set("X-Frame-Options", "DENY");
        h.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        h.set("Cross-Origin-Resource-Policy", "same-origin");
    }

    /**
     * Reads the request body, refusing it past {@code max} bytes: at once when its declared length is too
     * long, else as soon as the bytes read pass it, so a huge body is never held in memory.
     *
     * @param exchange the exchange
     * @param max the most bytes accepted
     * @return the body
     * @throws ApiException 413 past the limit, 400 for a malformed length
     * @throws IOException if the client goes or the server's request timer closes a slow body
     */
    public static byte[] body(HttpExchange exchange, int max) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            long length;
            try {
                length = Long.parseLong(declared.trim());
            } catch (NumberFormatException e) {
                throw new ApiException(400, "the Content-Length '" + declared + "' is not a number");
            }
            if (length > max) {
                throw new ApiException(413, "the request body has " + length + " bytes, more than the " + max
                        + " the playground accepts");
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = exchange.getRequestBody()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > max) {
                    throw new ApiException(413, "the request body has more than the " + max
                            + " bytes the playground accepts");
                }
                out.write(buffer, 0, n);
            }
        }
        return out.toByteArray();
    }
}
