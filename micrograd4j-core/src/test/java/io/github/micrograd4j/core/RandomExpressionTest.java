package io.github.micrograd4j.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.micrograd4j.core.check.GradientCheck;
import io.github.micrograd4j.core.check.GradientCheckReport;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Thousands of seeded random expression trees over every op: backpropagation against central
 * finite differences. Each operand is kept inside its op's domain (log and non-constant powers of
 * positive values, division by values bounded away from 0) and away from relu's kink.
 */
class RandomExpressionTest {
    private static final int TREES = 3000;
    private static final String[] NAMES = {"x", "y", "z"};

    /** A random tree, built again for every evaluation so that the check sees fresh graphs. */
    private record Tree(long seed, int depth) implements Function<Map<String, Value>, Value> {
        @Override
        public Value apply(Map<String, Value> in) {
            return build(new SplittableRandom(seed), in, depth);
        }

        private static Value build(SplittableRandom rnd, Map<String, Value> in, int depth) {
            if (depth == 0 || rnd.nextInt(5) == 0) {
                return rnd.nextInt(4) == 0 ? new Value(rnd.nextDouble(-2, 2)) : in.get(NAMES[rnd.nextInt(NAMES.length)]);
            }
            Value a = build(rnd, in, depth - 1);
            switch (rnd.nextInt(12)) {
                case 0: return a.add(build(rnd, in, depth - 1));
                case 1: return a.mul(build(rnd, in, depth - 1));
                case 2: return a.sub(build(rnd, in, depth - 1));
                case 3: return a.div(positive(build(rnd, in, depth - 1)));
                case 4: {
                    int n = rnd.nextInt(-2, 4);
                    return (n < 0 ? positive(a) : bounded(a)).pow(n);
                }
                case 5: return positive(a).pow(bounded(build(rnd, in, depth - 1)));
                case 6: return bounded(a).exp();
                case 7: return positive(a).log();
                case 8: return a.tanh();
                case 9: return a.relu();
                case 10: return a.sigmoid();
                default: return a.neg().add(rnd.nextDouble(-1, 1)).mul(rnd.nextDouble(0.5, 2));
            }
        }

        /** 0.5 + x²/(1 + x²) lies in [0.5, 1.5): a safe base or divisor whatever x is. */
        private static Value positive(Value x) {
            Value sq = x.mul(x);
            return sq.div(sq.add(1.0)).add(0.5);
        }

        private static Value bounded(Value x) {
            return x.tanh().mul(1.5);
        }
    }

    @Test
    void backpropagationMatchesCentralDifferencesOnRandomTrees() {
        SplittableRandom seeds = new SplittableRandom(20261127L);
        GradientCheck check = GradientCheck.defaults();
        int checked = 0;
        int nearKink = 0;
        for (int t = 0; t < TREES; t++) {
            Tree tree = new Tree(seeds.nextLong(), 1 + seeds.nextInt(6));
            Map<String, Double> inputs = new LinkedHashMap<>();
            for (String name : NAMES) {
                inputs.put(name, seeds.nextDouble(-2, 2));
            }
            if (reluArgumentNearZero(tree, inputs)) {
                nearKink++;
                continue;
            }
            GradientCheckReport report = check.check(inputs, tree);
            assertThat(report.passed()).as("tree seed %d depth %d at %s:%n%s", tree.seed(), tree.depth(), inputs,
                    report.toTable()).isTrue();
            checked++;
        }
        assertThat(checked).isGreaterThan(TREES * 95 / 100);
        assertThat(nearKink).isLessThan(TREES / 20);
    }

    /** A finite difference across relu's kink measures a slope the derivative does not have. */
    private static boolean reluArgumentNearZero(Tree tree, Map<String, Double> inputs) {
        Map<String, Value> leaves = new LinkedHashMap<>();
        inputs.forEach((k, v) -> leaves.put(k, new Value(v, k)));
        for (Value v : tree.apply(leaves).topologicalOrder()) {
            if (v.op() == Op.RELU && Math.abs(v.child(0).data()) < 1e-4) {
                return true;
            }
        }
        return false;
    }
}
