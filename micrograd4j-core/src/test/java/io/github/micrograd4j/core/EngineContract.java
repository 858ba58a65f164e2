package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.micrograd4j.core.fixture.RandomOpGraphs;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The tests every engine must pass, so that the object graph and the tapes cannot drift apart. Each
 * engine's test class extends this one and says how to run a function. Expected numbers are known
 * values (the walkthrough, micrograd's README against PyTorch) or central finite differences.
 */
public abstract class EngineContract {

    /**
     * The engine under test.
     *
     * @return the engine
     */
    protected abstract Engine engine();

    private Engine.Result run(Function<List<Value>, Value> f, double... inputs) {
        return engine().run(f, inputs);
    }

    /** Central differences of the engine's own forward pass, with a step scaled to the input. */
    private double[] numericGrads(Function<List<Value>, Value> f, double... inputs) {
        double[] grads = new double[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            double h = 1e-6 * Math.max(1.0, Math.abs(inputs[i]));
            double[] up = inputs.clone();
            double[] down = inputs.clone();
            up[i] += h;
            down[i] -= h;
            grads[i] = (run(f, up).value() - run(f, down).value()) / (2 * h);
        }
        return grads;
    }

    private void assertMatchesFiniteDifferences(Function<List<Value>, Value> f, double... inputs) {
        Engine.Result r = run(f, inputs);
        double[] numeric = numericGrads(f, inputs);
        for (int i = 0; i < inputs.length; i++) {
            double tolerance = 1e-5 + 1e-5 * Math.abs(numeric[i]);
            assertThat(r.grads()[i]).as("%s: d/d input %d at %s", engine().name(), i, java.util.Arrays.toString(inputs))
                    .isCloseTo(numeric[i], within(tolerance));
        }
    }

    /**
     * Random graphs over every op of {@link Op#values()} (the shared fixture), differentiated by this
     * engine and by central differences of its own forward pass. Every op must appear, so a new op is
     * tested on every engine with no test edit.
     */
    @Test
    void everyOpInRandomGraphsMatchesFiniteDifferences() {
        java.util.Map<Op, Integer> seen = new java.util.EnumMap<>(Op.class);
        int nonZero = 0;
        for (int g = 0; g < GRAPHS_OVER_EVERY_OP; g++) {
            RandomOpGraphs.Graph graph = RandomOpGraphs.inDomain(7_000L + g, RandomOpGraphs.PRIMITIVES, 3, 12);
            Function<List<Value>, Value> f = in -> {
                Value[] v = graph.build(in);
                return v[v.length - 1];
            };
            assertMatchesFiniteDifferences(f, graph.data());
            for (Op op : RandomOpGraphs.PRIMITIVES) {
                seen.merge(op, graph.count(op), Integer::sum);
            }
            for (double d : run(f, graph.data()).grads()) {
                nonZero += d != 0.0 ? 1 : 0;
            }
        }
        for (Op op : RandomOpGraphs.PRIMITIVES) {
            assertThat(seen.getOrDefault(op, 0)).as("%s nodes in the random graphs", op).isGreaterThanOrEqualTo(50);
        }
        assertThat(nonZero).as("non-zero gradients compared").isGreaterThan(GRAPHS_OVER_EVERY_OP);
    }

    private static final int GRAPHS_OVER_EVERY_OP = 300;

    @Test
    void walkthroughValueAndGradients() {
        Engine.Result r = run(in -> in.get(0).mul(in.get(1)).add(in.get(2)).mul(in.get(3)), 2.0, -3.0, 10.0, -2.0);
        assertThat(r.value()).isEqualTo(-8.0);
        assertThat(r.grads()).containsExactly(6.0, -4.0, -2.0, 4.0);
    }

    /** micrograd's README example; the numbers there were checked against PyTorch. */
    @Test
    void microgradReadmeExample() {
        Engine.Result r = run(in -> {
            Value a = in.get(0);
            Value b = in.get(1);
            Value c = a.add(b);
            Value d = a.mul(b).add(b.pow(3));
            c = c.add(c.add(1));
            c = c.add(new Value(1).add(c).add(a.neg()));
            d = d.add(d.mul(2).add(b.add(a).relu()));
            d = d.add(d.mul(3).add(b.sub(a).relu()));
            Value e = c.sub(d);
            Value f = e.pow(2);
            Value g = f.div(2.0);
            return g.add(f.rdiv(10.0));
        }, -4.0, 2.0);
        assertThat(r.value()).isCloseTo(24.7041, within(1e-4));
        assertThat(r.grads()[0]).isCloseTo(138.8338, within(1e-4));
        assertThat(r.grads()[1]).isCloseTo(645.5773, within(1e-4));
    }

    @Test
    void everyUnaryOpAgainstFiniteDifferences() {
        for (double x : new double[] {-2.5, -0.3, 0.7, 1.9}) {
            assertMatchesFiniteDifferences(in -> in.get(0).exp(), x);
            assertMatchesFiniteDifferences(in -> in.get(0).tanh(), x);
            assertMatchesFiniteDifferences(in -> in.get(0).sigmoid(), x);
            assertMatchesFiniteDifferences(in -> in.get(0).relu(), x);
            assertMatchesFiniteDifferences(in -> in.get(0).neg(), x);
            assertMatchesFiniteDifferences(in -> in.get(0).pow(3), x);
            assertMatchesFiniteDifferences(in -> in.get(0).pow(2).add(1).log(), x);
            assertMatchesFiniteDifferences(in -> in.get(0).pow(2).add(0.5).pow(-1.5), x);
            assertMatchesFiniteDifferences(in -> in.get(0).rdiv(3.0), x);
            assertMatchesFiniteDifferences(in -> in.get(0).rsub(3.0), x);
        }
    }

    @Test
    void everyBinaryOpAgainstFiniteDifferences() {
        double[][] points = {{1.3, -0.4}, {-2.0, 0.9}, {0.6, 2.2}};
        for (double[] p : points) {
            assertMatchesFiniteDifferences(in -> in.get(0).add(in.get(1)), p);
            assertMatchesFiniteDifferences(in -> in.get(0).sub(in.get(1)), p);
            assertMatchesFiniteDifferences(in -> in.get(0).mul(in.get(1)), p);
            assertMatchesFiniteDifferences(in -> in.get(0).div(in.get(1)), p);
            assertMatchesFiniteDifferences(in -> in.get(0).pow(2).add(0.1).pow(in.get(1)), p);
        }
    }

    @Test
    void aValueUsedTwiceAccumulatesBothContributions() {
        assertThat(run(in -> in.get(0).add(in.get(0)), 3.0).grads()).containsExactly(2.0);
        assertThat(run(in -> in.get(0).mul(in.get(0)), 3.0).grads()).containsExactly(6.0);
    }

    @Test
    void sharedSubexpressionsAreDifferentiatedOnce() {
        // s = a*b is used three times: d/da (s + s*s + relu(s)) = b (1 + 2s + 1) for s > 0
        Engine.Result r = run(in -> {
            Value s = in.get(0).mul(in.get(1));
            return s.add(s.mul(s)).add(s.relu());
        }, 1.5, 2.0);
        assertThat(r.value()).isEqualTo(3.0 + 9.0 + 3.0);
        assertThat(r.grads()).containsExactly(2.0 * (2 + 2 * 3.0), 1.5 * (2 + 2 * 3.0));
    }

    @Test
    void reluAtZeroPassesNoGradientAsMicrogradDoes() {
        assertThat(run(in -> in.get(0).relu(), 0.0).grads()).containsExactly(0.0);
        assertThat(run(in -> in.get(0).relu(), 1e-300).grads()).containsExactly(1.0);
    }

    @Test
    void saturatingOpsKeepFiniteGradients() {
        Engine.Result t = run(in -> in.get(0).tanh(), 400.0);
        assertThat(t.value()).isEqualTo(1.0);
        assertThat(t.grads()).containsExactly(0.0);
        Engine.Result s = run(in -> in.get(0).sigmoid(), -800.0);
        assertThat(s.value()).isEqualTo(0.0);
        assertThat(s.grads()[0]).isFinite();
    }

    @Test
    void constantsAndUnusedInputs() {
        Engine.Result r = run(in -> in.get(0).mul(4.0).add(7.0), 2.0, 5.0);
        assertThat(r.value()).isEqualTo(15.0);
        assertThat(r.grads()).containsExactly(4.0, 0.0);
    }

    /**
     * How deep {@link #aDeepChain()} goes: a million, unless an engine's memory layout makes that
     * needlessly slow for a unit test.
     *
     * @return the chain length
     */
    protected int deepChainLength() {
        return 1_000_000;
    }

    @Test
    void aDeepChain() {
        int depth = deepChainLength();
        Engine.Result r = run(in -> {
            Value y = in.get(0);
            for (int i = 0; i < depth; i++) {
                y = y.mul(1.0000001).add(1e-9);
            }
            return y;
        }, 1.0);
        assertThat(r.grads()[0]).isCloseTo(Math.pow(1.0000001, depth), within(1e-9));
    }
}
