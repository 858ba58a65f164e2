package io.github.micrograd4j.core.tape;

import io.github.micrograd4j.core.Engine;
import io.github.micrograd4j.core.EngineContract;
import io.github.micrograd4j.core.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The engine contract for the scalar tape. The graph is built and compiled at other input values
 * than the ones asked for, so every result comes from a replay ({@link Tape#forward()}), not from
 * the values the graph was built with.
 */
class TapeEngineTest extends EngineContract {

    /** Input values to build the graph with: different from {@code x}, same sign, never 0. */
    static double elsewhere(double x) {
        return x == 0.0 ? 0.75 : x * 1.37 + Math.copySign(0.11, x);
    }

    static List<Value> leaves(double[] inputs) {
        List<Value> leaves = new ArrayList<>();
        for (double x : inputs) {
            leaves.add(new Value(elsewhere(x)));
        }
        return leaves;
    }

    static final Engine TAPE = new Engine() {
        @Override
        public Result run(Function<List<Value>, Value> f, double... inputs) {
            List<Value> leaves = leaves(inputs);
            Tape tape = Tape.compile(f.apply(leaves), leaves, List.of());
            for (int i = 0; i < inputs.length; i++) {
                tape.setInput(i, inputs[i]);
            }
            tape.forward();
            tape.backward();
            double[] grads = new double[inputs.length];
            for (int i = 0; i < grads.length; i++) {
                grads[i] = tape.inputGrad(i);
            }
            return new Result(tape.output(), grads);
        }

        @Override
        public String name() {
            return "tape";
        }
    };

    @Override
    protected Engine engine() {
        return TAPE;
    }
}
