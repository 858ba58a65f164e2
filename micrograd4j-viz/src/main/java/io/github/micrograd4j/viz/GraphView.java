package io.github.micrograd4j.viz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The script that fits a drawn graph to its panel and lets the reader zoom and pan it: one file,
 * {@code graph-view.js}, that the walkthrough page inlines and the playground serves. It defines
 * {@code GraphView.attach(panel)}, which returns {@code {update, fit, zoom, reveal, scale, fitted}}.
 */
public final class GraphView {
    private static final String SCRIPT = read();

    private GraphView() {
    }

    /**
     * The script's text.
     *
     * @return the JavaScript source, a classic script (no module syntax), so that it can be inlined
     */
    public static String script() {
        return SCRIPT;
    }

    private static String read() {
        try (InputStream in = GraphView.class.getResourceAsStream("graph-view.js")) {
            if (in == null) {
                throw new IllegalStateException("the jar has no graph-view.js (a build error)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
