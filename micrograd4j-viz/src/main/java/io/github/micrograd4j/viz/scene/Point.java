package io.github.micrograd4j.viz.scene;

/**
 * A point in scene coordinates (pixels at scale 1, y pointing down).
 *
 * @param x distance from the left edge
 * @param y distance from the top edge
 */
public record Point(double x, double y) {
}
