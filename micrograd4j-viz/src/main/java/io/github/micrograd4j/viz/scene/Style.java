package io.github.micrograd4j.viz.scene;

import io.github.micrograd4j.core.Require;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How a shape is painted.
 *
 * @param fill the fill colour as {@code #rrggbb}
 * @param stroke the outline colour as {@code #rrggbb}
 * @param strokeWidth the outline width in pixels
 */
public record Style(String fill, String stroke, double strokeWidth) {
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-f]{6}");

    /**
     * A style; colours must be lower-case {@code #rrggbb} so both renderers parse them alike.
     *
     * @param fill the fill colour
     * @param stroke the outline colour
     * @param strokeWidth the outline width, positive
     */
    public Style {
        checkColour("fill", fill);
        checkColour("stroke", stroke);
        Require.positive(strokeWidth, "stroke width");
    }

    static void checkColour(String what, String colour) {
        Objects.requireNonNull(colour, what);
        if (!COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException(what + " must be a colour like #1a2b3c, got \"" + colour + "\"");
        }
    }
}
