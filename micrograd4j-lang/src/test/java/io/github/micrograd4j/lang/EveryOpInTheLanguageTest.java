package io.github.micrograd4j.lang;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.Op;
import io.github.micrograd4j.core.Value;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every op with a function name in {@link Op#values()} is callable from the expression language and
 * gives, value and gradients, what the {@link Value} API gives for the same op: a new op reaches the
 * language with no edit here or in the parser.
 */
class EveryOpInTheLanguageTest {
    static final List<Op> FUNCTIONS = Arrays.stream(Op.values()).filter(op -> !op.functionName().isEmpty()).toList();

    @ParameterizedTest
    @FieldSource("FUNCTIONS")
    void aCallGivesWhatTheValueApiGives(Op op) {
        SplittableRandom rnd = new SplittableRandom(op.ordinal());
        int compared = 0;
        for (int i = 0; i < 50; i++) {
            double x = rnd.nextDouble(0.1, 3.0);
            double y = rnd.nextDouble(-2.0, 2.0);
            String call = op.functionName() + (op.arity() == 2 ? "(x, y)" : "(x)");
            Program program = Program.parse("x = " + x + "\ny = " + y + "\nL = " + call);
            Evaluation run = program.evaluate();
            program.backward(run);

            Value vx = new Value(x);
            Value vy = new Value(y);
            Value expected = op.arity() == 2 ? vx.apply(op, vy) : vx.apply(op);
            expected.backward();
            assertThat(run.output().data()).as("%s at %s, %s", call, x, y).isEqualTo(expected.data());
            assertThat(run.results().get(0).grad()).as("d%s/dx", call).isEqualTo(vx.grad());
            assertThat(run.results().get(1).grad()).as("d%s/dy", call).isEqualTo(vy.grad());
            assertThat(run.output().op()).as("the op %s builds", call).isEqualTo(op);
            compared++;
        }
        assertThat(compared).isEqualTo(50);
    }
}
