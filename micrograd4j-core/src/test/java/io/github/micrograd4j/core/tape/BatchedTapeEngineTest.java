package io.github.micrograd4j.core.tape;

import io.github.micrograd4j.core.Engine;
import io.github.micrograd4j.core.EngineContract;
import io.github.micrograd4j.core.Value;
import java.util.List;
import java.util.function.Function;

/**
 * The engine contract for the batched tape on two threads: the function runs as example 1 of a
 * batch of 3, in tiles of 2, between two examples with other inputs that must not leak into it.
 */
class BatchedTapeEngineTest extends EngineContract {

    static final Engine BATCHED = new Engine() {
        @Override
        public Result run(Function<List<Value>, Value> f, double... inputs) {
            List<Value> leaves = TapeEngineTest.leaves(inputs);
            Tape tape = Tape.compile(f.apply(leaves), leaves, List.of());
            try (BatchedTape batch = new BatchedTape(tape, 3, 2, 2)) {
                for (int i = 0; i < inputs.length; i++) {
                    batch.setInput(i, 0, -inputs[i]);
                    batch.setInput(i, 1, inputs[i]);
                    batch.setInput(i, 2, TapeEngineTest.elsewhere(inputs[i]));
                }
                batch.forward();
                batch.backward();
                double[] grads = new double[inputs.length];
                for (int i = 0; i < grads.length; i++) {
                    grads[i] = batch.inputGrad(i, 1);
                }
                return new Result(batch.output(1), grads);
            }
        }

        @Override
        public String name() {
            return "batched tape";
        }
    };

    /** A batched tape keeps one small array per slot and per quantity: 16 million arrays for a million-deep chain. */
    @Override
    protected int deepChainLength() {
        return 100_000;
    }

    @Override
    protected Engine engine() {
        return BATCHED;
    }
}
