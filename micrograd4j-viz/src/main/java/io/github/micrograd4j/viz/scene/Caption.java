package io.github.micrograd4j.viz.scene;

import io.github.micrograd4j.core.Require;

/**
 * A line of text, left-aligned, such as the chain-rule sentence over a step's picture.
 *
 * @param id the text's id in the picture
 * @param x left edge of the text
 * @param baseline the text's baseline y
 * @param text the text
 * @param fontSize font size in pixels
 * @param colour text colour as {@code #rrggbb}
 * @param bold whether bold
 */
public record Caption(String id, double x, double baseline, String text, double fontSize, String colour, boolean bold)
        implements Shape {
    /**
     * A caption.
     *
     * @param id the id
     * @param x left edge
     * @param baseline baseline y
     * @param text the text
     * @param fontSize font size, positive
     * @param colour the colour
     * @param bold whether bold
     */
    public Caption {
        Style.checkColour("caption colour", colour);
        Require.positive(fontSize, "font size");
    }
}
