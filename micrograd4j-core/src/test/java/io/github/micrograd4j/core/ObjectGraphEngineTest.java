package io.github.micrograd4j.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** The engine contract for the object graph: build the graph, {@link Value#backward()}. */
class ObjectGraphEngineTest extends EngineContract {

    /** The object graph as an {@link Engine}. */
    static final Engine OBJECT_GRAPH = new Engine() {
        @Override
        public Result run(Function<List<Value>, Value> f, double... inputs) {
            return differentiate(f, inputs, Value::backward);
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

    /**
     * Builds {@code f} on one new leaf per input, hands the output to {@code backward}, and reads the
     * leaves' gradients: the object-graph engines differ only in how they backpropagate.
     */
    static Engine.Result differentiate(Function<List<Value>, Value> f, double[] inputs, Consumer<Value> backward) {
        List<Value> leaves = new ArrayList<>();
        for (double x : inputs) {
            leaves.add(new Value(x));
        }
        Value out = f.apply(leaves);
        backward.accept(out);
        double[] grads = new double[inputs.length];
        for (int i = 0; i < grads.length; i++) {
            grads[i] = leaves.get(i).grad();
        }
        return new Engine.Result(out.data(), grads);
    }
}
