package io.github.micrograd4j.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The engine contract for the object graph: build the graph, {@link Value#backward()}. */
class ObjectGraphEngineTest extends EngineContract {

    /** The object graph as an {@link Engine}. */
    static final Engine OBJECT_GRAPH = new Engine() {
        @Override
        public Result run(Function<List<Value>, Value> f, double... inputs) {
            List<Value> leaves = new ArrayList<>();
            for (double x : inputs) {
                leaves.add(new Value(x));
            }
            Value out = f.apply(leaves);
            out.backward();
            double[] grads = new double[inputs.length];
            for (int i = 0; i < grads.length; i++) {
                grads[i] = leaves.get(i).grad();
            }
            return new Result(out.data(), grads);
        }

        @Override
        public String name() {
            return "object graph";
        }
    };

    @Override
    protected Engine engine() {
        return OBJECT_GRAPH;
    }
}
