package io.github.micrograd4j.viz.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Where everything of a value graph goes.
 *
 * @param width the drawing's width, padding included
 * @param height the drawing's height, padding included
 * @param values each value's box, indexed by topological id
 * @param ops each value's op ellipse bounds, indexed by topological id; {@code null} for leaves
 * @param routes the edges, in the order the graph lists them (for each value in topological order:
 *     its op's edge into it, then its children's edges into the op)
 */
public record GraphLayout(double width, double height, List<Box> values, List<Box> ops, List<Route> routes) {
    /**
     * A layout; the lists are copied ({@code ops} may hold nulls, so it is wrapped, not copied with
     * {@code List.copyOf}).
     *
     * @param width the width
     * @param height the height
     * @param values value boxes
     * @param ops op bounds, null for leaves
     * @param routes edge routes
     */
    public GraphLayout {
        values = List.copyOf(values);
        ops = Collections.unmodifiableList(new ArrayList<>(ops));
        routes = List.copyOf(routes);
    }
}
