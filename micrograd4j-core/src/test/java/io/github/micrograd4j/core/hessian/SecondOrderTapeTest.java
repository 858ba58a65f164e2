package io.github.micrograd4j.core.hessian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.micrograd4j.core.Gradients;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.tape.Tape;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A gradient graph is just a graph: compiled into a {@link Tape} with no special code, its replay at
 * new inputs gives the gradient there (forward) and a row of the Hessian (backward). Constant leaves
 * that a rule chose from the data (relu's step, the zero cases of powers) are frozen at compile time,
 * so the function here is smooth everywhere.
 */
class SecondOrderTapeTest {

    @Test
    void aCompiledGradientReplaysTheGradientAndTheHessianRowAtNewInputs() {
        Function<List<Value>, Value> f = v -> v.get(0).mul(v.get(1)).sin().add(v.get(0).pow(3.0))
                .add(v.get(1).exp().mul(v.get(0)).tanh());
        List<Value> leaves = List.of(new Value(0.3), new Value(-0.7));
        Value dfdx = Gradients.of(f.apply(leaves), leaves, true).get(0);
        Tape tape = Tape.compile(dfdx, leaves, List.of());
        SplittableRandom rnd = new SplittableRandom(11);
        for (int k = 0; k < 200; k++) {
            double x = rnd.nextDouble(-2, 2);
            double y = rnd.nextDouble(-2, 2);
            tape.setInput(0, x);
            tape.setInput(1, y);
            tape.forward();
            tape.backward();
            List<Value> at = List.of(new Value(x), new Value(y));
            Value out = f.apply(at);
            assertThat(tape.output()).isCloseTo(Gradients.of(out, at, false).get(0).data(), within(1e-12));
            double[][] h = Hessian.of(out, at);
            assertThat(tape.inputGrad(0)).isCloseTo(h[0][0], within(1e-10));
            assertThat(tape.inputGrad(1)).isCloseTo(h[0][1], within(1e-10));
        }
    }
}
