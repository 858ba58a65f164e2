package io.github.micrograd4j.playground.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

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
    public static void send(Exchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.setHeader("Content-Type", contentType);
        common(exchange.responseHeaders());
        boolean head = "HEAD".equals(exchange.method());
        exchange.status(status, body.length);
        if (!head && body.length > 0) {
            OutputStream out = exchange.responseBody();
            out.write(body);
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
    public static void json(Exchange exchange, int status, String json) throws IOException {
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
    public static void error(Exchange exchange, ApiException error) throws IOException {
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

    private static boolean timedOut(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.util.concurrent.TimeoutException) {
                return true;
            }
        }
        return false;
    }

    /** Headers for every response: no caching (the token is in URLs), no sniffing, no referrer, no framing. */
    static void common(HttpFields.Mutable h) {
        h.put("Cache-Control", "no-store");
        h.put("X-Content-Type-Options", "nosniff");
        h.put("Referrer-Policy", "no-referrer");
        h.put("X-Frame-Options", "DENY");
        h.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        h.put("Cross-Origin-Resource-Policy", "same-origin");
    }

    /**
     * Jetty's own refusals (a malformed request line, headers too large, a bad Host, ...) as the same one-line
     * JSON every other error has, with the same headers.
     *
     * @param request the request Jetty refused
     * @param response its response
     * @param callback completed once the error is written
     * @return {@code true}: the error is always written
     */
    static boolean jettyError(Request request, Response response, Callback callback) {
        Object status = request.getAttribute(ErrorHandler.ERROR_STATUS);
        Object message = request.getAttribute(ErrorHandler.ERROR_MESSAGE);
        int code = status instanceof Integer n ? n : response.getStatus() >= 400 ? response.getStatus() : 500;
        String text = message == null ? "the request was refused (HTTP " + code + ")"
                : "the request was refused: " + message;
        byte[] body = errorJson(new ApiException(code, text)).getBytes(StandardCharsets.UTF_8);
        response.setStatus(code);
        response.getHeaders().put("Content-Type", "application/json; charset=utf-8");
        common(response.getHeaders());
        response.write(true, ByteBuffer.wrap(body), callback);
        return true;
    }

    /**
     * Reads the request body, refusing it past {@code max} bytes: at once when its declared length is too
     * long, else as soon as the bytes read pass it, so a huge body is never held in memory.
     *
     * @param exchange the exchange
     * @param max the most bytes accepted
     * @return the body
     * @throws ApiException 413 past the limit, 400 for a malformed length
     * @throws IOException if the client goes or is silent past the time-out
     */
    public static byte[] body(Exchange exchange, int max) throws IOException {
        String declared = exchange.header("Content-Length");
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
        try (InputStream in = exchange.requestBody()) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (out.size() + n > max) {
                    throw new ApiException(413, "the request body has more than the " + max
                            + " bytes the playground accepts");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException || !timedOut(e)) {
                throw e;
            }
            throw new ApiException(408, "the request body stopped coming (" + out.size() + " bytes came before the time-out)");
        }
        return out.toByteArray();
    }
}
