package io.github.micrograd4j.viz.scene;

/**
 * The op that computed a value ({@code +}, {@code *}, {@code **2}, {@code tanh}, …), drawn as a small
 * ellipse between the op's operands and its result, as in {@code draw_dot}.
 *
 * @param id the op's id in the picture ({@code v<id of its value>-op})
 * @param cx centre x
 * @param cy centre y
 * @param rx horizontal radius
 * @param ry vertical radius
 * @param style fill and outline
 * @param text the op's label
 */
public record OpEllipse(String id, double cx, double cy, double rx, double ry, Style style, String text)
        implements Shape {
}
