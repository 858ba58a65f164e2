package io.github.micrograd4j.viz.scene;

import io.github.micrograd4j.core.Require;
import java.util.List;

/**
 * A complete picture: its size, its background, the font size of box and op text, and its shapes in
 * drawing order (arrows first, so boxes sit on top of line ends).
 *
 * <p>All text is set in one monospaced font, so its width is known without asking a font system
 * ({@link TextMetrics}); that keeps the layout, and so the SVG bytes, the same on every machine.
 *
 * @param width picture width in pixels
 * @param height picture height in pixels
 * @param background background colour as {@code #rrggbb}
 * @param fontSize font size of the text inside boxes and ellipses
 * @param shapes what to draw, in order
 */
public record Scene(double width, double height, String background, double fontSize, List<Shape> shapes) {
    /**
     * A scene; the shape list is copied.
     *
     * @param width the width, positive
     * @param height the height, positive
     * @param background the background colour
     * @param fontSize the font size, positive
     * @param shapes the shapes
     */
    public Scene {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("a scene needs a positive size, got " + width + " x " + height);
        }
        Require.positive(fontSize, "font size");
        Style.checkColour("background", background);
        shapes = List.copyOf(shapes);
    }
}
