package io.github.micrograd4j.viz.scene;

import io.github.micrograd4j.core.Require;

/**
 * One cell of a {@link RecordBox}: {@code a}, {@code data 2.0000} or {@code grad 6.0000}.
 *
 * @param role what the cell shows ({@code label}, {@code data} or {@code grad}); the SVG names the
 *     cell's text {@code <box id>-<role>} so a page script can find it
 * @param text the text, centred in the cell; may be empty
 * @param width the cell's width in pixels
 * @param textColour the text colour as {@code #rrggbb}
 * @param bold whether the text is bold
 */
public record Cell(String role, String text, double width, String textColour, boolean bold) {
    /**
     * A cell.
     *
     * @param role the cell's role
     * @param text the text
     * @param width the width, positive
     * @param textColour the text colour
     * @param bold whether bold
     */
    public Cell {
        Style.checkColour("text colour", textColour);
        Require.positive(width, "cell width");
    }
}
