package io.github.micrograd4j.core.tape;

import io.github.micrograd4j.core.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random DAGs over every op: each new node takes its operands from the nodes so far (mostly
 * recent ones, so graphs are deep; sometimes old ones, so nodes are shared). Operands are not kept
 * inside any domain: NaN and infinities must come out the same in every engine too.
 */
final class RandomGraphs {
    private RandomGraphs() {
    }

    /** A graph over the given leaves; the same seed and leaf count always give the same structure. */
    static Value build(long seed, List<Value> leaves, int ops) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<Value> pool = new ArrayList<>(leaves);
        for (int i = 0; i < ops; i++) {
            Value a = pick(rnd, pool);
            Value b = pick(rnd, pool);
            Value next = switch (rnd.nextInt(16)) {
                case 0, 1 -> a.add(b);
                case 2, 3 -> a.mul(b);
                case 4 -> a.sub(b);
                case 5 -> a.div(b);
                case 6 -> a.pow(rnd.nextInt(-3, 4));
                case 7 -> a.pow(0.5);
                case 8 -> a.pow(b);
                case 9 -> a.exp();
                case 10 -> a.log();
                case 11 -> a.tanh();
                case 12 -> a.relu();
                case 13 -> a.sigmoid();
                case 14 -> a.mul(rnd.nextDouble(-2, 2));
                default -> a.add(a);
            };
            pool.add(next);
        }
        return pool.get(pool.size() - 1);
    }

    private static Value pick(SplittableRandom rnd, List<Value> pool) {
        int n = pool.size();
        return rnd.nextInt(4) == 0 ? pool.get(rnd.nextInt(n)) : pool.get(Math.max(0, n - 1 - rnd.nextInt(4)));
    }

    static List<Value> leaves(double[] data) {
        List<Value> leaves = new ArrayList<>();
        for (double d : data) {
            leaves.add(new Value(d));
        }
        return leaves;
    }

    static double[] randomData(SplittableRandom rnd, int n) {
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            d[i] = rnd.nextDouble(-2, 2);
        }
        return d;
    }
}
