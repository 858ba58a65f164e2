package io.github.micrograd4j.cli.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;

/**
 * The expression lab, the page at {@code /}, and its API:
 * <ul>
 *   <li>{@code GET /}, {@code /playground.css}, {@code /playground.js}, {@code /panels.js}: the page, from
 *       the jar (the scripts are ES modules);</li>
 *   <li>{@code GET /api/examples}: the examples menu's programs;</li>
 *   <li>{@code POST /api/grad}: a program's {@code grad --json}, SVG, DOT, steps, nodes and inputs;</li>
 *   <li>{@code POST /api/png}: its graph as PNG, as {@code grad --png} draws it;</li>
 *   <li>{@code GET /api/events}: the event stream (a {@code hello}, then heartbeats; the page shows
 *       whether the server is still there).</li>
 * </ul>
 */
final class ExpressionLab {
    private ExpressionLab() {
    }

    static void install(PlaygroundServer server) {
        GradService grads = new GradService(server.limits());
        server.onClose(grads);
        int maxBody = server.limits().maxBodyBytes();
        asset(server, "/", "index.html", "text/html; charset=utf-8");
        asset(server, "/playground.css", "playground.css", "text/css; charset=utf-8");
        asset(server, "/playground.js", "playground.js", "text/javascript; charset=utf-8");
        asset(server, "/panels.js", "panels.js", "text/javascript; charset=utf-8");
        asset(server, "/api/examples", "examples.json", "application/json; charset=utf-8");
        server.route("POST", "/api/grad", exchange -> Responses.json(exchange, 200,
                grads.grad(GradRequest.parse(Responses.body(exchange, maxBody)))));
        server.route("POST", "/api/png", exchange -> Responses.send(exchange, 200, "image/png",
                grads.png(GradRequest.parse(Responses.body(exchange, maxBody)))));
        server.streamRoute("/api/events", server::openStream);
    }

    static void asset(PlaygroundServer server, String path, String name, String type) {
        byte[] bytes = Assets.read(name);
        server.route("GET", path, (HttpExchange exchange) -> sendAsset(exchange, type, bytes));
    }

    private static void sendAsset(HttpExchange exchange, String type, byte[] bytes) throws IOException {
        Responses.send(exchange, 200, type, bytes);
    }
}
