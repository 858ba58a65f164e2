package io.github.micrograd4j.viz.layout;

import io.github.micrograd4j.viz.scene.Point;
import java.util.List;

/**
 * A laid-out edge: from a value to the op that uses it ({@code toOp}), or from an op to its value.
 *
 * @param from topological id of the value the edge leaves (for an op edge, the value the op computes)
 * @param to topological id of the value whose op the edge enters, or of the value an op edge enters
 * @param fromOp whether the edge leaves an op ellipse (op &rarr; value) rather than a value box
 * @param points the route, start on the source's border, end on the target's border
 */
public record Route(int from, int to, boolean fromOp, List<Point> points) {
    /**
     * A route; the point list is copied.
     *
     * @param from source id
     * @param to target id
     * @param fromOp whether the source is an op
     * @param points the points
     */
    public Route {
        points = List.copyOf(points);
    }
}
