package io.github.micrograd4j.viz.layout;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.viz.scene.Point;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a value graph out left to right with ELK Layered, as {@code draw_dot} does with Graphviz:
 * inputs on the left, the output on the right, each op's ellipse between its operands and its result.
 *
 * <p>The result depends only on the graph's structure, the node sizes and the options set here: ELK
 * runs single-threaded with a fixed random seed, and nodes and edges are handed to it in topological
 * order, which it is told to respect where it can, so operands keep their order top to bottom.
 */
public final class LayeredLayout {
    /** Space around the drawing. */
    public static final double PADDING = 16;

    private LayeredLayout() {
    }

    /**
     * Lays out the graph.
     *
     * @param order the values in topological order (ids are positions in this list)
     * @param valueSize the size of each value's box
     * @param opSize the size of each non-leaf value's op ellipse
     * @return positions of every box, ellipse and edge
     */
    public static GraphLayout layout(List<Value> order, Function<Value, NodeSize> valueSize,
            Function<Value, NodeSize> opSize) {
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root);
        Map<Value, Integer> ids = new IdentityHashMap<>();
        List<ElkNode> valueNodes = new ArrayList<>(order.size());
        List<ElkNode> opNodes = new ArrayList<>(order.size());
        List<ElkEdge> edges = new ArrayList<>();
        List<int[]> edgeEnds = new ArrayList<>();
        for (Value v : order) {
            int id = ids.size();
            ids.put(v, id);
            ElkNode box = node(root, valueSize.apply(v));
            valueNodes.add(box);
            if (v.isLeaf()) {
                opNodes.add(null);
                continue;
            }
            ElkNode op = node(root, opSize.apply(v));
            opNodes.add(op);
            edges.add(ElkGraphUtil.createSimpleEdge(out(op), in(box)));
            edgeEnds.add(new int[] {id, id, 1});
            for (Value child : v.children()) {
                int childId = ids.get(child);
                edges.add(ElkGraphUtil.createSimpleEdge(out(valueNodes.get(childId)), in(op)));
                edgeEnds.add(new int[] {childId, id, 0});
            }
        }

        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        List<Box> values = new ArrayList<>(order.size());
        List<Box> ops = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            values.add(box(valueNodes.get(i)));
            ops.add(opNodes.get(i) == null ? null : box(opNodes.get(i)));
        }
        List<Route> routes = new ArrayList<>(edges.size());
        for (int i = 0; i < edges.size(); i++) {
            int[] ends = edgeEnds.get(i);
            routes.add(new Route(ends[0], ends[1], ends[2] == 1, points(edges.get(i))));
        }
        return new GraphLayout(round(root.getWidth()), round(root.getHeight()), values, ops, routes);
    }

    /** The options of the whole graph: the one place they are set, for ELK here and for elkjs (see {@link #options()}). */
    private static void configure(ElkNode root) {
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.POLYLINE);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(PADDING));
        root.setProperty(CoreOptions.RANDOM_SEED, 1);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 18.0);
        root.setProperty(CoreOptions.SPACING_EDGE_NODE, 12.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 14.0);
        root.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, OrderingStrategy.NODES_AND_EDGES);

    }

    /**
     * The graph's layout options as ELK's JSON graph format writes them (option id to value text), for
     * elkjs, ELK's build for JavaScript: the web edition lays graphs out in the browser with these, so
     * its pictures match this class's.
     *
     * @return option id to value, in the order they are set
     */
    public static Map<String, String> options() {
        ElkNode root = ElkGraphUtil.createGraph();
        configure(root);
        Map<String, String> options = new LinkedHashMap<>();
        root.getAllProperties().forEach((property, value) -> options.put(property.getId(), String.valueOf(value)));
        return options;
    }

    /**
     * A node with one port in the middle of each of its left and right sides, so that, as in Graphviz,
     * every edge meets a box or an ellipse at the middle of its side, never at a corner.
     */
    private static ElkNode node(ElkNode root, NodeSize size) {
        ElkNode node = ElkGraphUtil.createNode(root);
        node.setDimensions(size.width(), size.height());
        node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_POS);
        ElkPort in = ElkGraphUtil.createPort(node);
        in.setProperty(CoreOptions.PORT_SIDE, PortSide.WEST);
        in.setLocation(0, size.height() / 2);
        in.setDimensions(0, 0);
        ElkPort out = ElkGraphUtil.createPort(node);
        out.setProperty(CoreOptions.PORT_SIDE, PortSide.EAST);
        out.setLocation(size.width(), size.height() / 2);
        out.setDimensions(0, 0);
        return node;
    }

    private static ElkPort in(ElkNode node) {
        List<ElkPort> ports = node.getPorts(); // as a List: EMF's EList is not readable from this module
        return ports.get(0);
    }

    private static ElkPort out(ElkNode node) {
        List<ElkPort> ports = node.getPorts();
        return ports.get(1);
    }

    private static Box box(ElkNode node) {
        return new Box(round(node.getX()), round(node.getY()), round(node.getWidth()), round(node.getHeight()));
    }

    private static List<Point> points(ElkEdge edge) {
        List<Point> points = new ArrayList<>();
        // all edges are between children of the root, so their coordinates are already absolute
        List<ElkEdgeSection> sections = edge.getSections();
        for (ElkEdgeSection section : sections) {
            points.add(new Point(round(section.getStartX()), round(section.getStartY())));
            List<ElkBendPoint> bends = section.getBendPoints();
            for (ElkBendPoint bend : bends) {
                points.add(new Point(round(bend.getX()), round(bend.getY())));
            }
            points.add(new Point(round(section.getEndX()), round(section.getEndY())));
        }
        return points;
    }

    /**
     * A coordinate to a tenth of a pixel: finer is invisible, and short numbers keep the SVG small.
     *
     * @param d a coordinate
     * @return it rounded to 0.1
     */
    public static double round(double d) {
        return Math.round(d * 10) / 10.0;
    }
}
