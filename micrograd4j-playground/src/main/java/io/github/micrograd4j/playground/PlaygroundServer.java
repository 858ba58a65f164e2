package io.github.micrograd4j.playground;

import io.github.micrograd4j.playground.expression.ExpressionLab;
import io.github.micrograd4j.playground.http.HttpHost;
import io.github.micrograd4j.playground.http.Responses;
import io.github.micrograd4j.viz.GraphView;
import io.github.micrograd4j.playground.training.TrainingLab;
import io.github.micrograd4j.core.text.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code micrograd serve}'s server: one {@link HttpHost} with both labs on it, the expression lab at
 * {@code /} and the training lab at {@code /train}.
 *
 * <pre>{@code
 * try (PlaygroundServer server = PlaygroundServer.start(new HttpHost.Config("127.0.0.1", 0, null,
 *         Limits.defaults()))) {
 *     System.out.println(server.url());
 * }
 * }</pre>
 */
public final class PlaygroundServer implements AutoCloseable {
    private final HttpHost host;

    private PlaygroundServer(HttpHost host) {
        this.host = host;
    }

    /**
     * Starts a server with both labs.
     *
     * @param config where to listen, the token and the limits
     * @return the running server
     * @throws IOException if the address cannot be bound ({@link java.net.BindException} when it is taken)
     */
    public static PlaygroundServer start(HttpHost.Config config) throws IOException {
        HttpHost host = HttpHost.create(config);
        // the files both labs' pages load: the one way to the server (the web edition swaps it for its own)
        host.asset("/transport.js", "transport.js", "text/javascript; charset=utf-8");
        host.asset("/app.css", "app.css", "text/css; charset=utf-8");
        // the labs' words: the script that shows them and one bundle per language (transport.js text(lang))
        host.asset("/i18n.js", "i18n.js", "text/javascript; charset=utf-8");
        for (Language language : Language.values()) {
            host.asset("/" + textBundle(language), textBundle(language), "application/json; charset=utf-8");
        }
        byte[] graphView = GraphView.script().getBytes(StandardCharsets.UTF_8); // viz's, shared with its pages
        host.route("GET", "/graph-view.js", exchange -> Responses.send(exchange, 200,
                "text/javascript; charset=utf-8", graphView));
        ExpressionLab.install(host);
        TrainingLab.install(host);
        return new PlaygroundServer(host.start());
    }

    /**
     * The name of the labs' words in a language, in the assets folder and at the server's root.
     *
     * @param language the language
     * @return {@code text-en.json}, {@code text-zh.json}
     */
    public static String textBundle(Language language) {
        return "text-" + language.tag() + ".json";
    }

    /**
     * The host the labs run on: its port, token, limits and event streams.
     *
     * @return the host
     */
    public HttpHost host() {
        return host;
    }

    /**
     * The expression lab's address, with the token.
     *
     * @return {@code http://127.0.0.1:PORT/?token=T}
     */
    public String url() {
        return host.url();
    }

    /**
     * The training lab's address, with the token.
     *
     * @return {@code http://127.0.0.1:PORT/train?token=T}
     */
    public String trainingUrl() {
        return host.url("/train");
    }

    /**
     * The port the server listens on.
     *
     * @return the port
     */
    public int port() {
        return host.port();
    }

    /**
     * The token every request must carry (in the URL once, then as a cookie).
     *
     * @return the token
     */
    public String token() {
        return host.token();
    }

    @Override
    public void close() {
        host.close();
    }
}
