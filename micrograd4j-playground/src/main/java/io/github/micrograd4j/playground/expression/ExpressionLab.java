package io.github.micrograd4j.playground.expression;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.micrograd4j.core.Op;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import io.github.micrograd4j.playground.http.Responses;
import io.github.micrograd4j.playground.http.HttpHost;

/**
 * The expression lab, the page at {@code /}, and its API:
 * <ul>
 *   <li>{@code GET /}, {@code /playground.css}, {@code /playground.js}, {@code /panels.js}: the page, from
 *       the jar (the scripts are ES modules);</li>
 *   <li>{@code GET /api/examples}: the examples menu's programs;</li>
 *   <li>{@code GET /api/functions}: the language's functions, {@code {"functions": [{"name": "pow", "arity": 2},
 *       ...]}}, from {@link Op} (the page's help lists them);</li>
 *   <li>{@code POST /api/grad}: a program's {@code grad --json}, SVG, DOT, steps, nodes and inputs;</li>
 *   <li>{@code POST /api/png}: its graph as PNG, as {@code grad --png} draws it;</li>
 *   <li>{@code GET /api/events}: the event stream (a {@code hello}, then heartbeats; the page shows
 *       whether the server is still there).</li>
 * </ul>
 */
public final class ExpressionLab {
    private ExpressionLab() {
    }

    /**
     * Adds the lab's pages and API to a host.
     *
     * @param server the host, not yet started
     */
    public static void install(HttpHost server) {
        GradService grads = new GradService(server.limits());
        server.onClose(grads);
        int maxBody = server.limits().maxBodyBytes();
        server.asset("/", "index.html", "text/html; charset=utf-8");
        server.asset("/playground.css", "playground.css", "text/css; charset=utf-8");
        server.asset("/playground.js", "playground.js", "text/javascript; charset=utf-8");
        server.asset("/panels.js", "panels.js", "text/javascript; charset=utf-8");
        server.asset("/api/examples", "examples.json", "application/json; charset=utf-8");
        String functions = functionsJson();
        server.route("GET", "/api/functions", exchange -> Responses.json(exchange, 200, functions));
        server.route("POST", "/api/grad", exchange -> Responses.json(exchange, 200,
                grads.grad(GradRequest.parse(Responses.body(exchange, maxBody)))));
        server.route("POST", "/api/png", exchange -> Responses.send(exchange, 200, "image/png",
                grads.png(GradRequest.parse(Responses.body(exchange, maxBody)))));
        server.streamRoute("/api/events", server::openStream);
    }

    /**
     * The answer to {@code GET /api/functions}: every op with a function name, in {@link Op}'s order, with its
     * operand count (the web edition answers the same from its compiled copy of this method).
     *
     * @return {@code {"functions": [{"name": ..., "arity": ...}, ...]}}
     */
    public static String functionsJson() {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
            g.writeStartObject();
            g.writeArrayFieldStart("functions");
            for (Op op : Op.values()) {
                if (!op.functionName().isEmpty()) {
                    g.writeStartObject();
                    g.writeStringField("name", op.functionName());
                    g.writeNumberField("arity", op.arity());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
