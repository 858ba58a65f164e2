package io.github.micrograd4j.jupyter;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One Jupyter display: the same content in one or more MIME types, richest first, always with a
 * {@code text/plain} form for front ends (and readers of the saved notebook) that show no pictures.
 *
 * @param data MIME type to content, in insertion order; must hold {@link #TEXT}
 */
public record MimeBundle(Map<String, String> data) {
    /** Plain text, the fallback every front end shows. */
    public static final String TEXT = "text/plain";
    /** HTML. */
    public static final String HTML = "text/html";
    /** An SVG picture. */
    public static final String SVG = "image/svg+xml";

    /**
     * Checks and copies the content.
     *
     * @param data MIME type to content
     * @throws IllegalArgumentException if there is no {@code text/plain} entry
     */
    public MimeBundle {
        Objects.requireNonNull(data, "data");
        if (!data.containsKey(TEXT)) {
            throw new IllegalArgumentException("a display needs a text/plain form, got only " + data.keySet());
        }
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /**
     * Text only: what a display that would be too large shows instead.
     *
     * @param text the text
     * @return the bundle
     */
    public static MimeBundle text(String text) {
        return new MimeBundle(Map.of(TEXT, Objects.requireNonNull(text, "text")));
    }

    /**
     * A rich form with its text fallback.
     *
     * @param mime the rich form's MIME type
     * @param content the rich form
     * @param text the fallback
     * @return the bundle
     */
    public static MimeBundle of(String mime, String content, String text) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put(Objects.requireNonNull(mime, "mime"), Objects.requireNonNull(content, "content"));
        data.put(TEXT, Objects.requireNonNull(text, "text"));
        return new MimeBundle(data);
    }

    /**
     * The content in one MIME type.
     *
     * @param mime the type
     * @return the content, or null if the bundle has no such form
     */
    public String get(String mime) {
        return data.get(mime);
    }

    /**
     * The text fallback.
     *
     * @return the {@code text/plain} content
     */
    public String text() {
        return data.get(TEXT);
    }
}
