package io.github.micrograd4j.viz.layout;

/**
 * The size a node needs, chosen by whoever draws it.
 *
 * @param width width in pixels, positive
 * @param height height in pixels, positive
 */
public record NodeSize(double width, double height) {
    /**
     * A size.
     *
     * @param width the width
     * @param height the height
     */
    public NodeSize {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("a node needs a positive size, got " + width + " x " + height);
        }
    }
}
