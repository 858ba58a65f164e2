package io.github.micrograd4j.viz.layout;

import io.github.micrograd4j.core.Value;
import java.util.List;
import java.util.function.Function;

/**
 * Who places a value graph's boxes: {@link LayeredLayout#layout} (ELK on the JVM) by default; the web
 * edition supplies one that hands the same graph to elkjs, ELK's own build for JavaScript.
 */
@FunctionalInterface
public interface Layouter {
    /**
     * Lays a value graph out.
     *
     * @param order the values in topological order (ids are positions in this list)
     * @param valueSize the size of each value's box
     * @param opSize the size of each non-leaf value's op ellipse
     * @return positions of every box, ellipse and edge
     */
    GraphLayout layout(List<Value> order, Function<Value, NodeSize> valueSize, Function<Value, NodeSize> opSize);
}
