package io.github.micrograd4j.viz.scene;

import java.util.List;

/**
 * A value, drawn as {@code draw_dot}'s record: a box cut into cells side by side.
 *
 * @param id the value's id in the picture ({@code v<topological position>})
 * @param kinds space-separated kinds, used as SVG classes: {@code value}, and any of {@code leaf} (or
 *     {@code constant}), {@code output}, {@code current}
 * @param x left edge
 * @param y top edge
 * @param width the sum of the cell widths
 * @param height the box's height
 * @param style fill and outline
 * @param cells the cells, left to right
 */
public record RecordBox(String id, String kinds, double x, double y, double width, double height, Style style,
        List<Cell> cells) implements Shape {
    /**
     * A record box; the cell list is copied.
     *
     * @param id the id
     * @param kinds the kinds
     * @param x left edge
     * @param y top edge
     * @param width the width
     * @param height the height
     * @param style the style
     * @param cells the cells
     */
    public RecordBox {
        cells = List.copyOf(cells);
    }
}
