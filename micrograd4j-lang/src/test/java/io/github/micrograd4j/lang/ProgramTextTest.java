package io.github.micrograd4j.lang;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.fixture.RandomGraph;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Program text gives the same graph: core's random op graphs ({@link RandomGraph}, drawn from every op)
 * are built once through the {@link Value} API and again from their text, as one statement per node and
 * as one nested expression printed with the fewest parentheses (so the parser's precedence and
 * associativity are exercised). The language adds no arithmetic of its own: the output must be the same
 * double both ways, and so must every gradient of the one-statement-per-node program, which is the same
 * graph. The nested expression writes a shared subexpression out once per use, so its graph has more
 * nodes and sums the same gradient contributions in another order: its gradients may differ in the last
 * bits, and are held to 1e-12 relative. Whether the gradients are right is core's differential test
 * against Hipparchus.
 */
class ProgramTextTest {
    static final int GRAPHS = 5_000;
    static final long FIRST_SEED = 20_261_207L;
    /** How far a nested expression's gradients may be from the Value API's, relative. */
    static final double NESTED_TOLERANCE = 1e-12;

    @Test
    void programTextBuildsTheGraphTheValueApiBuilds() {
        List<String> failures = new ArrayList<>();
        int nested = 0;
        for (int i = 0; i < GRAPHS && failures.size() < 5; i++) {
            RandomGraph graph = RandomGraph.generate(FIRST_SEED + i);
            Value[] values = graph.toValues();
            Value out = values[values.length - 1];
            out.backward();
            compare("one statement per node", graph, out, values, Program.parse(graph.toStatements()), 0.0,
                    failures);
            String nestedText = graph.toNestedProgram(4000);
            if (nestedText != null) {
                nested++;
                compare("one nested expression", graph, out, values, Program.parse(nestedText), NESTED_TOLERANCE,
                        failures);
            }
        }
        assertThat(failures).as("programs whose graph differs from the Value API's").isEmpty();
        assertThat(nested).as("graphs also checked as one nested expression").isGreaterThan(GRAPHS * 9 / 10);
    }

    private static void compare(String how, RandomGraph graph, Value out, Value[] values, Program program,
            double gradTolerance, List<String> failures) {
        Evaluation run = program.evaluate();
        program.backward(run);
        StringBuilder problems = new StringBuilder();
        if (!same(run.output().data(), out.data())) {
            problems.append("output ").append(run.output().data()).append(" vs ").append(out.data()).append('\n');
        }
        for (int k = 0; k < graph.inputs; k++) {
            double fromText = run.results().get(k).grad();
            if (!close(fromText, values[k].grad(), gradTolerance)) {
                problems.append("d/d").append(graph.name(k)).append(' ').append(fromText).append(" vs ")
                        .append(values[k].grad()).append('\n');
            }
        }
        if (problems.length() > 0) {
            failures.add(how + ", seed " + graph.seed + ":\n" + problems + "Java:\n" + graph.toJava()
                    + "program:\n" + graph.toStatements());
        }
    }

    /** Equal within {@code tolerance} relative (0: the same double), NaN equal to NaN. */
    private static boolean close(double a, double b, double tolerance) {
        return same(a, b) || Math.abs(a - b) <= tolerance * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }

    /** The same double, NaN included (the graphs may leave the ops' domains). */
    private static boolean same(double a, double b) {
        return Double.compare(a, b) == 0 || (Double.isNaN(a) && Double.isNaN(b));
    }
}
