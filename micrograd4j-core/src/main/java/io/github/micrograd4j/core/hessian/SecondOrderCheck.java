package io.github.micrograd4j.core.hessian;

import io.github.micrograd4j.core.Gradients;
import io.github.micrograd4j.core.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A gradient check for second derivatives (PyTorch's {@code gradgradcheck}): each column of the
 * analytic {@link Hessian} is compared with a central finite difference of the analytic gradient,
 * {@code (grad f(x + eps e_j) - grad f(x - eps e_j)) / (2 eps)}. An entry passes when
 * {@code |analytic - numeric| <= atol + rtol * |numeric|}, with gradcheck's defaults
 * {@code eps = 1e-6}, {@code atol = 1e-5}, {@code rtol = 1e-3}.
 *
 * <pre>{@code
 * SecondOrderCheck.Report r = SecondOrderCheck.check(new double[] {0.8814}, x -> x.get(0).tanh());
 * r.passed();   // true
 * }</pre>
 */
public final class SecondOrderCheck {
    /** gradgradcheck's step. */
    public static final double EPS = 1e-6;
    /** gradgradcheck's absolute tolerance. */
    public static final double ATOL = 1e-5;
    /** gradgradcheck's relative tolerance. */
    public static final double RTOL = 1e-3;

    private SecondOrderCheck() {
    }

    /**
     * The outcome of a check.
     *
     * @param analytic the Hessian from {@link Hessian#of}
     * @param numeric the finite differences of the gradient, column j from nudging input j
     * @param worst the largest {@code |analytic - numeric| - rtol * |numeric|} over the entries
     * @param passed whether every entry is within tolerance
     */
    public record Report(double[][] analytic, double[][] numeric, double worst, boolean passed) {
    }

    /**
     * Checks the Hessian of {@code f} at {@code at}.
     *
     * @param at the input values
     * @param f builds the output from new leaves holding the inputs; called 2n + 1 times
     * @return the report
     * @throws IllegalArgumentException if {@code at} is empty or has a non-finite number
     */
    public static Report check(double[] at, Function<List<Value>, Value> f) {
        if (at == null || at.length == 0) {
            throw new IllegalArgumentException("at least one input is needed, got " + (at == null ? "null" : "none"));
        }
        int n = at.length;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(at[i])) {
                throw new IllegalArgumentException("input " + i + " is " + at[i] + "; a finite number is needed");
            }
        }
        List<Value> leaves = leaves(at);
        double[][] analytic = Hessian.of(f.apply(leaves), leaves);
        double[][] numeric = new double[n][n];
        for (int j = 0; j < n; j++) {
            double[] up = gradient(f, at, j, EPS);
            double[] down = gradient(f, at, j, -EPS);
            for (int i = 0; i < n; i++) {
                numeric[i][j] = (up[i] - down[i]) / (2 * EPS);
            }
        }
        double worst = Double.NEGATIVE_INFINITY;
        boolean passed = true;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double excess = Math.abs(analytic[i][j] - numeric[i][j]) - RTOL * Math.abs(numeric[i][j]);
                passed &= excess <= ATOL;
                worst = Double.isNaN(excess) ? Double.NaN : Math.max(worst, excess);
                passed &= !Double.isNaN(excess);
            }
        }
        return new Report(analytic, numeric, worst, passed);
    }

    private static double[] gradient(Function<List<Value>, Value> f, double[] at, int j, double h) {
        double[] x = at.clone();
        x[j] += h;
        List<Value> leaves = leaves(x);
        List<Value> g = Gradients.of(f.apply(leaves), leaves, false);
        double[] d = new double[g.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = g.get(i).data();
        }
        return d;
    }

    private static List<Value> leaves(double[] at) {
        List<Value> leaves = new ArrayList<>(at.length);
        for (double d : at) {
            leaves.add(new Value(d));
        }
        return leaves;
    }
}
