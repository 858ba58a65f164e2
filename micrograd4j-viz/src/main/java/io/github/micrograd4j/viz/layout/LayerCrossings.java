package io.github.micrograd4j.viz.layout;

import io.github.micrograd4j.core.Value;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * How large a layered layout of a value graph gets, counted before ELK is asked to do it.
 *
 * <p>ELK Layered puts every node in a layer and, for each edge spanning more than one layer, a dummy
 * node in every layer it crosses; crossing minimisation, node placement and routing then work on all of
 * them. A graph with few values can still need very many: when one input feeds every op of a long chain
 * ({@code a*a*a*...}), its edge to the k-th op crosses about 2k layers, so the dummies grow with the
 * square of the chain's length (a 1,000-value chain needs about a million) while the value count stays
 * small. The count here is what the layout really costs.
 *
 * <p>It lays the value boxes and op ellipses out twice in O(values + edges), as late as possible (every
 * node as near the output as its edges allow) and as early as possible with each leaf moved up to just
 * before its first op, and returns the smaller total of (span - 1) over the edges. ELK's default layering
 * (network simplex) minimises the total span, so the count is never below ELK's; on trees, chains and
 * graphs like the walkthrough it is exact.
 */
public final class LayerCrossings {
    private LayerCrossings() {
    }

    /**
     * The dummy nodes a layered layout of the graph needs: over every edge from an operand's box into an
     * op, the layers it crosses without a node of its own (an op's edge into its result's box spans one
     * layer and needs none).
     *
     * @param order the values in topological order, output last, as {@link Value#topologicalOrder()} gives
     * @return the count, 0 when no edge skips a layer
     */
    public static long count(List<Value> order) {
        int n = order.size();
        if (n == 0) {
            return 0;
        }
        Map<Value, Integer> ids = new IdentityHashMap<>(2 * n);
        for (Value v : order) {
            ids.put(v, ids.size());
        }
        return Math.min(asLateAsPossible(order, ids), asEarlyAsPossible(order, ids));
    }

    /** Layers counted back from the output: a box's distance is one more than its farthest op's. */
    private static long asLateAsPossible(List<Value> order, Map<Value, Integer> ids) {
        int n = order.size();
        long[] boxDistance = new long[n];
        long crossings = 0;
        for (int i = n - 1; i >= 0; i--) {
            Value v = order.get(i);
            long opDistance = boxDistance[i] + 1;
            for (Value child : v.children()) {
                int c = ids.get(child);
                boxDistance[c] = Math.max(boxDistance[c], opDistance + 1);
            }
        }
        for (int i = 0; i < n; i++) {
            Value v = order.get(i);
            long opDistance = boxDistance[i] + 1;
            for (Value child : v.children()) {
                crossings += boxDistance[ids.get(child)] - opDistance - 1;
            }
        }
        return crossings;
    }

    /** Layers counted from the inputs: an op one past its latest operand, each leaf just before its first op. */
    private static long asEarlyAsPossible(List<Value> order, Map<Value, Integer> ids) {
        int n = order.size();
        long[] boxLayer = new long[n];
        long[] opLayer = new long[n];
        long[] firstUse = new long[n];
        Arrays.fill(firstUse, Long.MAX_VALUE);
        for (int i = 0; i < n; i++) {
            Value v = order.get(i);
            if (v.isLeaf()) {
                continue;
            }
            long op = 1;
            for (Value child : v.children()) {
                op = Math.max(op, boxLayer[ids.get(child)] + 1);
            }
            opLayer[i] = op;
            boxLayer[i] = op + 1;
            for (Value child : v.children()) {
                int c = ids.get(child);
                firstUse[c] = Math.min(firstUse[c], op);
            }
        }
        long crossings = 0;
        for (int i = 0; i < n; i++) {
            Value v = order.get(i);
            for (Value child : v.children()) {
                int c = ids.get(child);
                long from = child.isLeaf() ? firstUse[c] - 1 : boxLayer[c];
                crossings += opLayer[i] - from - 1;
            }
        }
        return crossings;
    }
}
