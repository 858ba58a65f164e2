package io.github.micrograd4j.viz.layout;

/**
 * A laid-out node's rectangle.
 *
 * @param x left edge
 * @param y top edge
 * @param width width
 * @param height height
 */
public record Box(double x, double y, double width, double height) {
    /**
     * The centre's x.
     *
     * @return x + width / 2
     */
    public double centerX() {
        return x + width / 2;
    }

    /**
     * The centre's y.
     *
     * @return y + height / 2
     */
    public double centerY() {
        return y + height / 2;
    }
}
