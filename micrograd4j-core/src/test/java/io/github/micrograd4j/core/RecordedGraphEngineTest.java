package io.github.micrograd4j.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The engine contract for the object graph built inside a {@link GraphRecording}. */
class RecordedGraphEngineTest extends EngineContract {

    /** Build while recording, then {@link GraphRecording#backward(Value)}. */
    static final Engine RECORDED = new Engine() {
        @Override
        public Result run(Function<List<Value>, Value> f, double... inputs) {
            List<Value> leaves = new ArrayList<>();
            for (double x : inputs) {
                leaves.add(new Value(x));
            }
            try (GraphRecording recording = GraphRecording.start()) {
                Value out = f.apply(leaves);
                recording.backward(out);
                double[] grads = new double[inputs.length];
                for (int i = 0; i < grads.length; i++) {
                    grads[i] = leaves.get(i).grad();
                }
                return new Result(out.data(), grads);
            }
        }

        @Override
        public String name() {
            return "recorded object graph";
        }
    };

    @Override
    protected Engine engine() {
        return RECORDED;
    }
}
