package io.github.micrograd4j.core.tape;

import io.github.micrograd4j.core.Op;
import io.github.micrograd4j.core.Value;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compiles a {@link BatchedTape} from one graph per example, all built the same way (for example a
 * model's loss on each data point), sharing the parameters. The graphs are compared node by node in
 * topological order: they must have the same ops, op constants and wiring; each leaf is then a
 * parameter (the same value in every graph), a per-example input (its number differs between
 * examples: data, labels) or a constant (the same number everywhere). The batch replays the first
 * graph's tape with each example's inputs.
 */
final class BatchCompiler {
    private BatchCompiler() {
    }

    /** See {@link BatchedTape#compile(List, List, List, int, int)}. */
    static BatchedTape compile(List<Value> outputs, List<Value> parameters, List<Value> watched,
            int maxTileSize, int threads) {
        Objects.requireNonNull(outputs, "outputs");
        if (outputs.isEmpty()) {
            throw new IllegalArgumentException("expected at least 1 example, got 0");
        }
        Map<Value, Integer> parameterIndex = new IdentityHashMap<>();
        for (int j = 0; j < parameters.size(); j++) {
            parameterIndex.put(Objects.requireNonNull(parameters.get(j), "parameter " + j), j);
        }
        List<List<Value>> orders = new ArrayList<>(outputs.size());
        for (Value out : outputs) {
            orders.add(Objects.requireNonNull(out, "output").topologicalOrder());
        }
        List<Value> first = orders.get(0);
        Map<Value, Integer> firstPosition = positions(first);
        boolean[] varies = new boolean[first.size()];
        for (int e = 1; e < orders.size(); e++) {
            List<Value> order = orders.get(e);
            if (order.size() != first.size()) {
                throw new IllegalArgumentException("example " + e + " has " + order.size() + " values, example 0 has "
                        + first.size() + ": the examples' graphs must be built the same way");
            }
            Map<Value, Integer> position = positions(order);
            for (int k = 0; k < order.size(); k++) {
                Value a = first.get(k);
                Value b = order.get(k);
                String where = "example " + e + " differs from example 0 at value " + k + " of " + order.size() + ": ";
                if (a.op() != b.op() || a.op().hasConstant() && Double.compare(a.constant(), b.constant()) != 0) {
                    throw new IllegalArgumentException(where + "'" + b.opLabel() + "' instead of '" + a.opLabel() + "'");
                }
                for (int c = 0; c < a.childCount(); c++) {
                    if (!firstPosition.get(a.child(c)).equals(position.get(b.child(c)))) {
                        throw new IllegalArgumentException(where + "its operand " + c + " is another value");
                    }
                }
                if (a.isLeaf()) {
                    boolean parameter = parameterIndex.containsKey(a);
                    if (parameter != parameterIndex.containsKey(b) || parameter && a != b) {
                        throw new IllegalArgumentException(where + "a parameter in one, not in the other");
                    }
                    if (!parameter && Double.compare(a.data(), b.data()) != 0) {
                        varies[k] = true;
                    }
                }
            }
        }
        List<Value> inputs = new ArrayList<>();
        List<Integer> inputPositions = new ArrayList<>();
        for (int k = 0; k < first.size(); k++) {
            if (varies[k]) {
                inputs.add(first.get(k));
                inputPositions.add(k);
            }
        }
        Tape tape = Tape.compile(outputs.get(0), inputs, parameters, watched);
        BatchedTape batch = new BatchedTape(tape, outputs.size(), maxTileSize, threads);
        for (int i = 0; i < inputs.size(); i++) {
            int k = inputPositions.get(i);
            for (int e = 0; e < outputs.size(); e++) {
                batch.setInput(i, e, orders.get(e).get(k).data());
            }
        }
        return batch;
    }

    private static Map<Value, Integer> positions(List<Value> order) {
        Map<Value, Integer> position = new IdentityHashMap<>();
        for (int k = 0; k < order.size(); k++) {
            position.put(order.get(k), k);
        }
        return position;
    }
}
