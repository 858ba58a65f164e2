package io.github.micrograd4j.bench;

import io.github.micrograd4j.core.Value;

/** The computations the benchmarks time, kept apart from the JMH plumbing. */
public final class Workloads {
    private Workloads() {
    }

    /** The chain's constant factor: dy/dx = FACTOR^depth stays finite for ten million links. */
    static final double FACTOR = 1.0 + 1e-8;

    /**
     * Builds {@code y = x * c * ... * c} with {@code depth} multiplications by one shared constant,
     * backpropagates, and returns dy/dx.
     *
     * @param depth the number of multiplications
     * @return the gradient of y with respect to x
     */
    public static double chain(int depth) {
        Value x = new Value(1.0);
        Value c = new Value(FACTOR);
        Value y = x;
        for (int i = 0; i < depth; i++) {
            y = y.mul(c);
        }
        y.backward();
        return x.grad();
    }

    /**
     * f(x) = sum over i of tanh(x[i] * x[i+1]) + x[i]² / 2 (indices wrapping around), as an object
     * graph: 6 values per input.
     *
     * @param x the leaves
     * @return f
     */
    public static Value ring(Value[] x) {
        int n = x.length;
        Value sum = new Value(0.0);
        for (int i = 0; i < n; i++) {
            Value xi = x[i];
            sum = sum.add(xi.mul(x[(i + 1) % n]).tanh()).add(xi.mul(xi).mul(0.5));
        }
        return sum;
    }
}
