package io.github.micrograd4j.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.playground.http.ApiException;
import io.github.micrograd4j.viz.layout.Box;
import io.github.micrograd4j.viz.layout.GraphLayout;
import io.github.micrograd4j.viz.layout.LayeredLayout;
import io.github.micrograd4j.viz.layout.Layouter;
import io.github.micrograd4j.viz.layout.NodeSize;
import io.github.micrograd4j.viz.layout.Route;
import io.github.micrograd4j.viz.scene.Point;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A value graph handed to elkjs and back: the graph {@code LayeredLayout} builds for ELK on the JVM,
 * node for node and edge for edge in the same order, written in ELK's JSON format; and the layout elkjs
 * returns, read back into the {@link GraphLayout} the pictures are drawn from, rounded the same way.
 */
final class ElkGraphs {
    /**
     * {@link LayeredLayout#options()} as text: the browser cannot run ELK's Java to ask it, so the
     * options are written here and a test holds them equal to {@code LayeredLayout}'s.
     */
    static final Map<String, String> ROOT_OPTIONS = rootOptions();
    private static final JsonFactory JSON = new JsonFactory();

    private ElkGraphs() {
    }

    private static Map<String, String> rootOptions() {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("org.eclipse.elk.algorithm", "org.eclipse.elk.layered");
        o.put("org.eclipse.elk.direction", "RIGHT");
        o.put("org.eclipse.elk.edgeRouting", "POLYLINE");
        o.put("org.eclipse.elk.padding", "[top=16.0,left=16.0,bottom=16.0,right=16.0]");
        o.put("org.eclipse.elk.randomSeed", "1");
        o.put("org.eclipse.elk.spacing.nodeNode", "18.0");
        o.put("org.eclipse.elk.spacing.edgeNode", "12.0");
        o.put("org.eclipse.elk.layered.spacing.nodeNodeBetweenLayers", "36.0");
        o.put("org.eclipse.elk.layered.spacing.edgeNodeBetweenLayers", "14.0");
        o.put("org.eclipse.elk.layered.considerModelOrder.strategy", "NODES_AND_EDGES");
        return Collections.unmodifiableMap(o);
    }

    /** A layouter that lays nothing out but writes the graph as ELK's JSON for elkjs. */
    static final class Recorder implements Layouter {
        private String json;

        @Override
        public GraphLayout layout(List<Value> order, Function<Value, NodeSize> valueSize, Function<Value, NodeSize> opSize) {
            StringWriter text = new StringWriter(256 * order.size());
            List<Box> none = new ArrayList<>(order.size());
            try (JsonGenerator g = JSON.createGenerator(text)) {
                g.writeStartObject();
                g.writeStringField("id", "root");
                g.writeObjectFieldStart("layoutOptions");
                for (Map.Entry<String, String> option : ROOT_OPTIONS.entrySet()) {
                    g.writeStringField(option.getKey(), option.getValue());
                }
                g.writeEndObject();
                g.writeArrayFieldStart("children");
                for (Value v : order) {
                    node(g, "v" + none.size(), valueSize.apply(v));
                    if (!v.isLeaf()) {
                        node(g, "o" + none.size(), opSize.apply(v));
                    }
                    none.add(new Box(0, 0, 1, 1));
                }
                g.writeEndArray();
                g.writeArrayFieldStart("edges");
                Map<Value, Integer> ids = new IdentityHashMap<>();
                int edge = 0;
                for (Value v : order) {
                    int id = ids.size();
                    ids.put(v, id);
                    if (v.isLeaf()) {
                        continue;
                    }
                    edge(g, edge++, "o" + id + "-out", "v" + id + "-in");
                    for (Value child : v.children()) {
                        edge(g, edge++, "v" + ids.get(child) + "-out", "o" + id + "-in");
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            json = text.toString();
            return new GraphLayout(0, 0, none, Collections.nCopies(order.size(), null), List.of());
        }

        String json() {
            return json;
        }

        /** A node with a port in the middle of its left and of its right side, as {@code LayeredLayout} makes it. */
        private static void node(JsonGenerator g, String id, NodeSize size) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeNumberField("width", size.width());
            g.writeNumberField("height", size.height());
            g.writeObjectFieldStart("layoutOptions");
            g.writeStringField("org.eclipse.elk.portConstraints", "FIXED_POS");
            g.writeEndObject();
            g.writeArrayFieldStart("ports");
            port(g, id + "-in", 0, size.height() / 2, "WEST");
            port(g, id + "-out", size.width(), size.height() / 2, "EAST");
            g.writeEndArray();
            g.writeEndObject();
        }

        private static void port(JsonGenerator g, String id, double x, double y, String side) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", id);
            g.writeNumberField("x", x);
            g.writeNumberField("y", y);
            g.writeNumberField("width", 0);
            g.writeNumberField("height", 0);
            g.writeObjectFieldStart("layoutOptions");
            g.writeStringField("org.eclipse.elk.port.side", side);
            g.writeEndObject();
            g.writeEndObject();
        }

        private static void edge(JsonGenerator g, int index, String source, String target) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", "e" + index);
            g.writeArrayFieldStart("sources");
            g.writeString(source);
            g.writeEndArray();
            g.writeArrayFieldStart("targets");
            g.writeString(target);
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    /**
     * A layouter that reads elkjs's answer, flattened by the page's transport:
     * {@code {"width": w, "height": h, "nodes": [x, y, w, h, ...], "edges": [[x, y, x, y, ...], ...]}},
     * nodes and edges in the order {@link Recorder} wrote them.
     *
     * @param flat the flattened layout
     * @return the layouter
     */
    static Layouter placed(String flat) {
        return (order, valueSize, opSize) -> {
            Flat f = Flat.parse(flat);
            List<Box> values = new ArrayList<>(order.size());
            List<Box> ops = new ArrayList<>(order.size());
            List<Route> routes = new ArrayList<>();
            Map<Value, Integer> ids = new IdentityHashMap<>();
            int node = 0;
            int edge = 0;
            for (Value v : order) {
                int id = ids.size();
                ids.put(v, id);
                values.add(f.box(node++));
                if (v.isLeaf()) {
                    ops.add(null);
                    continue;
                }
                ops.add(f.box(node++));
                routes.add(new Route(id, id, true, f.points(edge++)));
                for (Value child : v.children()) {
                    routes.add(new Route(ids.get(child), id, false, f.points(edge++)));
                }
            }
            if (node * 4 != f.nodes.size() || edge != f.edges.size()) {
                throw new ApiException(500, "the layout has " + f.nodes.size() / 4 + " nodes and " + f.edges.size()
                        + " edges, the graph " + node + " and " + edge);
            }
            return new GraphLayout(LayeredLayout.round(f.width), LayeredLayout.round(f.height), values, ops, routes);
        };
    }

    /** The flattened layout's numbers. */
    private static final class Flat {
        double width;
        double height;
        final List<Double> nodes = new ArrayList<>();
        final List<List<Double>> edges = new ArrayList<>();

        static Flat parse(String text) {
            Flat f = new Flat();
            try (JsonParser p = JSON.createParser(text)) {
                expect(p.nextToken(), JsonToken.START_OBJECT);
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String field = p.currentName();
                    p.nextToken();
                    switch (field) {
                        case "width" -> f.width = p.getDoubleValue();
                        case "height" -> f.height = p.getDoubleValue();
                        case "nodes" -> numbers(p, f.nodes);
                        case "edges" -> {
                            expect(p.currentToken(), JsonToken.START_ARRAY);
                            while (p.nextToken() == JsonToken.START_ARRAY) {
                                List<Double> points = new ArrayList<>();
                                numbersAfterStart(p, points);
                                f.edges.add(points);
                            }
                        }
                        default -> p.skipChildren();
                    }
                }
            } catch (IOException e) {
                throw new ApiException(500, "the layout is not readable: " + e.getMessage());
            }
            return f;
        }

        private static void numbers(JsonParser p, List<Double> into) throws IOException {
            expect(p.currentToken(), JsonToken.START_ARRAY);
            numbersAfterStart(p, into);
        }

        private static void numbersAfterStart(JsonParser p, List<Double> into) throws IOException {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                into.add(p.getDoubleValue());
            }
        }

        private static void expect(JsonToken got, JsonToken wanted) {
            if (got != wanted) {
                throw new ApiException(500, "the layout is not readable: " + wanted + " expected, " + got + " found");
            }
        }

        Box box(int node) {
            int k = 4 * node;
            return new Box(LayeredLayout.round(nodes.get(k)), LayeredLayout.round(nodes.get(k + 1)),
                    LayeredLayout.round(nodes.get(k + 2)), LayeredLayout.round(nodes.get(k + 3)));
        }

        List<Point> points(int edge) {
            List<Double> xy = edges.get(edge);
            List<Point> points = new ArrayList<>(xy.size() / 2);
            for (int k = 0; k + 1 < xy.size(); k += 2) {
                points.add(new Point(LayeredLayout.round(xy.get(k)), LayeredLayout.round(xy.get(k + 1))));
            }
            return points;
        }
    }
}
