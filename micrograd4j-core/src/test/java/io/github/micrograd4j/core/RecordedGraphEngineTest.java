package io.github.micrograd4j.core;

import java.util.List;
import java.util.function.Function;

/** The engine contract for the object graph built inside a {@link GraphRecording}. */
class RecordedGraphEngineTest extends EngineContract {

    /** Build while recording, then {@link GraphRecording#backward(Value)}. */
    static final Engine RECORDED = new Engine() {
        @Override
        public Result run(Function<List<Value>, Value> f, double... inputs) {
            try (GraphRecording recording = GraphRecording.start()) {
                return ObjectGraphEngineTest.differentiate(f, inputs, recording::backward);
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
