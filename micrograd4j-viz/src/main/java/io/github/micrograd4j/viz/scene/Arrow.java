package io.github.micrograd4j.viz.scene;

import java.util.List;

/**
 * An edge: a polyline ending at the base of a filled triangular head whose tip touches the target.
 *
 * @param line the polyline's points, at least two
 * @param head the head's three corners, tip first
 * @param colour line and head colour as {@code #rrggbb}
 * @param width the line width
 */
public record Arrow(List<Point> line, List<Point> head, String colour, double width) implements Shape {
    /**
     * An arrow; the lists are copied.
     *
     * @param line the line's points
     * @param head the head's corners
     * @param colour the colour
     * @param width the line width
     */
    public Arrow {
        line = List.copyOf(line);
        head = List.copyOf(head);
        if (line.size() < 2) {
            throw new IllegalArgumentException("an arrow needs at least 2 points, got " + line.size());
        }
        if (head.size() != 3) {
            throw new IllegalArgumentException("an arrow head has 3 corners, got " + head.size());
        }
        Style.checkColour("arrow colour", colour);
    }
}
