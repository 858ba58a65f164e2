package io.github.micrograd4j.examples;

import io.github.micrograd4j.core.Gradients;
import io.github.micrograd4j.core.Numbers;
import io.github.micrograd4j.core.Value;
import io.github.micrograd4j.core.hessian.Hessian;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Newton's method against gradient descent, with second derivatives from {@link Hessian}: on the 1-D
 * function {@code f(x) = e^x - 2x} (minimum at x = ln 2) and on Rosenbrock's
 * {@code (1 - x)² + 100 (y - x²)²} from (-1.2, 1) (minimum at (1, 1)). Each method runs until the
 * gradient's largest component is below {@link #TOLERANCE}, and the steps it took are printed.
 */
public final class Step8Newton {
    /** Convergence: every |df/dx_i| below this. */
    static final double TOLERANCE = 1e-8;
    /** The most steps either method is given. */
    static final int MAX_STEPS = 100_000;

    private Step8Newton() {
    }

    /**
     * The outcome of one minimisation.
     *
     * @param steps the steps taken
     * @param converged whether the gradient fell below {@link #TOLERANCE}
     * @param x where it stopped
     */
    record Run(int steps, boolean converged, double[] x) {
    }

    /**
     * Prints the steps each method needs on each function.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        Function<List<Value>, Value> oneD = v -> v.get(0).exp().sub(v.get(0).mul(2.0));
        Function<List<Value>, Value> rosenbrock = v -> v.get(0).rsub(1.0).pow(2.0)
                .add(v.get(1).sub(v.get(0).pow(2.0)).pow(2.0).mul(100.0));
        report("f(x) = exp(x) - 2x from x = 3", oneD, new double[] {3.0}, 0.1);
        report("Rosenbrock from (-1.2, 1)", rosenbrock, new double[] {-1.2, 1.0}, 0.001);
    }

    private static void report(String what, Function<List<Value>, Value> f, double[] start, double lr) {
        Run newton = newton(f, start);
        Run descent = gradientDescent(f, start, lr);
        System.out.println(what + ":");
        System.out.println("  Newton's method:  " + outcome(newton));
        System.out.println(String.format(Numbers.LOCALE, "  gradient descent (lr %s): %s", lr, outcome(descent)));
    }

    private static String outcome(Run run) {
        StringBuilder at = new StringBuilder();
        for (double d : run.x()) {
            at.append(at.length() == 0 ? "" : ", ").append(String.format(Numbers.LOCALE, "%.6f", d));
        }
        return (run.converged() ? run.steps() + " steps" : "not converged after " + run.steps() + " steps")
                + " to (" + at + ")";
    }

    /**
     * Newton's method: x ← x - H⁻¹ ∇f, H from {@link Hessian#of}.
     *
     * @param f the function
     * @param start the starting point
     * @return the run
     */
    static Run newton(Function<List<Value>, Value> f, double[] start) {
        double[] x = start.clone();
        for (int k = 0; k < MAX_STEPS; k++) {
            List<Value> leaves = leaves(x);
            Value out = f.apply(leaves);
            double[] g = numbers(Gradients.of(out, leaves, false));
            if (small(g)) {
                return new Run(k, true, x);
            }
            double[] step = solve(Hessian.of(out, leaves), g);
            for (int i = 0; i < x.length; i++) {
                x[i] -= step[i];
            }
        }
        return new Run(MAX_STEPS, false, x);
    }

    /**
     * Gradient descent: x ← x - lr ∇f.
     *
     * @param f the function
     * @param start the starting point
     * @param lr the learning rate
     * @return the run
     */
    static Run gradientDescent(Function<List<Value>, Value> f, double[] start, double lr) {
        double[] x = start.clone();
        for (int k = 0; k < MAX_STEPS; k++) {
            List<Value> leaves = leaves(x);
            double[] g = numbers(Gradients.of(f.apply(leaves), leaves, false));
            if (small(g)) {
                return new Run(k, true, x);
            }
            for (int i = 0; i < x.length; i++) {
                x[i] -= lr * g[i];
            }
        }
        return new Run(MAX_STEPS, false, x);
    }

    private static boolean small(double[] g) {
        for (double d : g) {
            if (!(Math.abs(d) < TOLERANCE)) {
                return false;
            }
        }
        return true;
    }

    /** Solves H s = g by Gaussian elimination with partial pivoting (n is small here). */
    static double[] solve(double[][] h, double[] g) {
        int n = g.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = java.util.Arrays.copyOf(h[i], n + 1);
            a[i][n] = g[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                pivot = Math.abs(a[r][c]) > Math.abs(a[pivot][c]) ? r : pivot;
            }
            double[] t = a[c];
            a[c] = a[pivot];
            a[pivot] = t;
            for (int r = c + 1; r < n; r++) {
                double m = a[r][c] / a[c][c];
                for (int k = c; k <= n; k++) {
                    a[r][k] -= m * a[c][k];
                }
            }
        }
        double[] s = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = a[r][n];
            for (int k = r + 1; k < n; k++) {
                sum -= a[r][k] * s[k];
            }
            s[r] = sum / a[r][r];
        }
        return s;
    }

    private static List<Value> leaves(double[] x) {
        List<Value> leaves = new ArrayList<>();
        for (double d : x) {
            leaves.add(new Value(d));
        }
        return leaves;
    }

    private static double[] numbers(List<Value> values) {
        return values.stream().mapToDouble(Value::data).toArray();
    }
}
