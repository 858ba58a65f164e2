package io.github.micrograd4j.cli.lang;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.Value;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.analysis.differentiation.Gradient;
import org.junit.jupiter.api.Test;

/**
 * Differential testing against an independent automatic differentiation: Hipparchus' forward mode
 * ({@link Gradient}, one partial derivative per input) computes the value and gradient of the same
 * seeded random graphs that micrograd4j differentiates in reverse mode, three ways: through the
 * {@link Value} API, through a program of one statement per node, and through one nested expression
 * printed with the fewest parentheses (so the parser's precedence rules are tested with the engine).
 *
 * <p>Tolerance: {@code |a - b| <= 1e-9 * max(1, |a|, |b|)}. A failure prints the seed, the Java code
 * and the program, so it can be replayed with {@code micrograd grad}.
 */
class DifferentialTest {
    static final int GRAPHS = 10_000;
    static final long FIRST_SEED = 20_261_127L;
    static final double TOLERANCE = 1e-9;

    @Test
    void valuesAndGradientsAgreeWithHipparchusForwardMode() {
        List<String> failures = new ArrayList<>();
        Map<RandomGraph.Kind, Integer> coverage = new EnumMap<>(RandomGraph.Kind.class);
        int nested = 0;
        for (int i = 0; i < GRAPHS; i++) {
            RandomGraph graph = RandomGraph.generate(FIRST_SEED + i);
            graph.nodes.forEach(n -> coverage.merge(n.kind(), 1, Integer::sum));
            Gradient[] oracle = graph.toGradients();
            Gradient expected = oracle[oracle.length - 1];

            Value[] values = graph.toValues();
            Value out = values[values.length - 1];
            out.backward();
            double[] engineGrads = new double[graph.inputs];
            for (int k = 0; k < graph.inputs; k++) {
                engineGrads[k] = values[k].grad();
            }
            compare("Value API", graph, expected, out.data(), engineGrads, failures);

            Program statements = Program.parse(graph.toStatements());
            compare("program, one statement per node", graph, expected, statements, failures);

            String nestedText = graph.toNestedProgram(4000);
            if (nestedText != null) {
                nested++;
                compare("program, one nested expression", graph, expected, Program.parse(nestedText), failures);
            }
            if (failures.size() > 5) {
                break;
            }
        }
        assertThat(failures).as("disagreements with Hipparchus").isEmpty();
        // the figures docs/RELIABILITY.md quotes
        int opNodes = coverage.entrySet().stream().filter(e -> e.getKey() != RandomGraph.Kind.INPUT)
                .mapToInt(Map.Entry::getValue).sum();
        System.out.printf("differential test: %d graphs, %d op nodes, per kind %s, %d also as one nested expression%n",
                GRAPHS, opNodes, coverage, nested);
        for (RandomGraph.Kind kind : RandomGraph.Kind.values()) {
            assertThat(coverage.getOrDefault(kind, 0)).as("nodes of kind %s", kind).isGreaterThanOrEqualTo(1500);
        }
        assertThat(nested).as("graphs also checked as one nested expression").isGreaterThan(GRAPHS * 9 / 10);
    }

    private static void compare(String how, RandomGraph graph, Gradient expected, Program program,
            List<String> failures) {
        Evaluation run = program.evaluate();
        program.backward(run);
        double[] grads = new double[graph.inputs];
        for (int k = 0; k < graph.inputs; k++) {
            grads[k] = run.results().get(k).grad();
        }
        compare(how, graph, expected, run.output().data(), grads, failures);
    }

    private static void compare(String how, RandomGraph graph, Gradient expected, double value, double[] grads,
            List<String> failures) {
        StringBuilder problems = new StringBuilder();
        if (!close(value, expected.getValue())) {
            problems.append("value ").append(value).append(" vs ").append(expected.getValue()).append('\n');
        }
        for (int k = 0; k < graph.inputs; k++) {
            double oracle = expected.getPartialDerivative(k);
            if (!close(grads[k], oracle)) {
                problems.append("d/d").append(graph.name(k)).append(' ').append(grads[k]).append(" vs ")
                        .append(oracle).append('\n');
            }
        }
        if (problems.length() > 0) {
            failures.add(how + ", seed " + graph.seed + ":\n" + problems + "Java:\n" + graph.toJava()
                    + "program:\n" + graph.toStatements() + "\nnested:\n" + graph.toNestedProgram(100_000));
        }
    }

    static boolean close(double a, double b) {
        return a == b || Math.abs(a - b) <= TOLERANCE * Math.max(1.0, Math.max(Math.abs(a), Math.abs(b)));
    }
}
