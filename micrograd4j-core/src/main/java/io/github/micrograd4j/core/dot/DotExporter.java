package io.github.micrograd4j.core.dot;

import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.core.Value;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a value's graph in the format of micrograd's {@code draw_dot}: Graphviz, left to right,
 * each value a record {@code { label | data %.4f | grad %.4f }} (an unlabelled value is named
 * {@code v<id>}, its position in topological order, as in the SVG pictures and the chain-rule text), each non-leaf value with an op node
 * and the edges child &rarr; op &rarr; value.
 *
 * <p>Node ids are positions in {@link Value#topologicalOrder()} ({@code v0}, {@code v1}, … and
 * {@code v3_op} for the op node of {@code v3}), so the same graph always gives the same text.
 */
public final class DotExporter {
    private DotExporter() {
    }

    /**
     * The graph ending at {@code root} as DOT text.
     *
     * @param root the output value
     * @return the DOT text, ending with a newline
     */
    public static String toDot(Value root) {
        List<Value> order = root.topologicalOrder();
        Map<Value, Integer> ids = new IdentityHashMap<>();
        StringBuilder out = new StringBuilder("digraph {\n  graph [rankdir=LR];\n");
        for (Value v : order) {
            int id = ids.size();
            ids.put(v, id);
            out.append(String.format(Numbers.LOCALE, "  v%d [label=\"{ %s | data %s | grad %s }\", shape=record];\n",
                    id, escapeRecord(v.label().isEmpty() ? "v" + id : v.label()), Numbers.fixed(v.data(), 4),
                    Numbers.fixed(v.grad(), 4)));
            if (!v.isLeaf()) {
                out.append(String.format(Numbers.LOCALE, "  v%d_op [label=\"%s\"];\n", id, escapeString(v.opLabel())));
                out.append(String.format(Numbers.LOCALE, "  v%d_op -> v%d;\n", id, id));
                for (Value child : v.children()) {
                    out.append(String.format(Numbers.LOCALE, "  v%d -> v%d_op;\n", ids.get(child), id));
                }
            }
        }
        return out.append("}\n").toString().replace("\r\n", "\n");
    }

    /** Inside a record label, braces, bars and angle brackets are structure, so escape them. */
    static String escapeRecord(String label) {
        StringBuilder out = new StringBuilder();
        for (char c : label.toCharArray()) {
            if ("{}|<>\\\" ".indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    static String escapeString(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
